import type { Meeting } from '@bdw/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSchedule } from '../src/schedule.js';
import { liveStatus } from '../src/status.js';
import { inaugural, seoul } from './fixtures.js';

// A viewer in UTC−5 (Bogotá has no DST): the status must not move with the viewer's zone.
beforeAll(() => {
  process.env.TZ = 'America/Bogota';
});

describe('live status of the inaugural meeting (Seoul time, viewer in UTC−5)', () => {
  const meeting = inaugural('en');

  it('runs in a UTC−5 process', () => {
    expect(new Date(seoul('14:00')).getTimezoneOffset()).toBe(300);
  });

  it('13:59 — upcoming, starting in a minute, first item next', () => {
    const live = liveStatus(meeting, seoul('13:59'));
    expect(live.phase).toBe('upcoming');
    expect(live.startsIn).toBe(60_000);
    expect(live.next?.title).toBe('Opening and participant introductions');
    expect(live.current).toBeNull();
  });

  it('14:07 — in progress, the opening remarks are running (2 of 5 minutes), roles next', () => {
    const live = liveStatus(meeting, seoul('14:07'));
    expect(live.phase).toBe('in-progress');
    expect(live.currentIndex).toBe(1);
    expect(live.current?.title).toBe('Opening remarks by Director General of Future Technology Strategy');
    expect(live.itemProgress).toBeCloseTo(0.4);
    expect(live.meetingProgress).toBeCloseTo(7 / 120);
    expect(live.next?.title).toBe('Council roles/functions, city project overview, and cooperation items');
    expect(live.endsIn).toBe(113 * 60_000);
  });

  it('15:41 — in progress, the open-ended closing runs until the meeting ends at 16:00, nothing next', () => {
    const live = liveStatus(meeting, seoul('15:41'));
    expect(live.phase).toBe('in-progress');
    expect(live.currentIndex).toBe(4);
    expect(live.current?.title).toBe('Closing');
    expect(live.itemProgress).toBeCloseTo(1 / 20);
    expect(live.next).toBeNull();
  });

  it('16:01 — ended', () => {
    const live = liveStatus(meeting, seoul('16:01'));
    expect(live.phase).toBe('ended');
    expect(live.current).toBeNull();
  });

  it('changes exactly at the boundaries', () => {
    expect(liveStatus(meeting, seoul('14:00')).phase).toBe('in-progress');
    expect(liveStatus(meeting, seoul('14:05')).currentIndex).toBe(1);
    expect(liveStatus(meeting, seoul('16:00')).phase).toBe('ended');
  });
});

describe('status overrides and incomplete schedules', () => {
  const base = inaugural('ko');

  it('a cancelled or postponed meeting says so at any time', () => {
    expect(liveStatus({ ...base, status: 'cancelled' }, seoul('14:07')).phase).toBe('cancelled');
    expect(liveStatus({ ...base, status: 'postponed' }, seoul('13:00')).phase).toBe('postponed');
    expect(liveStatus({ ...base, status: 'passed' }, seoul('14:07')).phase).toBe('ended');
  });

  it('reads zone-less times as Seoul wall time, not the viewer’s', () => {
    const zoneless: Meeting = {
      ...base,
      start: '2025-05-23T14:00:00',
      end: '2025-05-23T16:00',
      agenda: base.agenda.map((a) => ({
        ...a,
        start: a.start?.slice(0, 19) ?? null,
        end: a.end?.slice(0, 19) ?? null,
      })),
    };
    expect(liveStatus(zoneless, seoul('14:07')).currentIndex).toBe(1);
    expect(liveStatus(zoneless, seoul('13:59')).phase).toBe('upcoming');
  });

  it('fills items given by duration, and ends a meeting without end at its last item', () => {
    const meeting: Meeting = {
      ...base,
      end: null,
      agenda: [
        { ...base.agenda[0]!, start: null, end: null, durationMinutes: 10 },
        { ...base.agenda[1]!, start: null, end: null, durationMinutes: 20 },
      ],
    };
    const schedule = resolveSchedule(meeting);
    expect(schedule.items.map((i) => [i.start, i.end])).toEqual([
      [seoul('14:00'), seoul('14:10')],
      [seoul('14:10'), seoul('14:30')],
    ]);
    expect(schedule.end).toBe(seoul('14:30'));
    expect(liveStatus(meeting, seoul('14:15')).currentIndex).toBe(1);
    expect(liveStatus(meeting, seoul('14:31')).phase).toBe('ended');
  });

  it('reports a gap between items as in progress with no current item', () => {
    const meeting: Meeting = {
      ...base,
      agenda: [
        { ...base.agenda[0]!, start: '2025-05-23T14:00:00+09:00', end: '2025-05-23T14:30:00+09:00' },
        { ...base.agenda[1]!, start: '2025-05-23T14:45:00+09:00', end: '2025-05-23T16:00:00+09:00' },
      ],
    };
    const live = liveStatus(meeting, seoul('14:35'));
    expect(live.phase).toBe('in-progress');
    expect(live.current).toBeNull();
    expect(live.next?.order).toBe(2);
  });

  it('never throws on a meeting without a readable start', () => {
    expect(liveStatus({ ...base, start: 'soon', agenda: [] }, seoul('14:00')).phase).toBe('unscheduled');
    expect(liveStatus({ ...base, timeZone: 'Mars/Olympus' }, seoul('14:07')).currentIndex).toBe(1);
  });
});
