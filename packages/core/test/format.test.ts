import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompact,
  formatDate,
  formatDateTime,
  formatKRW,
  formatNumber,
  formatRelativeTime,
  formatTime,
} from '../src/i18n/format.js';

describe('numbers and money', () => {
  it('groups thousands in both languages', () => {
    expect(formatNumber(12345.678, 'ko')).toBe('12,345.68');
    expect(formatNumber(61359, 'en')).toBe('61,359');
  });

  it('writes won as ₩1,200,000, or 120만원 in compact Korean', () => {
    expect(formatKRW(1_200_000, 'ko')).toBe('₩1,200,000');
    expect(formatKRW(1_200_000, 'en')).toBe('₩1,200,000');
    expect(formatKRW(1_200_000, 'ko', { compact: true })).toBe('120만원');
    expect(formatKRW(350_000_000, 'ko', { compact: true })).toBe('3.5억원');
    expect(formatKRW(1_200_000, 'en', { compact: true })).toBe('₩1.2M');
  });

  it('counts in 만 and 억 in Korean, K and M in English', () => {
    expect(formatCompact(145_000, 'ko')).toBe('14.5만');
    expect(formatCompact(145_000, 'en')).toBe('145K');
  });

  it('formats bytes in 1024 steps', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 ** 3, 'en')).toBe('5 GB');
    expect(formatBytes(1536, 'ko')).toMatch(/^1\.5\s?kB$/);
  });
});

describe('dates and times in Asia/Seoul', () => {
  // 2025-05-23 14:00 in Busan is 05:00 UTC.
  const meeting = '2025-05-23T05:00:00Z';

  it('shows the Seoul date even where UTC is still the day before', () => {
    expect(formatDate('2025-05-22T20:00:00Z', 'ko')).toBe('2025. 5. 23.');
    expect(formatDate('2025-05-22T20:00:00Z', 'en')).toBe('May 23, 2025');
  });

  it('shows times in Seoul, 24-hour', () => {
    expect(formatTime(meeting, 'ko')).toBe('14:00');
    expect(formatDateTime(meeting, 'en')).toBe('May 23, 2025, 2:00 PM');
    expect(formatDateTime(meeting, 'ko')).toBe('2025. 5. 23. 14:00');
  });

  it('returns an empty string for an invalid date instead of "Invalid Date"', () => {
    expect(formatDate('nope', 'ko')).toBe('');
    expect(formatRelativeTime('nope', 'en')).toBe('');
  });

  it('says how long ago, relative to an injected now', () => {
    const now = Date.parse('2025-05-23T05:00:00Z');
    expect(formatRelativeTime('2025-05-20T05:00:00Z', 'ko', now)).toBe('3일 전');
    expect(formatRelativeTime('2025-05-20T05:00:00Z', 'en', now)).toBe('3 days ago');
    expect(formatRelativeTime('2025-05-24T05:00:00Z', 'en', now)).toBe('tomorrow');
    expect(formatRelativeTime('2023-05-23T05:00:00Z', 'ko', now)).toBe('2년 전');
    expect(formatRelativeTime(now, 'en', now)).toBe('now');
  });
});
