import type { AttendanceMode, Lang, Meeting, MeetingStatus } from '@bdw/core';
import { placeText } from './format.js';
import { resolveSchedule } from './schedule.js';
import { isoInZone, safeZone } from './time.js';

/**
 * schema.org `Event` markup of meetings, for search engines. Pure: returns plain objects;
 * the element serialises them into a light-DOM `<script type="application/ld+json">`
 * through `textContent` (see {@link serializeJsonLd}).
 */

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS: Record<MeetingStatus, string> = {
  tentative: `${SCHEMA}EventScheduled`,
  confirmed: `${SCHEMA}EventScheduled`,
  passed: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
};

const ATTENDANCE: Record<AttendanceMode, string> = {
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
};

type Json = Record<string, unknown>;

function place(meeting: Meeting, lang: Lang): Json | null {
  const location = meeting.location;
  if (!location || !(location.name || location.room || location.address)) return null;
  const result: Json = { '@type': 'Place', name: placeText(location, lang) || location.name };
  if (location.address) result['address'] = { '@type': 'PostalAddress', streetAddress: location.address };
  if (location.capacity !== null) result['maximumAttendeeCapacity'] = location.capacity;
  return result;
}

function virtual(meeting: Meeting): Json | null {
  if (!meeting.streamUrl || meeting.attendanceMode === 'offline') return null;
  return { '@type': 'VirtualLocation', url: meeting.streamUrl };
}

/** One meeting as a schema.org Event (no `@context`). */
export function meetingEvent(meeting: Meeting, lang: Lang): Json {
  const zone = safeZone(meeting.timeZone);
  const { start, end, items } = resolveSchedule(meeting);
  const event: Json = {
    '@type': 'Event',
    name: meeting.name,
    inLanguage: lang,
    eventStatus: EVENT_STATUS[meeting.status],
    eventAttendanceMode: ATTENDANCE[meeting.attendanceMode],
  };
  if (start !== null) event['startDate'] = isoInZone(start, zone);
  if (end !== null) event['endDate'] = isoInZone(end, zone);
  const locations = [place(meeting, lang), virtual(meeting)].filter((l): l is Json => l !== null);
  if (locations.length === 1) event['location'] = locations[0];
  else if (locations.length > 1) event['location'] = locations;
  if (meeting.organizer) event['organizer'] = { '@type': 'Organization', name: meeting.organizer };
  if (meeting.purpose.length) event['description'] = meeting.purpose.join(' / ');
  if (meeting.location?.capacity != null) event['maximumAttendeeCapacity'] = meeting.location.capacity;
  const sub = items
    .filter((e) => e.item.title && e.start !== null)
    .map((e) => {
      const item: Json = { '@type': 'Event', name: e.item.title, startDate: isoInZone(e.start!, zone) };
      if (e.end !== null && !e.openEnd) item['endDate'] = isoInZone(e.end, zone);
      return item;
    });
  if (sub.length) event['subEvent'] = sub;
  return event;
}

/** One Event with `@context`, or a `@graph` of Events for a list. */
export function meetingsJsonLd(meetings: readonly Meeting[], lang: Lang): Json {
  if (meetings.length === 1) return { '@context': 'https://schema.org', ...meetingEvent(meetings[0]!, lang) };
  return { '@context': 'https://schema.org', '@graph': meetings.map((m) => meetingEvent(m, lang)) };
}

/**
 * JSON for a `<script>` element's text: `<`, `>`, `&` and the line separators escaped, so the
 * markup stays inert even if the page is serialised to HTML (`</script>` in a title).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
