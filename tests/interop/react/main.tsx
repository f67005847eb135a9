// React 19: custom elements get properties when the element has one (objects and arrays included), attributes
// otherwise, and `on<event>` props become addEventListener('<event>'), so bdw-* events need no ref.
import '@bdw/widgets';
import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { API, CHART, LAYERS, MARKET, MEETING, QUERIES, capture, initialState, nextType, show } from '../shared.js';
import type { ChartType } from '../shared.js';

type Handler = (event: Event) => void;
type Props<T> = Partial<Omit<T, keyof HTMLElement>> & {
  children?: ReactNode;
  [event: `onbdw-${string}`]: Handler;
};
type Bdw = { [tag in keyof HTMLElementTagNameMap & `bdw-${string}`]: Props<HTMLElementTagNameMap[tag]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends Bdw {}
  }
}

function App() {
  const [state, setState] = useState(initialState);
  const [query, setQuery] = useState(0);
  const [type, setType] = useState<ChartType>('line');
  const on: Handler = (event) => setState(capture(event));
  return (
    <main>
      <bdw-catalog api={API}>
        <bdw-dataset-search q={QUERIES[query]} debounce={0} onbdw-search={on} onbdw-dataset-select={on} />
        <bdw-chart-viewer {...CHART} type={type} compact onbdw-chart-ready={on} onbdw-point-select={on} />
        <bdw-data-map
          layers={LAYERS}
          label="부산 구·군과 사망 교통사고"
          onbdw-feature-select={on}
          onbdw-layer-change={on}
        />
        <bdw-market-list pageSize={MARKET.pageSize} noFilters onbdw-market-change={on} onbdw-market-request={on} />
        <bdw-market-card
          listingId={MARKET.listingId}
          listing={state.listing}
          variant="full"
          onbdw-market-request={on}
        />
        <bdw-council-agenda meetingId={MEETING.id} now={MEETING.now} onbdw-calendar-download={on} />
      </bdw-catalog>
      <p>
        <button id="next-query" type="button" onClick={() => setQuery((q) => (q + 1) % QUERIES.length)}>
          다음 검색어
        </button>
        <button id="chart-type" type="button" onClick={() => setType(nextType)}>
          차트 종류 바꾸기
        </button>
      </p>
      <pre id="state">{show(state)}</pre>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
