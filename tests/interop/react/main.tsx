// React 19: custom elements get properties when the element has one (objects and arrays included), attributes
// otherwise, and `on<event>` props become addEventListener('<event>'), so bdw-* events need no ref.
import '@bdw/widgets';
import type { ReactNode } from 'react';
import { HostControls, mount, useHost } from '../react-host.js';
import { API, CHART, LAYERS, MARKET, MEETING } from '../shared.js';

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
  const host = useHost();
  const on: Handler = host.on;
  return (
    <main>
      <bdw-catalog api={API}>
        <bdw-dataset-search q={host.query} debounce={0} onbdw-search={on} onbdw-dataset-select={on} />
        <bdw-chart-viewer {...CHART} type={host.type} compact onbdw-chart-ready={on} onbdw-point-select={on} />
        <bdw-data-map
          layers={LAYERS}
          label="부산 구·군과 사망 교통사고"
          onbdw-feature-select={on}
          onbdw-layer-change={on}
        />
        <bdw-market-list pageSize={MARKET.pageSize} noFilters onbdw-market-change={on} onbdw-market-request={on} />
        <bdw-market-card
          listingId={MARKET.listingId}
          listing={host.state.listing}
          variant="full"
          onbdw-market-request={on}
        />
        <bdw-council-agenda meetingId={MEETING.id} now={MEETING.now} onbdw-calendar-download={on} />
      </bdw-catalog>
      <HostControls host={host} />
    </main>
  );
}

mount(App);
