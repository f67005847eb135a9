/**
 * MSW handlers for the facet search stories, answering with responses recorded from the embedded catalogue
 * (`fixtures/`: `organization_autocomplete?q=해운대&limit=20`, and the `rows=0` count of its two matches under
 * `q=주차` with `facet.limit=-1`; recorded 2026-12-01 with Host `catalog.example`). Other requests fall through to
 * the catalogue handlers of `tests/msw/catalog.ts`.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import autocomplete from './fixtures/organization_autocomplete_haeundae.json' with { type: 'json' };
import counts from './fixtures/package_search_parking_haeundae_counts.json' with { type: 'json' };

const action = (name: string) => `*/api/3/action/${name}`;
const isCount = (request: Request) => new URL(request.url).searchParams.get('facet.limit') === '-1';

/** The recorded matches for 해운대 and their counts. */
export const facetSearchCatalog: HttpHandler[] = [
  http.get(action('organization_autocomplete'), () => HttpResponse.json(autocomplete)),
  http.get(action('package_search'), ({ request }) => (isCount(request) ? HttpResponse.json(counts) : undefined)),
];

/** The facet search's requests fail as a proxy in front of the portal fails (502 with an HTML page). */
export const facetSearchError: HttpHandler[] = [
  http.get(
    action('organization_autocomplete'),
    () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
];

/** The facet search answers after 2 s: its "찾는 중…" state. */
export const facetSearchSlow: HttpHandler[] = [
  http.get(action('organization_autocomplete'), async () => {
    await delay(2000);
    return HttpResponse.json(autocomplete);
  }),
  http.get(action('package_search'), ({ request }) => (isCount(request) ? HttpResponse.json(counts) : undefined)),
];
