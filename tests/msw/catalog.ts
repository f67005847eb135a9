/**
 * MSW handlers answering `package_search` with responses recorded from the repository's own
 * catalogue API (real data.go.kr datasets; see fixtures/SOURCES.md), for Storybook states.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import all from '../fixtures/catalog-api/package_search_default.json' with { type: 'json' };
import longTitles from '../fixtures/catalog-api/package_search_long_titles.json' with { type: 'json' };
import parking from '../fixtures/catalog-api/package_search_parking.json' with { type: 'json' };
import parkingSuggest from '../fixtures/catalog-api/package_search_parking_suggest.json' with { type: 'json' };
import parkingTransport from '../fixtures/catalog-api/package_search_parking_transport.json' with { type: 'json' };

const search = '*/api/3/action/package_search';

/** The recorded answer closest to the request: suggestions, filtered, by query, or everything. */
function recorded(url: URL) {
  const rows = Number(url.searchParams.get('rows') ?? 10);
  const q = url.searchParams.get('q') ?? '';
  if (rows > 0 && rows <= 6) return parkingSuggest;
  if (url.searchParams.get('fq')?.includes('transport-logistics') && rows > 0) return parkingTransport;
  return q ? parking : all;
}

export const recordedCatalog: HttpHandler[] = [
  http.get(search, ({ request }) => HttpResponse.json(recorded(new URL(request.url)))),
];

/** Every search is slow (1.5 s): the skeleton, then the recorded results. */
export const slowCatalog: HttpHandler[] = [
  http.get(search, async ({ request }) => {
    await delay(1500);
    return HttpResponse.json(recorded(new URL(request.url)));
  }),
];

/** Results whose titles are the longest all-Korean titles of the catalogue. */
export const longTitleCatalog: HttpHandler[] = [
  http.get(search, ({ request }) =>
    Number(new URL(request.url).searchParams.get('rows')) <= 6
      ? HttpResponse.json(parkingSuggest)
      : HttpResponse.json(longTitles),
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
