/**
 * MSW handlers for the CKAN Action API, built from the real recorded responses in
 * `tests/fixtures/ckan` (see SOURCES.md). Used by Storybook (API states per story) and by
 * component tests of error and slow paths. The portal and end-to-end tests use the real
 * catalog API instead.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import orgList from '../fixtures/ckan/datopian-ckan28/organization_list_all_fields.json' with { type: 'json' };
import gdpPage from '../fixtures/ckan/datopian-ckan28/datastore_search_gdp_limit5.json' with { type: 'json' };
import ckan28Show from '../fixtures/ckan/datopian-ckan28/package_show.json' with { type: 'json' };
import species from '../fixtures/ckan/demo-ckan-org-2017/62513382-3b26-4bc8-9096-40b6ce8383c0.json' with { type: 'json' };
import demo17be from '../fixtures/ckan/demo-ckan-org-2017/17be64bb-da74-4195-9bb8-565c39846af2.json' with { type: 'json' };
import demo9c30 from '../fixtures/ckan/demo-ckan-org-2017/9c3036b8-f6ac-4a4e-9036-5a3cc90c3900.json' with { type: 'json' };
import packages from '../fixtures/ckan/demo-ckan-org-2017/packages.json' with { type: 'json' };

const action = (name: string) => `*/api/3/action/${name}`;

const shown = [species, demo17be, demo9c30, ckan28Show];

/** The recorded answers: a 3-dataset demo.ckan.org search, its packages, a CKAN 2.8 org list and datastore page. */
export const recordedCkan: HttpHandler[] = [
  http.get(action('package_search'), () => HttpResponse.json(packages)),
  http.get(action('package_show'), ({ request }) => {
    const id = new URL(request.url).searchParams.get('id');
    const found = shown.find((body) => body.result.id === id || body.result.name === id);
    return found
      ? HttpResponse.json(found)
      : HttpResponse.json(
          { success: false, error: { __type: 'Not Found Error', message: 'Not found' } },
          { status: 404 },
        );
  }),
  http.get(action('organization_list'), () => HttpResponse.json(orgList)),
  http.get(action('datastore_search'), () => HttpResponse.json(gdpPage)),
];

/** The recorded search with every result and facet taken out: the empty state. */
export const emptyCkan: HttpHandler[] = [
  http.get(action('package_search'), () =>
    HttpResponse.json({
      ...packages,
      result: { ...packages.result, count: 0, results: [], facets: {}, search_facets: {} },
    }),
  ),
  http.get(action('organization_list'), () => HttpResponse.json({ ...orgList, result: [] })),
];

/** Every action hangs: the loading state. */
export const loadingCkan: HttpHandler[] = [
  http.get(action('*'), async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** A proxy in front of CKAN fails with an HTML 502 page: a retryable server error. */
export const serverErrorCkan: HttpHandler[] = [
  http.get(
    action('*'),
    () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
];

/** CKAN refuses the request (`success: false`), as it does for a bad parameter. */
export const ckanErrorCkan: HttpHandler[] = [
  http.get(action('*'), () =>
    HttpResponse.json(
      { success: false, error: { __type: 'Validation Error', rows: ['Must be an integer'] } },
      { status: 409 },
    ),
  ),
];
