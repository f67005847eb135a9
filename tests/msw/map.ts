/**
 * MSW handlers for the data map's files (the catalogue's shipped Busan files, served by Storybook as `./files/…`):
 * a file server that never answers (loading), one that fails with an HTML 502 page (error), and valid files with
 * nothing in them (empty).
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';

const files = '*/files/*';

/** Every file request hangs: the loading state. */
export const loadingFiles: HttpHandler[] = [
  http.get(files, async () => {
    await delay('infinite');
    return new HttpResponse(null);
  }),
];

/** A proxy in front of the file server fails with a 502 page: a retryable error. */
export const serverErrorFiles: HttpHandler[] = [
  http.get(
    files,
    () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
];

/** The file is there but is not GeoJSON (a truncated download): the data error state. */
export const malformedFiles: HttpHandler[] = [
  http.get(files, () =>
    HttpResponse.text('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Poly', {
      headers: { 'Content-Type': 'application/geo+json' },
    }),
  ),
];

/** Every file is valid and empty (an export of a query that matched nothing): the empty state, not a blank map. */
export const emptyFiles: HttpHandler[] = [
  http.get('*/files/*.geojson', () =>
    HttpResponse.json(
      { type: 'FeatureCollection', features: [] },
      { headers: { 'Content-Type': 'application/geo+json' } },
    ),
  ),
  // The real accidents file's header, with no rows.
  http.get('*/files/*.csv', () =>
    HttpResponse.text('발생년,발생년월일시,발생지시군구,사고유형,경도,위도\n', {
      headers: { 'Content-Type': 'text/csv' },
    }),
  ),
];
