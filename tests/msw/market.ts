/**
 * MSW handlers for the data-market extension actions (`bdw_market_search`,
 * `bdw_market_show`) over the catalogue's own sample listings
 * (`apps/catalog-api/data/market-listings.json`). Search semantics are those of the
 * catalogue API: `fq` filters OR within a field and AND across fields, `sort`, `rows` /
 * `start` paging, facet counts over the filtered listings.
 */
import type { MarketListing } from '@bdw/core';
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import data from '../../apps/catalog-api/data/market-listings.json' with { type: 'json' };
import { filtersFromFq, searchListings } from '../../packages/market-card/src/static-search.js';

const action = (name: string) => `*/api/3/action/${name}`;

/** The catalogue's sample listings, as the API serves them. */
export const sampleListings = data.listings as MarketListing[];

const FACET_TITLES: Record<string, string> = {
  category: 'Category',
  price_model: 'Price model',
  provider_type: 'Provider type',
  format: 'Format',
};

/** The JSON body `bdw_market_search` answers for these query parameters (CKAN's shape). */
export function marketSearchBody(
  listings: readonly MarketListing[],
  params: URLSearchParams,
): { success: true; result: Record<string, unknown> } {
  const rows = Math.min(1000, Math.max(0, Number(params.get('rows') ?? 20) || 0));
  const start = Math.max(0, Number(params.get('start') ?? 0) || 0);
  let facetFields: string[] = [];
  try {
    const parsed: unknown = JSON.parse(params.get('facet.field') ?? '[]');
    if (Array.isArray(parsed)) facetFields = parsed.filter((f): f is string => typeof f === 'string');
  } catch {
    facetFields = [];
  }
  // `start` need not be a multiple of `rows`: page over everything, then cut.
  const all = searchListings(listings, {
    q: params.get('q') ?? '',
    filters: filtersFromFq(params.get('fq')),
    sort: params.get('sort') ?? undefined,
    page: 1,
    pageSize: listings.length,
    facetFields,
  });
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<string, unknown> = {};
  for (const [field, facet] of Object.entries(all.facets)) {
    facets[field] = Object.fromEntries(facet.items.map((item) => [item.name, item.count]));
    searchFacets[field] = {
      title: FACET_TITLES[field] ?? field,
      items: facet.items.map((item) => ({ name: item.name, display_name: item.displayName, count: item.count })),
    };
  }
  return {
    success: true,
    result: {
      count: all.count,
      results: all.results.slice(start, start + rows),
      facets,
      search_facets: searchFacets,
    },
  };
}

const notFound = () =>
  HttpResponse.json(
    { success: false, error: { __type: 'Not Found Error', message: 'Not found: listing' } },
    { status: 404 },
  );

/** Search and show over `listings` (the catalogue's samples by default). */
export function marketHandlers(listings: readonly MarketListing[] = sampleListings): HttpHandler[] {
  return [
    http.get(action('bdw_market_search'), ({ request }) =>
      HttpResponse.json(marketSearchBody(listings, new URL(request.url).searchParams)),
    ),
    http.get(action('bdw_market_show'), ({ request }) => {
      const id = new URL(request.url).searchParams.get('id');
      const found = listings.find((listing) => listing.id === id);
      return found ? HttpResponse.json({ success: true, result: found }) : notFound();
    }),
  ];
}

/** The catalogue's sample listings. */
export const marketApi: HttpHandler[] = marketHandlers();

/** The six sample listings with the longest titles and summaries (real text of the samples): wrapping in the list. */
export const longTextListings: MarketListing[] = [...sampleListings]
  .sort((a, b) => b.title.length + (b.summary?.length ?? 0) - (a.title.length + (a.summary?.length ?? 0)))
  .slice(0, 6);
export const longTextMarket: HttpHandler[] = marketHandlers(longTextListings);

/** No listing matches: the empty state. */
export const emptyMarket: HttpHandler[] = marketHandlers([]);

/** The market actions never answer: the loading state. */
export const loadingMarket: HttpHandler[] = [
  http.get(action('bdw_market_*'), async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
];

/** A proxy in front of the API fails with an HTML 502 page: a retryable error. */
export const serverErrorMarket: HttpHandler[] = [
  http.get(
    action('bdw_market_*'),
    () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
];

/**
 * A placeholder provider logo (a letter on a tile, not any organisation's real logo) at
 * `…/sample-logos/<letter>.svg`: the sample listings carry no logos, stories show one.
 */
export const sampleLogos: HttpHandler[] = [
  http.get('*/sample-logos/:name', ({ params }) => {
    const letter =
      String(params['name'])
        .replace(/\.svg$/, '')
        .slice(0, 1)
        .toUpperCase() || 'B';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0052a4"/><text x="32" y="43" font-size="30" font-family="sans-serif" text-anchor="middle" fill="#fff">${/[A-Z]/.test(letter) ? letter : 'B'}</text></svg>`;
    return new HttpResponse(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  }),
];

/** The sample listings as a static JSON file at `…/market-listings.json` (for `src`). */
export const staticListingsFile: HttpHandler[] = [http.get('*/market-listings.json', () => HttpResponse.json(data))];
