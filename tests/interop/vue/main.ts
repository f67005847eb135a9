// Vue 3 with the full build (templates compiled in the browser): custom elements are left to the browser
// (`isCustomElement`), properties are set where the element has them (`.prop` forces it for objects and
// camelCase names), and `@bdw-…` listens to the elements' events.
import '@bdw/widgets';
import { computed, createApp, ref } from 'vue';
import { API, CHART, LAYERS, MARKET, MEETING, QUERIES, capture, initialState, nextType, show } from '../shared.js';
import type { ChartType, State } from '../shared.js';

const app = createApp({
  setup() {
    const state = ref<State>(initialState());
    const query = ref(0);
    const type = ref<ChartType>('line');
    return {
      API,
      CHART,
      LAYERS,
      MARKET,
      MEETING,
      QUERIES,
      state,
      query,
      type,
      text: computed(() => show(state.value)),
      on: (event: Event) => (state.value = capture(event)(state.value)),
      nextQuery: () => (query.value = (query.value + 1) % QUERIES.length),
      nextType: () => (type.value = nextType(type.value)),
    };
  },
  template: `
    <main>
      <bdw-catalog :api="API">
        <bdw-dataset-search :q="QUERIES[query]" :debounce="0" @bdw-search="on" @bdw-dataset-select="on" />
        <bdw-chart-viewer v-bind="CHART" :type="type" compact @bdw-chart-ready="on" @bdw-point-select="on" />
        <bdw-data-map
          :layers.prop="LAYERS"
          label="부산 구·군과 사망 교통사고"
          @bdw-feature-select="on"
          @bdw-layer-change="on"
        />
        <bdw-market-list
          :pageSize.prop="MARKET.pageSize"
          no-filters
          @bdw-market-change="on"
          @bdw-market-request="on"
        />
        <bdw-market-card
          :listingId.prop="MARKET.listingId"
          :listing.prop="state.listing"
          variant="full"
          @bdw-market-request="on"
        />
        <bdw-council-agenda :meetingId.prop="MEETING.id" :now="MEETING.now" @bdw-calendar-download="on" />
      </bdw-catalog>
      <p>
        <button id="next-query" type="button" @click="nextQuery">다음 검색어</button>
        <button id="chart-type" type="button" @click="nextType">차트 종류 바꾸기</button>
      </p>
      <pre id="state">{{ text }}</pre>
    </main>`,
});
// What vite.config's `vue({ template: { compilerOptions } })` says for single-file components. (The full build
// also takes tags already defined as custom elements, as @bdw/widgets' are by now.)
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('bdw-');
app.mount('#app');
