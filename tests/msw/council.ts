/**
 * MSW handlers for the council meeting actions (`bdw_meeting_list`, `bdw_meeting_show`),
 * answering from the catalog API's own seed (`apps/catalog-api/data/meetings.json`, built
 * from the Busan press release on the inaugural meeting) through its `localizeMeeting`,
 * so stories show exactly what the real API serves. Used by `<bdw-council-agenda>` stories.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import seed from '../../apps/catalog-api/data/meetings.json' with { type: 'json' };
import { localizeMeeting, type StoredMeeting } from '../../apps/catalog-api/src/meetings.js';

const action = (name: string) => `*/api/3/action/${name}`;
const stored = seed.meetings as unknown as StoredMeeting[];
const langOf = (request: Request) => (new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'ko');

/** The seed meetings, in the language asked for (`lang=ko|en`), sorted by start. */
export const councilMeetings: HttpHandler[] = [
  http.get(action('bdw_meeting_list'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const results = stored.map((m) => localizeMeeting(m, langOf(request)));
    if (params.get('sort') === 'start desc') results.reverse();
    return HttpResponse.json({ success: true, result: { count: results.length, results } });
  }),
  http.get(action('bdw_meeting_show'), ({ request }) => {
    const id = new URL(request.url).searchParams.get('id');
    const found = stored.find((m) => m.id === id);
    return found
      ? HttpResponse.json({ success: true, result: localizeMeeting(found, langOf(request)) })
      : HttpResponse.json(
          { success: false, error: { __type: 'Not Found Error', message: 'Meeting not found' } },
          { status: 404 },
        );
  }),
];

/** No meetings published yet: the empty state. */
export const emptyCouncil: HttpHandler[] = [
  http.get(action('bdw_meeting_list'), () => HttpResponse.json({ success: true, result: { count: 0, results: [] } })),
];

/** The meeting actions never answer: the loading state. */
export const loadingCouncil: HttpHandler[] = [
  http.get(action('bdw_meeting_*'), async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** A proxy in front of the API fails with an HTML 502 page: a retryable error. */
export const serverErrorCouncil: HttpHandler[] = [
  http.get(
    action('bdw_meeting_*'),
    () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
];
