import { formatNumber, type Lang, type MeetingLocation } from '@bdw/core';
import { msg } from './messages.js';
import { safeZone } from './time.js';

/**
 * Meeting dates, times and places written as the council publishes them, always in the
 * meeting's zone (Asia/Seoul): ko `2025년 5월 23일(금) 14:00–16:00`,
 * en `May 23, 2025 (Fri), 14:00–16:00`. Times are 24-hour in both languages.
 */

const LOCALES: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };
const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = safeZone(timeZone);
  const key = `${lang}|${zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: zone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** `14:00`. */
export function clockTime(ms: number, lang: Lang, timeZone: string): string {
  return dateTimeFormat(lang, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** ko `2025년 5월 23일(금)`, en `May 23, 2025 (Fri)`. */
export function meetingDate(ms: number, lang: Lang, timeZone: string): string {
  const date = dateTimeFormat(lang, timeZone, { year: 'numeric', month: 'long', day: 'numeric' }).format(ms);
  const weekday = dateTimeFormat(lang, timeZone, { weekday: 'short' }).format(ms);
  return lang === 'ko' ? `${date}(${weekday})` : `${date} (${weekday})`;
}

/** ko `14:00–16:00`, a start without end `15:40 ~` (as agendas print an open end). */
export function timeRange(start: number | null, end: number | null, lang: Lang, timeZone: string): string {
  if (start === null) return '';
  return end === null
    ? `${clockTime(start, lang, timeZone)} ~`
    : `${clockTime(start, lang, timeZone)}–${clockTime(end, lang, timeZone)}`;
}

/** ko `2025년 5월 23일(금) 14:00–16:00`, en `May 23, 2025 (Fri), 14:00–16:00`. */
export function meetingWhen(start: number | null, end: number | null, lang: Lang, timeZone: string): string {
  if (start === null) return '';
  const separator = lang === 'ko' ? ' ' : ', ';
  return `${meetingDate(start, lang, timeZone)}${separator}${timeRange(start, end, lang, timeZone)}`;
}

/**
 * The place as one line, in each language's order: ko `부산역 유라시아플랫폼 A동 104호`,
 * en `Room 104, Building A, Eurasia Platform, Busan Station`.
 */
export function placeText(location: MeetingLocation | null, lang: Lang): string {
  if (!location) return '';
  const parts = lang === 'ko' ? [location.name, location.room] : [location.room, location.name];
  return parts.filter((p): p is string => !!p).join(lang === 'ko' ? ' ' : ', ');
}

/** `(수용 80명)` / `(Capacity: 80 people)`; empty without a capacity. */
export function capacityText(capacity: number | null, lang: Lang): string {
  return capacity === null ? '' : msg(lang, 'capacity', { count: formatNumber(capacity, lang) });
}

/** `약 50명` / `approx. 50 attendees`. */
export function participantsText(count: number | null, lang: Lang): string {
  return count === null ? '' : msg(lang, 'participants', { count: formatNumber(count, lang) });
}

/** ko `3일 후`, en `in 3 days` … `in 1 minute`: how long until the meeting starts. */
export function startsInText(ms: number, lang: Lang): string {
  const format = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
