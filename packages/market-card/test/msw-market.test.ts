import { CkanClient, type MarketListing } from '@bdw/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketHandlers, sampleListings } from '../../../tests/msw/market.js';

/** The story/test mock of the market actions, driven by core's real client. */
const server = setupServer(...marketHandlers());
const client = new CkanClient({ baseUrl: 'http://catalog.test' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('tests/msw/market.ts', () => {
  it('answers bdw_market_search in the shape core reads, with facets', async () => {
    const result = await client.marketSearch({ pageSize: 12, facetFields: ['price_model', 'provider_type'] });
    expect(result.count).toBe(sampleListings.length);
    expect(result.items).toHaveLength(12);
    expect(result.pageSize).toBe(12);
    const free = result.facets['price_model']!.items.find((i) => i.name === 'free')!;
    expect(free.count).toBe(sampleListings.filter((l) => l.price.model === 'free').length);
    expect(result.facets['provider_type']!.title).toBe('Provider type');
  });

  it('applies the fq the client builds: OR within a field, AND across fields', async () => {
    const result = await client.marketSearch({
      filters: { price_model: ['free', 'usage'], provider_type: ['company'] },
      pageSize: 100,
    });
    const expected = sampleListings.filter(
      (l: MarketListing) => ['free', 'usage'].includes(l.price.model) && l.provider.type === 'company',
    );
    expect(result.count).toBe(expected.length);
    expect(result.items.every((l) => l.provider.type === 'company')).toBe(true);
  });

  it('sorts by price and pages with start', async () => {
    const first = await client.marketSearch({ sort: 'price desc', pageSize: 3, page: 1 });
    const second = await client.marketSearch({ sort: 'price desc', pageSize: 3, page: 2 });
    const amounts = [...first.items, ...second.items].map((l) => l.price.amount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(first.items[0]!.price.amount).toBe(Math.max(...sampleListings.map((l) => l.price.amount ?? 0)));
  });

  it('shows one listing, and 404s an unknown one as CKAN does', async () => {
    const id = sampleListings[0]!.id;
    expect((await client.marketShow(id)).id).toBe(id);
    await expect(client.marketShow('nope')).rejects.toMatchObject({ kind: 'ckan', status: 404 });
  });
});
