import type { Meeting } from '@bdw/core';
import { localizeMeeting, type StoredMeeting } from '../../../../apps/catalog-api/src/meetings.js';

/**
 * The seed meetings in the browser, from apps/catalog-api (served because the test runner's
 * root is the repository). esbuild drops JSON import attributes, so the data is fetched
 * once at import time, before any test stubs `fetch`.
 */
const url = new URL('../../../../apps/catalog-api/data/meetings.json', import.meta.url);
const stored = ((await (await fetch(url)).json()) as { meetings: StoredMeeting[] }).meetings;

export function seedMeetings(lang: 'ko' | 'en'): Meeting[] {
  return stored.map((m) => localizeMeeting(m, lang));
}

export function inaugural(lang: 'ko' | 'en' = 'ko'): Meeting {
  return seedMeetings(lang).find((m) => m.id === '2025-05-23-inaugural')!;
}

/** An instant given as Seoul wall time: `seoul('14:07')`. */
export const seoul = (hhmm: string, date = '2025-05-23') => Date.parse(`${date}T${hhmm}:00+09:00`);
