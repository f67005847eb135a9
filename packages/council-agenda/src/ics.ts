import { safeUrl, type Lang, type Meeting, type MeetingStatus } from '@bdw/core';
import { capacityText, participantsText, placeText, timeRange } from './format.js';
import { msg } from './messages.js';
import { resolveSchedule } from './schedule.js';
import { safeZone } from './time.js';

/**
 * iCalendar (RFC 5545) export of one meeting or of the series. Pure: same input, same
 * output. Times are written in UTC (`DTSTART:20250523T050000Z`), which every calendar
 * reads as the right instant and shows in its own zone; lines end in CRLF and are
 * folded at 75 octets without splitting a UTF-8 character; TEXT values are escaped.
 */

export interface IcsOptions {
  /** The DTSTAMP: when the file is made. Injected so output is reproducible. */
  now: number | Date;
  /** Language of SUMMARY, DESCRIPTION and LOCATION (the meetings' texts are already in it). */
  lang?: Lang;
  /** Right-hand side of every UID: `<meeting id>@<domain>`. */
  uidDomain?: string;
  /** `X-WR-CALNAME` of a series. */
  calendarName?: string;
}

export const DEFAULT_UID_DOMAIN = 'council.data.busan.go.kr';
const PRODID = '-//Big-Data Wave//bdw-council-agenda//KO';
const CRLF = '\r\n';

/** Drops C0 controls other than LF, and DEL: they are not allowed in content lines. */
function stripControls(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '\n' || (code >= 0x20 && code !== 0x7f)) out += char;
  }
  return out;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines; other control characters dropped. */
export function escapeText(value: string): string {
  return stripControls(value.replace(/\r\n?/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with
 * one space (which counts toward its 75). Splits fall between characters, never inside
 * a multi-byte UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = 75;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** `20250523T050000Z`. */
export function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const ICS_STATUS: Record<MeetingStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  tentative: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  passed: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Safe characters for the left-hand side of a UID. */
function uidOf(meeting: Meeting, domain: string): string {
  const id = meeting.id.replace(/[^A-Za-z0-9._~-]/g, '-') || 'meeting';
  return `${id}@${domain}`;
}

function summaryOf(meeting: Meeting, lang: Lang): string {
  const prefix =
    meeting.status === 'cancelled'
      ? msg(lang, 'ics.cancelledPrefix')
      : meeting.status === 'postponed'
        ? msg(lang, 'ics.postponedPrefix')
        : meeting.status === 'tentative'
          ? msg(lang, 'ics.tentativePrefix')
          : '';
  return prefix + (meeting.name || msg(lang, 'untitled'));
}

function locationOf(meeting: Meeting, lang: Lang): string {
  const place = [placeText(meeting.location, lang), meeting.location?.address ?? ''].filter(Boolean);
  if (place.length === 0 && meeting.attendanceMode === 'online') return safeUrl(meeting.streamUrl) ?? '';
  return place.join(', ');
}

function descriptionOf(meeting: Meeting, lang: Lang): string {
  const zone = safeZone(meeting.timeZone);
  const lines: string[] = [];
  if (meeting.status === 'cancelled') lines.push(msg(lang, 'banner.cancelled'), '');
  if (meeting.status === 'postponed') lines.push(msg(lang, 'banner.postponed'), '');
  if (meeting.purpose.length) {
    lines.push(`${msg(lang, 'label.purpose')}:`, ...meeting.purpose.map((p) => `- ${p}`), '');
  }
  const { items } = resolveSchedule(meeting);
  if (items.length) {
    lines.push(`${msg(lang, 'label.agenda')}:`);
    for (const { item, start, end, openEnd } of items) {
      const time = timeRange(start, openEnd ? null : end, lang, zone);
      const who = item.presenter ? ` (${item.presenter})` : '';
      const remarks = item.remarks ? ` [${item.remarks}]` : '';
      lines.push(`${time ? `${time} ` : ''}${item.title}${who}${remarks}`);
    }
    lines.push('');
  }
  if (meeting.organizer) lines.push(`${msg(lang, 'label.organizer')}: ${meeting.organizer}`);
  const participants = participantsText(meeting.expectedParticipants, lang);
  if (participants) lines.push(`${msg(lang, 'label.participants')}: ${participants}`);
  const capacity = capacityText(meeting.location?.capacity ?? null, lang);
  if (capacity) lines.push(capacity);
  lines.push(`${msg(lang, 'label.mode')}: ${msg(lang, `mode.${meeting.attendanceMode}`)}`);
  const stream = safeUrl(meeting.streamUrl);
  if (stream) lines.push(`${msg(lang, 'label.stream')}: ${stream}`);
  return lines.join('\n').trim();
}

/** The VEVENT lines of one meeting, unfolded; none when its start cannot be read. */
function eventLines(meeting: Meeting, options: Required<Omit<IcsOptions, 'calendarName'>>): string[] {
  const { start, end } = resolveSchedule(meeting);
  if (start === null) return [];
  const lang = options.lang;
  const stamp = utcStamp(options.now instanceof Date ? options.now.getTime() : options.now);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uidOf(meeting, options.uidDomain)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(start)}`,
  ];
  if (end !== null && end > start) lines.push(`DTEND:${utcStamp(end)}`);
  // A cancellation or postponement must replace an earlier import of the same UID.
  const changed = meeting.status === 'cancelled' || meeting.status === 'postponed';
  lines.push(
    `SEQUENCE:${changed ? 1 : 0}`,
    `STATUS:${ICS_STATUS[meeting.status]}`,
    `SUMMARY:${escapeText(summaryOf(meeting, lang))}`,
  );
  const location = locationOf(meeting, lang);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const description = descriptionOf(meeting, lang);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const stream = safeUrl(meeting.streamUrl);
  if (stream) lines.push(`URL:${stream}`);
  if (meeting.organizer) lines.push(`X-BDW-ORGANIZER:${escapeText(meeting.organizer)}`);
  lines.push('CLASS:PUBLIC', `TRANSP:${meeting.status === 'cancelled' ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  return lines;
}

function calendar(meetings: readonly Meeting[], options: IcsOptions, series: boolean): string {
  const resolved = {
    now: options.now,
    lang: options.lang ?? 'ko',
    uidDomain: options.uidDomain ?? DEFAULT_UID_DOMAIN,
  };
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (series) {
    lines.push(`X-WR-CALNAME:${escapeText(options.calendarName ?? msg(resolved.lang, 'ics.calendarName'))}`);
  }
  lines.push(`X-WR-TIMEZONE:${safeZone(meetings[0]?.timeZone)}`);
  for (const meeting of meetings) lines.push(...eventLines(meeting, resolved));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A VCALENDAR holding one meeting. */
export function meetingToIcs(meeting: Meeting, options: IcsOptions): string {
  return calendar([meeting], options, false);
}

/** A VCALENDAR holding every meeting of the series (meetings without a readable start are left out). */
export function seriesToIcs(meetings: readonly Meeting[], options: IcsOptions): string {
  return calendar(meetings, options, true);
}

/** `council-2025-05-23-inaugural.ics`: a file name safe on every system. */
export function icsFilename(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'council'}.ics`;
}
