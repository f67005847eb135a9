import { fetchJson, type MarketListing, type MarketSearchResult, type SearchQuery } from '@bdw/core';
import { listingsFromJson, searchListings } from './static-search.js';

const loaded = new Map<string, MarketListing[]>();

/**
 * Listings from a static JSON address (`src`): fetched once per address and searched in
 * the page. Failures are `ApiError`s, like the API's, so the list shows the same states.
 */
export async function loadStaticListings(
  url: string,
  { signal, fetchImpl = globalThis.fetch }: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<MarketListing[]> {
  const cached = loaded.get(url);
  if (cached) return cached;
  const body = await fetchJson(url, { signal, fetch: fetchImpl });
  const listings = listingsFromJson(body);
  loaded.set(url, listings);
  return listings;
}

/** A search over a static JSON catalogue, answering like `CkanClient.marketSearch`. */
export async function staticMarketSearch(
  url: string,
  query: SearchQuery,
  options: { signal?: AbortSignal; fetchImpl?: typeof fetch } = {},
): Promise<MarketSearchResult> {
  const listings = await loadStaticListings(url, options);
  const result = searchListings(listings, query);
  return {
    count: result.count,
    items: result.results,
    facets: result.facets,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 20,
  };
}

/** Forgets fetched catalogues (tests, or a page that knows the file changed). */
export function clearStaticCache(): void {
  loaded.clear();
}
