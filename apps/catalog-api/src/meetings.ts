import type { Meeting } from '@bdw/core';

/** A meeting as stored: times and numbers once, texts per language. */
export interface StoredMeeting {
  id: string;
  start: string;
  end: string | null;
  timeZone: string;
  status: Meeting['status'];
  attendanceMode: Meeting['attendanceMode'];
  streamUrl: string | null;
  capacity: number | null;
  expectedParticipants: number | null;
  agenda: { order: number; start: string | null; end: string | null; durationMinutes?: number | null }[];
  text: Record<'ko' | 'en', MeetingText>;
}

interface MeetingText {
  name: string;
  organizer: string;
  purpose: string[];
  location: { name: string; room: string | null; address: string | null } | null;
  agenda: { title: string; presenter: string | null; remarks: string | null }[];
}

function minutesBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

/** The meeting in one language, in the model's shape (`bdw_meeting_show` / `bdw_meeting_list`). */
export function localizeMeeting(stored: StoredMeeting, lang: 'ko' | 'en'): Meeting {
  const text = stored.text[lang] ?? stored.text.ko;
  return {
    id: stored.id,
    name: text.name,
    start: stored.start,
    end: stored.end,
    timeZone: stored.timeZone,
    status: stored.status,
    attendanceMode: stored.attendanceMode,
    streamUrl: stored.streamUrl,
    location: text.location && { ...text.location, capacity: stored.capacity },
    organizer: text.organizer,
    expectedParticipants: stored.expectedParticipants,
    purpose: text.purpose,
    agenda: stored.agenda.map((slot, i) => ({
      order: slot.order,
      start: slot.start,
      end: slot.end,
      durationMinutes: slot.durationMinutes ?? minutesBetween(slot.start, slot.end),
      title: text.agenda[i]?.title ?? '',
      presenter: text.agenda[i]?.presenter ?? null,
      remarks: text.agenda[i]?.remarks ?? null,
      documents: [],
    })),
  };
}
