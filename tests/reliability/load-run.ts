import autocannon from 'autocannon';

/** The catalog API's busiest request shapes: searches with facets (as the widgets send them), a show, a list. */
const QUERIES = [
  '주차',
  '방사선',
  '버스 정류장',
  '관광',
  '미세먼지',
  '부산 교통',
  '어린이집',
  'CCTV',
  '공원',
  '도서관',
];
const FACETS = encodeURIComponent(JSON.stringify(['organization', 'groups', 'res_format']));
export const LOAD_PATHS = [
  ...QUERIES.map((q) => `/api/3/action/package_search?q=${encodeURIComponent(q)}&rows=20&facet.field=${FACETS}`),
  `/api/3/action/package_search?fq=${encodeURIComponent('groups:transport-logistics')}&sort=views_recent%20desc`,
  '/api/3/action/package_show?id=busan-fatal-traffic-accidents-2020',
  '/api/3/action/bdw_market_search?rows=12',
  '/api/3/action/bdw_meeting_list',
];

export interface LoadResult {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

/** autocannon on loopback: `connections` keep-alive clients for `seconds`, cycling through LOAD_PATHS. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: LOAD_PATHS.map((path) => ({ method: 'GET', path })),
  });
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
  };
}
