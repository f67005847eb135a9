// What the two React hosts (react/ with the tags, react-wrappers/ with @bdw/react) share: the page's state and
// buttons, and mounting the app.
import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QUERIES, capture, initialState, nextType, show } from './shared.js';
import type { ChartType, State } from './shared.js';

export interface Host {
  state: State;
  query: string;
  type: ChartType;
  /** Every widget event goes here: the host's state from it. */
  on: (event: Event) => void;
  nextQuery: () => void;
  nextChartType: () => void;
}

export function useHost(): Host {
  const [state, setState] = useState(initialState);
  const [query, setQuery] = useState(0);
  const [type, setType] = useState<ChartType>('line');
  return {
    state,
    query: QUERIES[query]!,
    type,
    on: (event) => setState(capture(event)),
    nextQuery: () => setQuery((q) => (q + 1) % QUERIES.length),
    nextChartType: () => setType(nextType),
  };
}

/** The page's buttons (next query, chart type) and the state as JSON, after the widgets. */
export function HostControls({ host }: { host: Host }): ReactNode {
  return (
    <>
      <p>
        <button id="next-query" type="button" onClick={host.nextQuery}>
          다음 검색어
        </button>
        <button id="chart-type" type="button" onClick={host.nextChartType}>
          차트 종류 바꾸기
        </button>
      </p>
      <pre id="state">{show(host.state)}</pre>
    </>
  );
}

export function mount(App: () => ReactNode): void {
  createRoot(document.getElementById('app')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
