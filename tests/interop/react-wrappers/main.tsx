// The same page with the @bdw/react wrappers (@lit/react): props are set as element properties (objects and
// arrays included) and `onBdw…` props become bdw-* listeners. Typed by the wrappers alone.
import { BdwCatalog } from '@bdw/react/BdwCatalog.js';
import { BdwChartViewer } from '@bdw/react/BdwChartViewer.js';
import { BdwCouncilAgenda } from '@bdw/react/BdwCouncilAgenda.js';
import { BdwDataMap } from '@bdw/react/BdwDataMap.js';
import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';
import { BdwMarketCard } from '@bdw/react/BdwMarketCard.js';
import { BdwMarketList } from '@bdw/react/BdwMarketList.js';
import { HostControls, mount, useHost } from '../react-host.js';
import { API, CHART, LAYERS, MARKET, MEETING } from '../shared.js';

function App() {
  const host = useHost();
  const { on } = host;
  return (
    <main>
      <BdwCatalog api={API}>
        <BdwDatasetSearch q={host.query} debounce={0} onBdwSearch={on} onBdwDatasetSelect={on} />
        <BdwChartViewer {...CHART} type={host.type} compact onBdwChartReady={on} onBdwPointSelect={on} />
        <BdwDataMap layers={LAYERS} label="부산 구·군과 사망 교통사고" onBdwFeatureSelect={on} onBdwLayerChange={on} />
        <BdwMarketList pageSize={MARKET.pageSize} noFilters onBdwMarketChange={on} onBdwMarketRequest={on} />
        <BdwMarketCard
          listingId={MARKET.listingId}
          listing={host.state.listing}
          variant="full"
          onBdwMarketRequest={on}
        />
        <BdwCouncilAgenda meetingId={MEETING.id} now={MEETING.now} onBdwCalendarDownload={on} />
      </BdwCatalog>
      <HostControls host={host} />
    </main>
  );
}

mount(App);
