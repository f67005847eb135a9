/**
 * The one page every interop host builds (plain HTML + CDN, React, Vue, Angular): the same elements, data and
 * buttons, and the same state written by the host's own event bindings, so that `support.ts` drives them all
 * alike. Data comes from the real catalogue API and its files on another origin (CORS), as on an agency's site; the
 * test passes its address as `?api=`.
 */
import type { MarketListing } from '@bdw/core';

// `globalThis`: the test imports this in Node, where there is no `location` and the file URLs stay relative.
export const API = new URLSearchParams(globalThis.location?.search).get('api') ?? '';
const file = (name: string) => `${API}/files/${name}`;

export const QUERIES = ['주차', '버스'] as const;
export const CHART = {
  src: file('busan_population_by_age_sex_census_1925_2021.csv'),
  x: '연도',
  y: '인구수',
  series: '분류',
  filter: '연도>=1966; 분류=남자|여자',
  unit: '명',
  label: '부산광역시 인구 (1966–2021)',
};
export const CHART_TYPES = ['line', 'bar'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const LAYERS = [
  { id: 'districts', title: '구·군 (2018)', src: file('busan_districts_kostat2018_simple.geojson') },
  { id: 'accidents', title: '사망 교통사고 (2020)', src: file('busan_fatal_traffic_accidents_2020.geojson') },
];
export const MARKET = { pageSize: 3, listingId: 'bnk-atm-usage' };
export const MEETING = { id: '2025-05-23-inaugural', now: '2025-05-23T14:07:00+09:00' };

/** What the host knows from the widgets' events (shown as JSON in `#state`). */
export interface State {
  search: string | null;
  dataset: string | null;
  chart: string | null;
  charts: number;
  point: string | null;
  feature: string | null;
  layer: string | null;
  request: string | null;
  market: string | null;
  calendar: string | null;
  /** The listing last asked about: the host puts it into `<bdw-market-card>.listing`. */
  listing: MarketListing | null;
}

export const initialState = (): State => ({
  search: null,
  dataset: null,
  chart: null,
  charts: 0,
  point: null,
  feature: null,
  layer: null,
  request: null,
  market: null,
  calendar: null,
  listing: null,
});

/** Every `bdw-*` event the page listens to, element by element. */
export const EVENTS = {
  'bdw-dataset-search': ['bdw-search', 'bdw-dataset-select'],
  'bdw-chart-viewer': ['bdw-chart-ready', 'bdw-point-select'],
  'bdw-data-map': ['bdw-feature-select', 'bdw-layer-change'],
  'bdw-market-list': ['bdw-market-change', 'bdw-market-request'],
  'bdw-market-card': ['bdw-market-request'],
  // One meeting: its agenda has no toggles (bdw-agenda-toggle is the list's), only the calendar button.
  'bdw-council-agenda': ['bdw-calendar-download'],
} as const;

/**
 * The host's handler for any of them: reads the event now (and takes the calendar file, which must happen while
 * the event is dispatched) and returns the state update, for `setState`, `signal.update` or a plain assignment.
 */
export function capture(event: Event): (state: State) => State {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const d = (event as CustomEvent).detail as any;
  switch (event.type) {
    case 'bdw-search':
      return (s) => ({ ...s, search: d.query.q ?? '' });
    case 'bdw-dataset-select':
      return (s) => ({ ...s, dataset: d.dataset.title });
    case 'bdw-chart-ready':
      return (s) => ({ ...s, chart: `${d.type}:${d.series}:${d.points}`, charts: s.charts + 1 });
    case 'bdw-point-select':
      return (s) => ({ ...s, point: `${d.series}:${d.label}` });
    case 'bdw-feature-select':
      return (s) => ({ ...s, feature: `${d.layerId}:${d.name}` });
    case 'bdw-layer-change':
      return (s) => ({ ...s, layer: `${d.layerId}:${d.visible}` });
    case 'bdw-market-change':
      return (s) => ({ ...s, market: `${d.sort}:${d.page}` });
    case 'bdw-market-request':
      // Bubbles out of the list's cards too (composed): whichever card asked.
      return (s) => ({ ...s, request: `${d.kind}:${d.listing.id}`, listing: d.listing });
    case 'bdw-calendar-download':
      // Cancelable: the page takes the .ics itself, so no download starts.
      event.preventDefault();
      return (s) => ({ ...s, calendar: d.filename });
    default:
      return (s) => s;
  }
}

/** `#state`: the state as text, without the listing object. */
export const show = ({ listing: _listing, ...state }: State): string => JSON.stringify(state);

export const nextType = (type: ChartType): ChartType => (type === 'line' ? 'bar' : 'line');
