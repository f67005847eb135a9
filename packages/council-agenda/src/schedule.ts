import type { AgendaItem, Meeting } from '@bdw/core';
import { parseInstant, safeZone } from './time.js';

/** An agenda item with its resolved start and end instants (epoch ms). */
export interface ScheduledItem {
  item: AgendaItem;
  /** Index in the meeting's agenda, sorted by `order`. */
  index: number;
  start: number | null;
  end: number | null;
  /** True when the agenda gave neither an end nor a duration (printed `15:40 ~`). */
  openEnd: boolean;
}

export interface MeetingSchedule {
  start: number | null;
  /** The meeting's end; else the last item's end; else start + the agenda's durations. */
  end: number | null;
  items: ScheduledItem[];
}

const MINUTE = 60_000;

/**
 * Resolves the times of a meeting and its agenda. Published agendas leave gaps
 * (`15:40 ~` has no end; some items give only a duration), so:
 * an item without a start begins when the previous one ends (or at the meeting start);
 * an item without an end lasts its duration, else runs until the next item starts,
 * else until the meeting ends.
 */
export function resolveSchedule(meeting: Meeting): MeetingSchedule {
  const zone = safeZone(meeting.timeZone);
  const start = parseInstant(meeting.start, zone);
  const sorted = [...meeting.agenda].sort((a, b) => a.order - b.order);
  const items: ScheduledItem[] = sorted.map((item, index) => ({
    item,
    index,
    start: parseInstant(item.start, zone),
    end: parseInstant(item.end, zone),
    openEnd: false,
  }));
  let cursor = start;
  for (const entry of items) {
    if (entry.start === null) entry.start = cursor;
    if (entry.end === null && entry.start !== null && entry.item.durationMinutes !== null) {
      entry.end = entry.start + entry.item.durationMinutes * MINUTE;
    }
    cursor = entry.end ?? cursor;
  }
  let end = parseInstant(meeting.end, zone);
  if (end === null) {
    const lastEnd = items.reduce<number | null>(
      (max, e) => (e.end !== null && (max === null || e.end > max) ? e.end : max),
      null,
    );
    end = lastEnd ?? (start !== null ? cursor : null);
    if (end !== null && start !== null && end <= start) end = null;
  }
  for (const [i, entry] of items.entries()) {
    if (entry.end !== null) continue;
    entry.openEnd = true;
    const next = items.slice(i + 1).find((e) => e.start !== null);
    entry.end = next?.start ?? end;
  }
  return { start, end, items };
}
