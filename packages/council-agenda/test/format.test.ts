import { describe, expect, it } from 'vitest';
import { capacityText, meetingWhen, participantsText, placeText, startsInText, timeRange } from '../src/format.js';
import { inaugural, seoul } from './fixtures.js';

describe('as published', () => {
  it('writes the date and time of the inaugural meeting in both languages', () => {
    expect(meetingWhen(seoul('14:00'), seoul('16:00'), 'en', 'Asia/Seoul')).toBe('May 23, 2025 (Fri), 14:00–16:00');
    expect(meetingWhen(seoul('14:00'), seoul('16:00'), 'ko', 'Asia/Seoul')).toBe('2025년 5월 23일(금) 14:00–16:00');
    expect(timeRange(seoul('15:40'), null, 'en', 'Asia/Seoul')).toBe('15:40 ~');
  });

  it('writes the place, capacity and participants', () => {
    expect(placeText(inaugural('en').location, 'en')).toBe('Room 104, Building A, Eurasia Platform, Busan Station');
    expect(placeText(inaugural('ko').location, 'ko')).toBe('부산역 유라시아플랫폼 A동 104호');
    expect(capacityText(80, 'en')).toBe('Capacity: 80 people');
    expect(capacityText(80, 'ko')).toBe('수용 80명');
    expect(participantsText(50, 'en')).toBe('approx. 50 attendees');
    expect(participantsText(50, 'ko')).toBe('약 50명');
    expect(placeText(null, 'ko')).toBe('');
  });

  it('says when a meeting starts', () => {
    expect(startsInText(60_000, 'en')).toBe('in 1 minute');
    expect(startsInText(3 * 3600_000, 'ko')).toBe('3시간 후');
    expect(startsInText(5 * 86400_000, 'en')).toBe('in 5 days');
  });
});
