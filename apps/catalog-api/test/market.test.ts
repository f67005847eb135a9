import { CkanClient, type MarketListing } from '@bdw/core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './server.js';

let api: TestApi;
let ckan: CkanClient;
const listings = (
  JSON.parse(readFileSync(new URL('../data/market-listings.json', import.meta.url), 'utf8')) as {
    listings: MarketListing[];
  }
).listings;

beforeAll(async () => {
  api = await startTestApi();
  ckan = new CkanClient({ baseUrl: api.url, timeoutMs: 20_000 });
});
afterAll(() => api.close());

describe('bdw_market_search / bdw_market_show', () => {
  it('serves every sample listing, labelled as a sample, with the real-market mix of price models', async () => {
    const result = await ckan.marketSearch({ pageSize: 100, facetFields: ['price_model'] });
    expect(result.count).toBe(listings.length);
    expect(result.items.every((l) => l.isSample)).toBe(true);
    const share = (model: string) =>
      (result.facets['price_model']?.items.find((i) => i.name === model)?.count ?? 0) / listings.length;
    expect(share('free')).toBeCloseTo(0.42, 1);
    expect(share('negotiation')).toBeCloseTo(0.28, 1);
    expect(share('subscription')).toBeCloseTo(0.18, 1);
  });

  it('ORs values within a filter and ANDs across filters, like package_search', async () => {
    const result = await ckan.marketSearch({
      filters: { price_model: ['free', 'usage'], provider_type: ['company'] },
      pageSize: 100,
    });
    const expected = listings.filter((l) => ['free', 'usage'].includes(l.price.model) && l.provider.type === 'company');
    expect(result.items.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
  });

  it('finds Korean text and sorts by price: free first, negotiated prices last', async () => {
    const found = await ckan.marketSearch({ q: '관광', pageSize: 100 });
    expect(found.count).toBe(
      listings.filter((l) => [l.title, l.summary, l.provider.name, l.category, ...l.tags].join(' ').includes('관광'))
        .length,
    );
    const byPrice = await ckan.marketSearch({ sort: 'price asc', pageSize: 100 });
    const values = byPrice.items.map((l) => (l.price.model === 'free' ? 0 : l.price.amount));
    const known = values.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(values.slice(known.length).every((v) => v === null)).toBe(true);
    expect(byPrice.items[0]?.price.model).toBe('free');
    expect(byPrice.items.at(-1)?.price.model).toBe('negotiation');
  });

  it('pages by rows and start', async () => {
    const first = await ckan.marketSearch({ pageSize: 10, page: 1, sort: 'title' });
    const second = await ckan.marketSearch({ pageSize: 10, page: 2, sort: 'title' });
    expect(first.items).toHaveLength(10);
    expect(second.items.some((l) => first.items.some((f) => f.id === l.id))).toBe(false);
  });

  it('shows one listing and refuses unknown ids and fields', async () => {
    const listing = await ckan.marketShow(listings[0]!.id);
    expect(listing).toEqual(listings[0]);
    await expect(ckan.marketShow('nope')).rejects.toMatchObject({ kind: 'ckan', status: 404 });
    await expect(ckan.marketSearch({ filters: { secret: ['x'] } })).rejects.toMatchObject({ status: 409 });
  });
});
