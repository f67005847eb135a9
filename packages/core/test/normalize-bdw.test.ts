import { describe, expect, it } from 'vitest';
import { normalizeListing, normalizeMeeting } from '../src/ckan/normalize-bdw.js';

describe('normalizeListing', () => {
  it('keeps a complete listing', () => {
    const listing = normalizeListing({
      id: 'm1',
      title: '카드 소비 데이터',
      provider: { name: '부산은행', type: 'company', logoUrl: null },
      price: { model: 'subscription', amount: 1_200_000, period: 'month' },
      formats: ['CSV', 'API'],
      rating: 4.5,
      reviewCount: 12,
      isSample: true,
    });
    expect(listing).toMatchObject({
      title: '카드 소비 데이터',
      provider: { name: '부산은행', type: 'company', logoUrl: null, url: null },
      price: { model: 'subscription', amount: 1_200_000, period: 'month', unit: null },
      formats: ['CSV', 'API'],
      rating: 4.5,
      isSample: true,
    });
  });

  it('degrades odd or missing fields to empty values, never undefined', () => {
    const listing = normalizeListing({ price: { model: 'bitcoin', amount: 'lots' }, formats: [1, 'CSV'], rating: NaN });
    expect(listing.price).toEqual({ model: 'negotiation', amount: null, period: null, unit: null });
    expect(listing.formats).toEqual(['CSV']);
    expect(listing.rating).toBeNull();
    expect(JSON.stringify(normalizeListing(null))).not.toContain('undefined');
    expect(Object.values(normalizeListing(undefined)).includes(undefined as never)).toBe(false);
  });
});

describe('normalizeMeeting', () => {
  it('fills defaults: Seoul time zone, confirmed, in person, agenda order', () => {
    const meeting = normalizeMeeting({
      id: 'x',
      name: '정기회의',
      start: '2025-11-20T14:00:00+09:00',
      status: 'exploded',
      agenda: [{ title: 'a' }, { title: 'b', order: 5 }, 'junk'],
    });
    expect(meeting).toMatchObject({ timeZone: 'Asia/Seoul', status: 'confirmed', attendanceMode: 'offline' });
    expect(meeting.agenda.map((item) => item.order)).toEqual([1, 5, 3]);
    expect(meeting.location).toBeNull();
  });
});
