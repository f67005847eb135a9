import { describe, expect, it } from 'vitest';
import { isoInZone, parseInstant, wallTime } from '../src/time.js';

describe('instants in Asia/Seoul', () => {
  it('keeps explicit offsets and reads zone-less times in the meeting zone', () => {
    expect(parseInstant('2025-05-23T14:00:00+09:00')).toBe(Date.parse('2025-05-23T05:00:00Z'));
    expect(parseInstant('2025-05-23T14:00:00')).toBe(Date.parse('2025-05-23T05:00:00Z'));
    expect(parseInstant('2025-05-23 14:00')).toBe(Date.parse('2025-05-23T05:00:00Z'));
    expect(parseInstant('2025-05-23T14:00', 'Europe/Berlin')).toBe(Date.parse('2025-05-23T12:00:00Z'));
    expect(parseInstant('2025-05-23')).toBe(Date.parse('2025-05-22T15:00:00Z'));
  });

  it('returns null for nonsense', () => {
    expect(parseInstant('')).toBeNull();
    expect(parseInstant(null)).toBeNull();
    expect(parseInstant('tomorrow at two')).toBeNull();
  });

  it('writes datetime attributes with the zone offset', () => {
    expect(isoInZone(Date.parse('2025-05-23T05:00:00Z'))).toBe('2025-05-23T14:00+09:00');
    expect(isoInZone(Date.parse('2025-05-22T20:30:00Z'))).toBe('2025-05-23T05:30+09:00');
    expect(wallTime(Date.parse('2025-05-22T20:30:00Z')).day).toBe(23);
  });
});
