/**
 * MSW handlers for `datastore_search` / `datastore_search_sql` states the real catalog-api serves only by accident:
 * a slow answer (the loading state) and failures, with the bodies the real API sends (recorded from
 * apps/catalog-api: an unknown resource is CKAN's "Not Found Error"). Used by `<bdw-data-table>` and `<bdw-filter>`
 * stories; their other stories read the real accident CSV.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';

const actions = ['datastore_search', 'datastore_search_sql'].map((name) => `*/api/3/action/${name}`);

/** The datastore never answers: the loading state. */
export const loadingDatastore: HttpHandler[] = actions.flatMap((path) => [
  http.get(path, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
  http.post(path, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
]);

/** The server fails (HTTP 503, as a proxy in front of CKAN answers when it is down): the error state with a retry. */
export const failingDatastore: HttpHandler[] = actions.flatMap((path) => [
  http.get(path, () => new HttpResponse('Service Unavailable', { status: 503 })),
  http.post(path, () => new HttpResponse('Service Unavailable', { status: 503 })),
]);

/** The resource is not in the datastore (the real API's answer for an unknown id). */
export const missingResource: HttpHandler[] = actions.map((path) =>
  http.get(path, ({ request }) => {
    const id = new URL(request.url).searchParams.get('resource_id') ?? '';
    return HttpResponse.json(
      {
        success: false,
        error: { __type: 'Not Found Error', message: `Not found: Resource "${id}" was not found in the datastore.` },
      },
      { status: 404 },
    );
  }),
);
