import type { AgendaItem, Meeting } from '@bdw/core';
import { resolveSchedule } from './schedule.js';

/**
 * Live status of a meeting at an instant. Every comparison is between instants
 * (epoch ms), and times without an offset are read in the meeting's zone
 * (Asia/Seoul), so the result is the same in every viewer's time zone.
 */
export type LivePhase = 'upcoming' | 'in-progress' | 'ended' | 'cancelled' | 'postponed' | 'unscheduled';

export interface LiveStatus {
  phase: LivePhase;
  /** Index (in order) of the item running now; `null` outside the meeting or between items. */
  currentIndex: number | null;
  current: AgendaItem | null;
  /** 0…1 through the current item; `null` when there is none. */
  itemProgress: number | null;
  /** 0…1 through the whole meeting while it runs. */
  meetingProgress: number | null;
  /** The item after the current one; before the meeting, its first item. */
  next: AgendaItem | null;
  /** Milliseconds until the meeting starts (upcoming only). */
  startsIn: number | null;
  /** Milliseconds until the meeting ends (in progress only). */
  endsIn: number | null;
}

/** Without an end time, a meeting counts as running this long after it starts. */
export const DEFAULT_DURATION_MS = 2 * 60 * 60_000;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

export function liveStatus(meeting: Meeting, now: number): LiveStatus {
  const schedule = resolveSchedule(meeting);
  const base: LiveStatus = {
    phase: 'unscheduled',
    currentIndex: null,
    current: null,
    itemProgress: null,
    meetingProgress: null,
    next: null,
    startsIn: null,
    endsIn: null,
  };
  if (meeting.status === 'cancelled') return { ...base, phase: 'cancelled' };
  if (meeting.status === 'postponed') return { ...base, phase: 'postponed' };
  const { start, items } = schedule;
  if (start === null) return base;
  const end = schedule.end ?? start + DEFAULT_DURATION_MS;
  if (meeting.status === 'passed' || now >= end) return { ...base, phase: 'ended' };
  if (now < start) {
    return { ...base, phase: 'upcoming', startsIn: start - now, next: items[0]?.item ?? null };
  }
  const running = items.find((e) => e.start !== null && e.end !== null && e.start <= now && now < e.end);
  const upcoming = items.find((e) => e.start !== null && e.start > now && e !== running);
  return {
    ...base,
    phase: 'in-progress',
    currentIndex: running ? running.index : null,
    current: running?.item ?? null,
    itemProgress:
      running && running.start !== null && running.end !== null
        ? clamp01((now - running.start) / (running.end - running.start))
        : null,
    meetingProgress: clamp01((now - start) / (end - start)),
    next: upcoming?.item ?? null,
    endsIn: end - now,
  };
}
