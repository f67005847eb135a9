import type { Meeting } from '@bdw/core';
import stored from '../../../apps/catalog-api/data/meetings.json' with { type: 'json' };
import { localizeMeeting, type StoredMeeting } from '../../../apps/catalog-api/src/meetings.js';

/**
 * The council's meetings as the catalogue API serves them (`bdw_meeting_show`), built from
 * the seed data in apps/catalog-api with its own `localizeMeeting`: nothing copied.
 */
const meetings = stored.meetings as unknown as StoredMeeting[];

export function seedMeetings(lang: 'ko' | 'en'): Meeting[] {
  return meetings.map((m) => localizeMeeting(m, lang));
}

export function inaugural(lang: 'ko' | 'en' = 'ko'): Meeting {
  return seedMeetings(lang).find((m) => m.id === '2025-05-23-inaugural')!;
}

/** `14:07` on the inaugural day, Seoul time, as an instant. */
export const seoul = (hhmm: string, date = '2025-05-23') => Date.parse(`${date}T${hhmm}:00+09:00`);
