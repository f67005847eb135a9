import { buildFq, type MarketListing } from '@bdw/core';
import { describe, expect, it } from 'vitest';
import { filtersFromFq, listingsFromJson, searchListings, sortListings } from '../src/static-search.js';
import { complete, many, minimal, prices } from './fixtures.js';

const ids = (listings: MarketListing[]) => listings.map((l) => l.id);

describe('searchListings', () => {
  it('filters OR within a field and AND across fields', () => {
    const result = searchListings(many, {
      filters: { price_model: ['free', 'usage'], category: ['교통'] },
      pageSize: 100,
    });
    const expected = many.filter((l) => ['free', 'usage'].includes(l.price.model) && l.category === '교통');
    expect(result.count).toBe(expected.length);
    expect(new Set(ids(result.results))).toEqual(new Set(ids(expected)));
    expect(result.count).toBeGreaterThan(0);
  });

  it('filters by provider type and by format', () => {
    const result = searchListings(many, { filters: { provider_type: ['company'], format: ['csv'] }, pageSize: 100 });
    expect(result.results.every((l) => l.provider.type === 'company' && l.formats.includes('CSV'))).toBe(true);
    expect(result.count).toBe(many.filter((l) => l.provider.type === 'company' && l.formats.includes('CSV')).length);
  });

  it('counts facets over the filtered listings, like a brute-force count', () => {
    const result = searchListings(many, {
      filters: { provider_type: ['public'] },
      facetFields: ['category', 'price_model'],
      pageSize: 1,
    });
    const publicOnes = many.filter((l) => l.provider.type === 'public');
    for (const item of result.facets['category']!.items) {
      expect(item.count).toBe(publicOnes.filter((l) => l.category === item.name).length);
    }
    const total = result.facets['price_model']!.items.reduce((n, i) => n + i.count, 0);
    expect(total).toBe(publicOnes.length);
  });

  it('pages without overlap and reports the total', () => {
    const page1 = searchListings(many, { page: 1, pageSize: 12 });
    const page3 = searchListings(many, { page: 3, pageSize: 12 });
    expect(page1.count).toBe(30);
    expect(page1.results).toHaveLength(12);
    expect(page3.results).toHaveLength(6);
    expect(ids(page1.results).some((id) => ids(page3.results).includes(id))).toBe(false);
    expect(searchListings(many, { page: 9, pageSize: 12 }).results).toEqual([]);
  });

  it('normalises both sides: an NFD query (pasted from macOS) or an NFD listing match as NFC', () => {
    const nfd = (text: string) => text.normalize('NFD');
    expect(nfd('카드')).not.toBe('카드');
    expect(searchListings([complete, minimal], { q: nfd('카드 부산은행') }).count).toBe(1);
    const stored = { ...complete, title: nfd(complete.title), tags: complete.tags.map(nfd) };
    expect(searchListings([stored, minimal], { q: '소비 지출' }).count).toBe(1);
    expect(
      searchListings([complete], { filters: { category: [nfd(complete.category ?? '')] }, pageSize: 10 }).count,
    ).toBe(1);
  });

  it('matches free text in title, summary, provider and tags, all terms', () => {
    expect(searchListings([complete, minimal], { q: '카드 부산은행' }).count).toBe(1);
    expect(searchListings([complete, minimal], { q: '카드 없음' }).count).toBe(0);
  });
});

describe('sortListings', () => {
  const priced = [
    { ...complete, id: 'nego', price: prices.negotiation },
    { ...complete, id: 'cheap', price: { ...prices['one-off'], amount: 100 } },
    { ...complete, id: 'free', price: prices.free },
    { ...complete, id: 'dear', price: { ...prices['one-off'], amount: 9_000_000 } },
    { ...complete, id: 'unknown', price: { ...prices.subscription, amount: null } },
  ];

  it('orders by price, unknown prices last both ways', () => {
    expect(ids(sortListings(priced, 'price asc'))).toEqual(['free', 'cheap', 'dear', 'nego', 'unknown']);
    expect(ids(sortListings(priced, 'price desc'))).toEqual(['dear', 'cheap', 'free', 'nego', 'unknown']);
  });

  it('orders newest first, by the CKAN name or the friendly one', () => {
    const dated = [
      { ...complete, id: 'old', updated: '2020-01-01T00:00:00Z' },
      { ...complete, id: 'none', updated: null },
      { ...complete, id: 'new', updated: '2026-01-01T00:00:00Z' },
    ];
    expect(ids(sortListings(dated, 'metadata_modified desc'))).toEqual(['new', 'old', 'none']);
    expect(ids(sortListings(dated, 'newest'))).toEqual(['new', 'old', 'none']);
    expect(ids(sortListings(dated, undefined))).toEqual(['new', 'old', 'none']);
  });

  it('orders popular by reviews, then rating', () => {
    const rated = [
      { ...complete, id: 'few', reviewCount: 2, rating: 5 },
      { ...complete, id: 'none', reviewCount: null, rating: null },
      { ...complete, id: 'most', reviewCount: 40, rating: 4 },
      { ...complete, id: 'most-better', reviewCount: 40, rating: 4.5 },
    ];
    expect(ids(sortListings(rated, 'views_recent desc'))).toEqual(['most-better', 'most', 'few', 'none']);
    expect(ids(sortListings(rated, 'views'))).toEqual(['most-better', 'most', 'few', 'none']);
  });

  it('orders by title', () => {
    const titled = [
      { ...complete, id: 'b', title: '나' },
      { ...complete, id: 'a', title: '가' },
    ];
    expect(ids(sortListings(titled, 'title'))).toEqual(['a', 'b']);
  });
});

describe('filtersFromFq', () => {
  it('reads back what core writes', () => {
    const filters = { price_model: ['free', 'usage'], category: ['소비·상권'], format: ['a "quoted" \\ value'] };
    expect(filtersFromFq(buildFq(filters))).toEqual(filters);
  });

  it('accepts unquoted values and nothing', () => {
    expect(filtersFromFq('format:CSV AND provider_type:(public OR company)')).toEqual({
      format: ['CSV'],
      provider_type: ['public', 'company'],
    });
    expect(filtersFromFq('')).toEqual({});
    expect(filtersFromFq(null)).toEqual({});
  });
});

describe('listingsFromJson', () => {
  it('reads an array, the catalogue data file shape, or a CKAN answer, normalising each', () => {
    expect(ids(listingsFromJson([complete]))).toEqual([complete.id]);
    expect(ids(listingsFromJson({ source: 'x', listings: [complete, 'junk'] }))).toEqual([complete.id]);
    expect(ids(listingsFromJson({ success: true, result: { results: [complete] } }))).toEqual([complete.id]);
    expect(listingsFromJson({ listings: [{ title: 1, price: { model: 'gold' } }] })[0]!.price.model).toBe(
      'negotiation',
    );
    expect(listingsFromJson('nothing')).toEqual([]);
    expect(listingsFromJson(null)).toEqual([]);
  });

  it('drops entries that are arrays, never showing them as blank listings', () => {
    expect(listingsFromJson([[complete], [[]], complete])).toHaveLength(1);
    expect(listingsFromJson({ listings: [[], [1, 2]] })).toEqual([]);
  });
});
