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

/** The real fatal-accidents file as a datastore resource answering 100 rows a page, slowly: the progress bar. */
export const slowDatastore: HttpHandler[] = [
  http.get('*/api/3/action/datastore_search', async ({ request }) => {
    const url = new URL(request.url);
    const [header, ...rows] = (await (await fetch('./files/busan_fatal_traffic_accidents_2020.csv')).text())
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','));
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = 100;
    await new Promise((resolve) => setTimeout(resolve, 700));
    return HttpResponse.json({
      success: true,
      result: {
        resource_id: url.searchParams.get('resource_id'),
        fields: [{ id: '_id', type: 'int' }, ...header!.map((id) => ({ id, type: 'text' }))],
        records: rows
          .slice(offset, offset + limit)
          .map((row, i) => Object.fromEntries([['_id', offset + i + 1], ...header!.map((h, j) => [h, row[j]])])),
        total: rows.length,
        limit,
        offset,
        _links: { start: url.pathname },
      },
    });
  }),
];
