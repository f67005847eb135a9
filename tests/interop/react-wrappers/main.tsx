// The same page with the @bdw/react wrappers (@lit/react): props are set as element properties (objects and
// arrays included) and `onBdw…` props become bdw-* listeners. Typed by the wrappers alone.
import { BdwCatalog } from '@bdw/react/BdwCatalog.js';
import { BdwChartViewer } from '@bdw/react/BdwChartViewer.js';
import { BdwCouncilAgenda } from '@bdw/react/BdwCouncilAgenda.js';
import { BdwDataMap } from '@bdw/react/BdwDataMap.js';
import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';
import { BdwMarketCard } from '@bdw/react/BdwMarketCard.js';
import { BdwMarketList } from '@bdw/react/BdwMarketList.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { API, CHART, LAYERS, MARKET, MEETING, QUERIES, capture, initialState, nextType, show } from '../shared.js';
import type { ChartType } from '../shared.js';

function App() {
  const [state, setState] = useState(initialState);
  const [query, setQuery] = useState(0);
  const [type, setType] = useState<ChartType>('line');
  const on = (event: Event) => setState(capture(event));
  return (
    <main>
      <BdwCatalog api={API}>
        <BdwDatasetSearch q={QUERIES[query]} debounce={0} onBdwSearch={on} onBdwDatasetSelect={on} />
        <BdwChartViewer {...CHART} type={type} compact onBdwChartReady={on} onBdwPointSelect={on} />
        <BdwDataMap layers={LAYERS} label="부산 구·군과 사망 교통사고" onBdwFeatureSelect={on} onBdwLayerChange={on} />
        <BdwMarketList pageSize={MARKET.pageSize} noFilters onBdwMarketChange={on} onBdwMarketRequest={on} />
        <BdwMarketCard listingId={MARKET.listingId} listing={state.listing} variant="full" onBdwMarketRequest={on} />
        <BdwCouncilAgenda meetingId={MEETING.id} now={MEETING.now} onBdwCalendarDownload={on} />
      </BdwCatalog>
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
