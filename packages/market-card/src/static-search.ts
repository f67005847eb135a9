import { ckanSort, normalizeListing, type FacetField, type MarketListing, type SearchQuery } from '@bdw/core';
import { priceSortValue } from './price.js';

/**
 * Search over listings held in memory: a static JSON catalogue (`src`), and the mock
 * of `bdw_market_search` in stories and tests. Same semantics as the API: filters OR
 * within a field and AND across fields, facets counted over the filtered listings.
 */

export interface StaticSearchResult {
  count: number;
  results: MarketListing[];
  facets: Record<string, FacetField>;
}

/** The value(s) of a filter field on a listing. */
export function fieldValues(listing: MarketListing, field: string): string[] {
  switch (field) {
    case 'category':
      return listing.category ? [listing.category] : [];
    case 'price_model':
      return [listing.price.model];
    case 'provider_type':
      return [listing.provider.type];
    case 'format':
    case 'res_format':
      return listing.formats;
    case 'tags':
      return listing.tags;
    default:
      return [];
  }
}

/**
 * Both sides of a comparison in one form: NFKC (a query pasted from macOS is NFD, `해운대` as `ᄒ ᅢ …`; full-width
 * `ＣＳＶ`) and lower case. NFKC also maps typed compatibility jamo to conjoining ones, the same on both sides.
 */
export const fold = (text: string): string => text.normalize('NFKC').toLocaleLowerCase();

function matchesText(listing: MarketListing, q: string): boolean {
  const haystack = fold(
    [listing.title, listing.summary, listing.provider.name, listing.category, ...listing.tags].join('\n'),
  );
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}

function matches(listing: MarketListing, filters: SearchQuery['filters'], except?: string): boolean {
  return Object.entries(filters ?? {}).every(([field, values]) => {
    if (field === except || values.length === 0) return true;
    const own = fieldValues(listing, field).map(fold);
    return values.some((value) => own.includes(fold(value)));
  });
}

const time = (listing: MarketListing) => (listing.updated ? Date.parse(listing.updated) || 0 : 0);

/** Unknowns (negotiated prices, missing dates) last, whatever the direction. */
function compareNullable(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a - b) * direction;
}

/**
 * Orders by a CKAN sort (`metadata_modified desc`, `views_recent desc`, `title_string asc`,
 * `price asc|desc`) or a friendly name (`newest`, `views`, `title`). Popular means most
 * reviewed, then best rated. Ties keep the newest first.
 */
export function sortListings(listings: readonly MarketListing[], sort: string | undefined): MarketListing[] {
  const key = (ckanSort(sort) ?? 'metadata_modified desc').split(',')[0]!.trim().toLowerCase();
  const newest = (a: MarketListing, b: MarketListing) => time(b) - time(a);
  const compare: (a: MarketListing, b: MarketListing) => number =
    key === 'price asc' || key === 'price desc'
      ? (a, b) => compareNullable(priceSortValue(a.price), priceSortValue(b.price), key === 'price asc' ? 1 : -1)
      : key === 'views_recent desc' || key === 'views desc'
        ? (a, b) => compareNullable(a.reviewCount, b.reviewCount, -1) || compareNullable(a.rating, b.rating, -1)
        : key.startsWith('title')
          ? (a, b) => a.title.localeCompare(b.title, 'ko') * (key.endsWith('desc') ? -1 : 1)
          : key === 'metadata_modified asc'
            ? (a, b) => -newest(a, b)
            : () => 0;
  return [...listings].sort((a, b) => compare(a, b) || newest(a, b) || a.id.localeCompare(b.id));
}

/** Counts of each value of `field` over `listings`, largest first. */
function facet(listings: readonly MarketListing[], field: string, limit: number): FacetField {
  const counts = new Map<string, number>();
  for (const listing of listings) {
    for (const value of new Set(fieldValues(listing, field))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const items = [...counts]
    .map(([name, count]) => ({ name, displayName: name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ko'))
    .slice(0, limit);
  return { field, title: field, items };
}

/** One page of the listings matching a query, with the total and facet counts. */
export function searchListings(listings: readonly MarketListing[], query: SearchQuery): StaticSearchResult {
  const q = query.q?.trim() ?? '';
  const found = listings.filter((l) => matches(l, query.filters) && (!q || matchesText(l, q)));
  const pageSize = Math.max(0, Math.floor(query.pageSize ?? 20));
  const start = (Math.max(1, Math.floor(query.page ?? 1)) - 1) * pageSize;
  const facets: Record<string, FacetField> = {};
  for (const field of query.facetFields ?? []) facets[field] = facet(found, field, query.facetLimit ?? 50);
  return { count: found.length, results: sortListings(found, query.sort).slice(start, start + pageSize), facets };
}

/**
 * The listings of a static JSON document: an array of listings, `{ "listings": [...] }`
 * (the catalogue's data file), or a CKAN answer (`{ "result": { "results": [...] } }`).
 * Every listing is normalised; anything else gives no listings.
 */
export function listingsFromJson(body: unknown): MarketListing[] {
  const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  let raw: unknown = body;
  if (record(raw) && !Array.isArray(raw)) {
    const result = raw['result'];
    raw = Array.isArray(raw['listings'])
      ? raw['listings']
      : record(result) && Array.isArray(result['results'])
        ? result['results']
        : [];
  }
  return (Array.isArray(raw) ? raw : []).filter(record).map(normalizeListing);
}

const FQ_TERM = /([A-Za-z_][\w.-]*):(\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)|"(?:[^"\\]|\\.)*"|[^\s()"]+)/g;
const FQ_VALUE = /"((?:[^"\\]|\\.)*)"|([^\s()"]+)/g;

/**
 * Reads a CKAN `fq` as core's `buildFq` writes it back into filters:
 * `price_model:("free" OR "usage") AND category:"교통"` →
 * `{ price_model: ['free', 'usage'], category: ['교통'] }`. Unquoted values are accepted.
 */
export function filtersFromFq(fq: string | null | undefined): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [, field, expression] of (fq ?? '').matchAll(FQ_TERM)) {
    const values: string[] = [];
    for (const [, quoted, bare] of expression!.matchAll(FQ_VALUE)) {
      const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : bare!;
      if (value !== 'OR' || quoted !== undefined) values.push(value);
    }
    filters[field!] = [...(filters[field!] ?? []), ...values];
  }
  return filters;
}
