import { SEOUL } from '@bdw/core';

/**
 * Instants and wall-clock times in a named zone (Asia/Seoul by default), independent of
 * the viewer's zone: a viewer in New York sees the meeting at 14:00 Busan time, and the
 * live status compares instants, never local wall clocks.
 */

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

const partsCache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

/** A valid IANA zone, else Asia/Seoul (bad data must not throw a RangeError in render). */
export function safeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return SEOUL;
  try {
    partsFormat(timeZone);
    return timeZone;
  } catch {
    return SEOUL;
  }
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time of an instant in `timeZone`. */
export function wallTime(ms: number, timeZone: string = SEOUL): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(safeZone(timeZone)).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** Offset of `timeZone` from UTC at an instant, in milliseconds (+9 h for Seoul). */
export function zoneOffsetMs(ms: number, timeZone: string = SEOUL): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * Parses an ISO 8601 date-time to epoch milliseconds. With an offset (`+09:00`, `Z`) it is
 * an instant; without one it is a wall-clock time in `timeZone`, NOT in the viewer's zone
 * (which is what `Date.parse` would assume). `null` when unparseable.
 */
export function parseInstant(value: string | null | undefined, timeZone: string = SEOUL): number | null {
  if (!value) return null;
  const text = value.trim();
  if (OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
  }
  const m = LOCAL.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Two passes settle the offset even next to a DST change (Seoul has none since 1988).
  let ms = asUtc - zoneOffsetMs(asUtc, timeZone);
  ms = asUtc - zoneOffsetMs(ms, timeZone);
  return ms;
}

/** ISO 8601 with the zone's offset, for `<time datetime>`: `2025-05-23T14:00+09:00`. */
export function isoInZone(ms: number, timeZone: string = SEOUL): string {
  const w = wallTime(ms, timeZone);
  const offset = Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
