import { ApiError, isRecord, normalizeMeeting, type Lang, type Meeting } from '@bdw/core';
import { resolveSchedule } from './schedule.js';
import { DEFAULT_DURATION_MS } from './status.js';

/**
 * Meetings from a JSON URL (`src`). Accepted shapes: a meeting, an array of meetings,
 * `{ "meetings": [...] }`, `{ "results": [...] }`, or a CKAN action response wrapping any
 * of these (a saved `bdw_meeting_list` / `bdw_meeting_show` answer). Every meeting goes
 * through core's `normalizeMeeting`, so bad fields become safe defaults.
 */
export interface ParsedMeetings {
  meetings: Meeting[];
  /** The document held one meeting (not a list): show it as a single meeting. */
  single: boolean;
}

export function meetingsFromJson(body: unknown, url = ''): ParsedMeetings {
  if (Array.isArray(body)) return { meetings: body.map(normalizeMeeting).filter(usable), single: false };
  if (isRecord(body)) {
    if (body['success'] === true && 'result' in body) return meetingsFromJson(body['result'], url);
    for (const key of ['meetings', 'results']) {
      if (Array.isArray(body[key])) return meetingsFromJson(body[key], url);
    }
    if (typeof body['start'] === 'string' || typeof body['name'] === 'string') {
      return { meetings: [normalizeMeeting(body)].filter(usable), single: true };
    }
  }
  throw new ApiError('src: not a meeting or a list of meetings', { kind: 'invalid-json', action: 'src', url });
}

/** A meeting worth showing: it has a name or a start. */
function usable(meeting: Meeting): boolean {
  return meeting.name !== '' || meeting.start !== '';
}

/** `meetings.{lang}.json` → `meetings.en.json`, so one attribute serves both languages. */
export function expandSrc(src: string, lang: Lang): string {
  return src.replace(/\{lang\}/g, lang);
}

/** Fetches and parses `src`; failures are core `ApiError`s, so the error block explains them. */
export async function fetchMeetings(
  src: string,
  { signal, fetch: fetchImpl = globalThis.fetch }: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<ParsedMeetings> {
  const fail = (kind: 'network' | 'http' | 'invalid-json', message: string, status?: number, cause?: unknown) =>
    new ApiError(message, { kind, action: 'src', url: src, status: status ?? null, cause });
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(src, { headers: { Accept: 'application/json' }, signal });
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw fail('network', `src: ${cause instanceof Error ? cause.message : String(cause)}`, undefined, cause);
  }
  if (!response.ok) throw fail('http', `src: HTTP ${response.status}`, response.status);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw fail('invalid-json', 'src: the response is not JSON', response.status, cause);
  }
  return meetingsFromJson(body, src);
}

const startOf = (m: Meeting) => resolveSchedule(m).start ?? Number.POSITIVE_INFINITY;

/** Upcoming (not yet ended, soonest first) and past (most recent first) meetings. */
export function splitMeetings(meetings: readonly Meeting[], now: number): { upcoming: Meeting[]; past: Meeting[] } {
  const upcoming: Meeting[] = [];
  const past: Meeting[] = [];
  for (const meeting of meetings) {
    const { start, end } = resolveSchedule(meeting);
    const ended = meeting.status === 'passed' || (start !== null && now >= (end ?? start + DEFAULT_DURATION_MS));
    (ended ? past : upcoming).push(meeting);
  }
  upcoming.sort((a, b) => startOf(a) - startOf(b));
  past.sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

/** The meeting a single view shows from a list: `id` if given, else the next one, else the latest. */
export function pickMeeting(meetings: readonly Meeting[], now: number, id?: string | null): Meeting | null {
  if (id) return meetings.find((m) => m.id === id) ?? null;
  const { upcoming, past } = splitMeetings(meetings, now);
  return upcoming[0] ?? past[0] ?? null;
}
