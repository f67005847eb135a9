/**
 * MSW handlers for `<bdw-chart-viewer>` stories: a CKAN `datastore_search` that answers with no
 * records (the empty state). Loading and server errors use `loadingCkan` / `serverErrorCkan` from
 * `ckan.ts`. CSV files themselves are the real files served from Storybook's static `./files/`.
 */
import { HttpResponse, http, type HttpHandler } from 'msw';

/** A datastore resource with its real columns (the fatal accidents file's) and no rows. */
export const emptyDatastore: HttpHandler[] = [
  http.get('*/api/3/action/datastore_search', ({ request }) => {
    const url = new URL(request.url);
    return HttpResponse.json({
      help: `${url.origin}/api/3/action/help_show?name=datastore_search`,
      success: true,
      result: {
        resource_id: url.searchParams.get('resource_id'),
        fields: [
          { id: '_id', type: 'int' },
          { id: '발생지시군구', type: 'text' },
          { id: '사망자수', type: 'int' },
        ],
        records: [],
        total: 0,
        limit: 1000,
        offset: 0,
        _links: { start: url.pathname },
      },
    });
  }),
];
