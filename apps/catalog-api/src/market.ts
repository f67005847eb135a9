import type { MarketListing } from '@bdw/core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound, validationError } from './errors.js';
import { FqError, parseFq } from './fq.js';
import { normalizeText } from './normalize.js';
import { DATA_DIR } from './paths.js';

/** Data-market listings (demonstration samples, see data/SOURCES.md), searched in memory: there are dozens. */
export function loadListings(file = join(DATA_DIR, 'market-listings.json')): MarketListing[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { listings?: MarketListing[] };
  return data.listings ?? [];
}

const FACETS: Record<string, (l: MarketListing) => string[]> = {
  category: (l) => (l.category ? [l.category] : []),
  price_model: (l) => [l.price.model],
  provider_type: (l) => [l.provider.type],
  format: (l) => l.formats,
};
const MARKET_FIELDS: ReadonlySet<string> = new Set(Object.keys(FACETS));

function priceValue(listing: MarketListing, unknown: number): number {
  if (listing.price.model === 'free') return 0;
  return listing.price.amount ?? unknown;
}

const SORTS: Record<string, (a: MarketListing, b: MarketListing) => number> = {
  'metadata_modified desc': (a, b) => (b.updated ?? '').localeCompare(a.updated ?? ''),
  'views_recent desc': (a, b) => (b.reviewCount ?? 0) - (a.reviewCount ?? 0) || (b.rating ?? 0) - (a.rating ?? 0),
  'title_string asc': (a, b) => a.title.localeCompare(b.title, 'ko'),
  // Free costs 0 (first when cheapest first); a negotiated price is unknown, so last either way.
  'price asc': (a, b) => priceValue(a, Infinity) - priceValue(b, Infinity),
  'price desc': (a, b) => priceValue(b, -Infinity) - priceValue(a, -Infinity),
};

export interface MarketRequest {
  q: string;
  fq: string[];
  sort: string;
  rows: number;
  start: number;
  facetFields: string[];
  facetLimit: number;
}

export function marketSearch(listings: MarketListing[], request: MarketRequest) {
  const filters = new Map<string, string[]>();
  try {
    for (const fq of request.fq) parseFq(fq, MARKET_FIELDS, filters);
  } catch (error) {
    if (error instanceof FqError) throw validationError(`fq: ${error.message}`);
    throw error;
  }
  for (const field of request.facetFields) {
    if (!MARKET_FIELDS.has(field)) throw validationError(`facet.field: cannot facet on "${field}"`);
  }
  const sortKey = request.sort.trim().toLowerCase().replace(/\s+/g, ' ') || 'metadata_modified desc';
  const compare = sortKey === 'score desc, metadata_modified desc' ? SORTS['metadata_modified desc'] : SORTS[sortKey];
  if (!compare) throw validationError(`sort: cannot sort by "${request.sort}"`);
  // Both sides normalised: a query pasted as NFD (macOS) or in full-width forms still matches.
  const words = normalizeText(request.q.trim()).split(/\s+/).filter(Boolean);
  const hits = listings
    .filter((l) => {
      const text = normalizeText([l.title, l.summary, l.provider.name, l.category, ...l.tags].join(' '));
      return words.every((w) => text.includes(w));
    })
    .filter((l) => [...filters].every(([field, values]) => FACETS[field]!(l).some((v) => values.includes(v))))
    .sort(compare);
  const facets: Record<string, Record<string, number>> = {};
  for (const field of request.facetFields) {
    const counts: Record<string, number> = {};
    for (const l of hits) for (const v of FACETS[field]!(l)) counts[v] = (counts[v] ?? 0) + 1;
    const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    facets[field] = Object.fromEntries(request.facetLimit < 0 ? sorted : sorted.slice(0, request.facetLimit));
  }
  return {
    count: hits.length,
    sort: sortKey,
    results: hits.slice(request.start, request.start + request.rows),
    facets,
    search_facets: Object.fromEntries(
      Object.entries(facets).map(([field, counts]) => [
        field,
        {
          title: field,
          items: Object.entries(counts).map(([name, count]) => ({ name, display_name: name, count })),
        },
      ]),
    ),
  };
}

export function marketShow(listings: MarketListing[], id: string): MarketListing {
  const listing = listings.find((l) => l.id === id);
  if (!listing) throw notFound();
  return listing;
}
