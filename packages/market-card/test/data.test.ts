import { normalizeListing, type MarketListing } from '@bdw/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '@bdw/core';

/** The catalogue's sample listings, which this package writes for apps/catalog-api. */
const file = join(import.meta.dirname, '../../../apps/catalog-api/data/market-listings.json');
const data = JSON.parse(readFileSync(file, 'utf8')) as { source: string; listings: MarketListing[] };
const { listings } = data;

const SEED_PROVIDERS = [
  'BNK부산은행',
  '(주)엔컴',
  '삼성카드',
  '신한카드',
  '부산교통공사',
  '부산시설공단',
  '부산환경공단',
  '부산관광공사',
  '부산도시공사',
  '부산테크노파크',
];

describe('apps/catalog-api/data/market-listings.json', () => {
  it('says where the listings come from, in one sentence', () => {
    expect(data.source).toMatch(/sample/i);
    expect(data.source.trim().split(/\.\s/)).toHaveLength(1);
  });

  it('has about fifty listings with unique ids, all labelled as samples', () => {
    expect(listings.length).toBeGreaterThanOrEqual(45);
    expect(listings.length).toBeLessThanOrEqual(60);
    expect(new Set(listings.map((l) => l.id)).size).toBe(listings.length);
    expect(listings.every((l) => l.isSample === true)).toBe(true);
  });

  it('is exactly in the model shape: normalising changes nothing', () => {
    for (const listing of listings) expect(normalizeListing(listing)).toStrictEqual(listing);
  });

  it("comes from the council's member companies and institutions named in the seed", () => {
    expect(new Set(listings.map((l) => l.provider.name))).toEqual(new Set(SEED_PROVIDERS));
    const types = Object.fromEntries(listings.map((l) => [l.provider.name, l.provider.type]));
    expect(Object.values(types).filter((t) => t === 'company')).toHaveLength(4);
    expect(types['부산교통공사']).toBe('public');
  });

  it('mixes price models as real data markets do (free 42, negotiation 28, subscription 18, one-off 9, usage 4 %)', () => {
    const share = (model: string) => listings.filter((l) => l.price.model === model).length / listings.length;
    expect(share('free')).toBeCloseTo(0.42, 1);
    expect(share('negotiation')).toBeCloseTo(0.28, 1);
    expect(share('subscription')).toBeCloseTo(0.18, 1);
    expect(share('one-off')).toBeCloseTo(0.09, 1);
    expect(share('usage')).toBeCloseTo(0.04, 1);
  });

  it('gives amounts where a price model has one, and none where it does not', () => {
    for (const { price } of listings) {
      if (price.model === 'free' || price.model === 'negotiation') expect(price.amount).toBeNull();
      else expect(price.amount).toBeGreaterThan(0);
      if (price.model === 'subscription') expect(['month', 'year']).toContain(price.period);
      if (price.model === 'usage') expect(price.unit).toBeTruthy();
    }
  });

  it('is Korean, with some listings missing optional fields and some very long texts', () => {
    expect(listings.every((l) => /[가-힣]/.test(l.title))).toBe(true);
    expect(listings.some((l) => l.rating === null)).toBe(true);
    expect(listings.some((l) => l.rating !== null)).toBe(true);
    expect(listings.some((l) => l.summary === '')).toBe(true);
    expect(listings.some((l) => l.volume === null)).toBe(true);
    expect(listings.some((l) => l.updated === null)).toBe(true);
    expect(listings.some((l) => l.summary.length > 300)).toBe(true);
    expect(listings.some((l) => l.title.length > 60)).toBe(true);
  });

  it('has only safe addresses and valid dates', () => {
    for (const { provider, updated } of listings) {
      if (provider.logoUrl) expect(safeUrl(provider.logoUrl)).not.toBeNull();
      if (provider.url) expect(provider.url).toMatch(/^https:\/\//);
      if (updated) expect(Number.isNaN(Date.parse(updated))).toBe(false);
    }
  });
});
