import { packageSearchParams, type FacetField } from '@bdw/core';
import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  formatList,
  hasFilters,
  mergeKnownValues,
  pageCount,
  pageWindow,
  parseList,
  toSearchQuery,
  toSort,
  toggleValue,
  type MarketSort,
} from '../src/filter-state.js';

const none = { category: [], priceModel: [], providerType: [], format: [] };

describe('toSearchQuery', () => {
  it('sends fq with OR within a field and AND across fields, through core', () => {
    const query = toSearchQuery({
      filters: { ...none, priceModel: ['free', 'usage'], category: ['교통'] },
      sort: 'newest',
      page: 3,
      pageSize: 12,
    });
    const params = packageSearchParams(query);
    expect(params['fq']).toBe('category:"교통" AND price_model:("free" OR "usage")');
    expect(params['sort']).toBe('metadata_modified desc');
    expect(params['rows']).toBe('12');
    expect(params['start']).toBe('24');
    expect(JSON.parse(params['facet.field']!)).toEqual(['category', 'price_model', 'provider_type', 'format']);
    expect(params['q']).toBe('');
  });

  it('maps every sort', () => {
    const sort = (s: MarketSort) =>
      packageSearchParams(toSearchQuery({ filters: none, sort: s, page: 1, pageSize: 10 }))['sort'];
    expect(sort('newest')).toBe('metadata_modified desc');
    expect(sort('popular')).toBe('views_recent desc');
    expect(sort('price-asc')).toBe('price asc');
    expect(sort('price-desc')).toBe('price desc');
  });

  it('omits fq without filters, trims q and repairs odd pages', () => {
    const params = packageSearchParams(
      toSearchQuery({ filters: { ...none, format: [] }, sort: 'newest', page: -2, pageSize: 0, q: '  주차 ' }),
    );
    expect(params).not.toHaveProperty('fq');
    expect(params['q']).toBe('주차');
    expect(params['start']).toBe('0');
    expect(params['rows']).toBe('1');
  });
});

describe('attribute values', () => {
  it('parses comma-separated lists without blanks or repeats', () => {
    expect(parseList(' free, usage,,free ')).toEqual(['free', 'usage']);
    expect(parseList(null)).toEqual([]);
    expect(formatList(['a', 'b'])).toBe('a,b');
    expect(formatList([])).toBeNull();
  });

  it('falls back to newest for an unknown sort', () => {
    expect(toSort('popular')).toBe('popular');
    expect(toSort('cheapest')).toBe('newest');
    expect(toSort(undefined)).toBe('newest');
  });

  it('toggles values', () => {
    expect(toggleValue(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleValue(['a'], 'a', true)).toEqual(['a']);
    expect(hasFilters(none)).toBe(false);
    expect(hasFilters({ ...none, format: ['CSV'] })).toBe(true);
  });
});

describe('paging', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
    expect(pageCount(50, 0)).toBe(1);
  });

  it('offers first, last and neighbours, never beyond the total', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageWindow(99, 5)).toEqual([1, null, 4, 5]);
    expect(pageWindow(3, 0)).toEqual([1]);
  });

  it('builds the window for 1e15 pages without visiting every page (the tab froze, issue 19)', () => {
    // A loop over every page would not end within the test's timeout.
    expect(pageWindow(1, 1e15)).toEqual([1, 2, null, 1e15]);
    expect(pageWindow(5e14, 1e15)).toEqual([1, null, 5e14 - 1, 5e14, 5e14 + 1, null, 1e15]);
    expect(pageWindow(1, Infinity)).toEqual([1]);
    expect(pageWindow(NaN, 10)).toEqual([1, 2, null, 10]);
    expect(pageCount(Infinity, 12)).toBe(1);
  });
});

describe('filter options', () => {
  const facet = (field: string, items: [string, number][]): FacetField => ({
    field,
    title: field,
    items: items.map(([name, count]) => ({ name, displayName: name, count })),
  });

  it('always offers the fixed price models and provider types, with counts', () => {
    const options = filterOptions('priceModel', [], facet('price_model', [['free', 21]]), []);
    expect(options.map((o) => o.value)).toEqual(['free', 'negotiation', 'subscription', 'one-off', 'usage']);
    expect(options[0]).toEqual({ value: 'free', count: 21 });
    expect(options[1]).toEqual({ value: 'negotiation', count: 0 });
    expect(filterOptions('providerType', [], undefined, []).map((o) => o.count)).toEqual([null, null]);
  });

  it('keeps values seen before and selected ones, hiding counts once the field is filtered', () => {
    const options = filterOptions('category', ['교통', '관광'], facet('category', [['교통', 4]]), ['교통', '해양']);
    expect(options).toEqual([
      { value: '관광', count: null },
      { value: '교통', count: null },
      { value: '해양', count: null },
    ]);
  });

  it('learns values from facets', () => {
    const known = mergeKnownValues(
      { category: ['교통'], priceModel: [], providerType: [], format: [] },
      { category: facet('category', [['관광', 1]]), format: facet('format', [['CSV', 2]]) },
    );
    expect(known).toEqual({ category: ['교통', '관광'], priceModel: [], providerType: [], format: ['CSV'] });
  });
});
