/**
 * MSW handlers answering `package_search` from responses recorded from the repository's own catalogue API (real
 * data.go.kr datasets; see fixtures/SOURCES.md), for Storybook states: each request is answered for its own q, fq,
 * rows and start: as recorded when a recording answers that very request, else from the recorded records
 * (`package-search.ts`).
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import all from '../fixtures/catalog-api/package_search_default.json' with { type: 'json' };
import longTitles from '../fixtures/catalog-api/package_search_long_titles.json' with { type: 'json' };
import parking from '../fixtures/catalog-api/package_search_parking.json' with { type: 'json' };
import parkingSuggest from '../fixtures/catalog-api/package_search_parking_suggest.json' with { type: 'json' };
import parkingTransport from '../fixtures/catalog-api/package_search_parking_transport.json' with { type: 'json' };
import {
  answerPackageSearch,
  parseFq,
  recordsOf,
  type PackageSearchResponse,
  type RecordedDataset,
} from './package-search.js';

const search = '*/api/3/action/package_search';

/** The recordings with the request each answers: that request gets it as recorded (its real count and facets). */
const RECORDED: { q: string; fq: [string, string[]][]; response: PackageSearchResponse }[] = [
  { q: '', fq: [], response: all as PackageSearchResponse },
  { q: '주차', fq: [], response: parking as PackageSearchResponse },
  { q: '주차', fq: [['groups', ['transport-logistics']]], response: parkingTransport as PackageSearchResponse },
];
/** Every record of the recordings (about 40 real datasets): any other request is answered from them. */
const records = recordsOf(all, parking, parkingTransport, parkingSuggest) as RecordedDataset[];

function answer(url: URL): PackageSearchResponse {
  const q = (url.searchParams.get('q') ?? '').trim();
  const fq = JSON.stringify(parseFq(url.searchParams.get('fq') ?? ''));
  const start = Number(url.searchParams.get('start') ?? 0) || 0;
  const rows = Number(url.searchParams.get('rows') ?? 10);
  const exact = RECORDED.find((r) => r.q === q && JSON.stringify(r.fq) === fq);
  if (exact && start === 0 && rows <= exact.response.result.results.length) {
    return {
      ...exact.response,
      result: { ...exact.response.result, results: exact.response.result.results.slice(0, rows) },
    };
  }
  return answerPackageSearch(records, url, parking as PackageSearchResponse);
}

export const recordedCatalog: HttpHandler[] = [
  http.get(search, ({ request }) => HttpResponse.json(answer(new URL(request.url)))),
];

/** Every search is slow (1.5 s): the skeleton, then the answer. */
export const slowCatalog: HttpHandler[] = [
  http.get(search, async ({ request }) => {
    await delay(1500);
    return HttpResponse.json(answer(new URL(request.url)));
  }),
];

/** Searches among the longest all-Korean titles of the catalogue (story: no query, so all ten). */
const longTitleRecords = recordsOf(longTitles as PackageSearchResponse);
export const longTitleCatalog: HttpHandler[] = [
  http.get(search, ({ request }) =>
    HttpResponse.json(answerPackageSearch(longTitleRecords, new URL(request.url), longTitles as PackageSearchResponse)),
  ),
];

/** Nothing matches: the recorded response with its results and facets emptied. */
export const emptyCatalog: HttpHandler[] = [
  http.get(search, () =>
    HttpResponse.json({
      ...parking,
      result: { ...parking.result, count: 0, results: [], facets: {}, search_facets: {} },
    }),
  ),
];
