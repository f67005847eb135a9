import type { FacetField, PriceModel, SearchQuery } from '@bdw/core';

/** The list's sort choices. */
export type MarketSort = 'newest' | 'popular' | 'price-asc' | 'price-desc';
export const MARKET_SORTS: readonly MarketSort[] = ['newest', 'popular', 'price-asc', 'price-desc'];

/** The filters a person can set, by the list's property names. */
export interface MarketFilters {
  category: readonly string[];
  priceModel: readonly string[];
  providerType: readonly string[];
  format: readonly string[];
}
export type FilterName = keyof MarketFilters;
export const FILTER_NAMES: readonly FilterName[] = ['category', 'priceModel', 'providerType', 'format'];

/** The `bdw_market_search` field each filter sends in `fq`. */
export const FILTER_FIELDS: Record<FilterName, string> = {
  category: 'category',
  priceModel: 'price_model',
  providerType: 'provider_type',
  format: 'format',
};

export const PRICE_MODELS: readonly PriceModel[] = ['free', 'negotiation', 'subscription', 'one-off', 'usage'];
export const PROVIDER_TYPES = ['public', 'company'] as const;

/**
 * The sort sent to the API: friendly names for core's `ckanSort` (`newest` →
 * `metadata_modified desc`, `views` → `views_recent desc`), price sorts as they are.
 */
export function sortParam(sort: MarketSort): string {
  switch (sort) {
    case 'popular':
      return 'views';
    case 'price-asc':
      return 'price asc';
    case 'price-desc':
      return 'price desc';
    default:
      return 'newest';
  }
}

/** An unknown sort (a typo in an attribute) falls back to newest. */
export function toSort(value: string | null | undefined): MarketSort {
  return MARKET_SORTS.includes(value as MarketSort) ? (value as MarketSort) : 'newest';
}

/** Comma-separated attribute ↔ list: `"free, usage"` ↔ `['free', 'usage']`. */
export function parseList(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}
export function formatList(values: readonly string[]): string | null {
  return values.length ? values.join(',') : null;
}

export const FACET_FIELDS: readonly string[] = FILTER_NAMES.map((name) => FILTER_FIELDS[name]);

/** The `marketSearch` query for the list's state; pages are 1-based. */
export function toSearchQuery(state: {
  filters: MarketFilters;
  sort: MarketSort;
  page: number;
  pageSize: number;
  q?: string;
}): SearchQuery {
  const filters: Record<string, readonly string[]> = {};
  for (const name of FILTER_NAMES) {
    if (state.filters[name].length) filters[FILTER_FIELDS[name]] = state.filters[name];
  }
  const query: SearchQuery = {
    filters,
    sort: sortParam(state.sort),
    page: Math.max(1, Math.floor(state.page) || 1),
    pageSize: Math.max(1, Math.floor(state.pageSize) || 1),
    facetFields: FACET_FIELDS,
  };
  if (state.q?.trim()) query.q = state.q.trim();
  return query;
}

/** `values` with `value` added (`on`) or removed, keeping order. */
export function toggleValue(values: readonly string[], value: string, on: boolean): string[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

export function hasFilters(filters: MarketFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

/** Pages of `count` results, at least 1. */
export function pageCount(count: number, pageSize: number): number {
  if (!(pageSize > 0) || !(count > 0) || !Number.isFinite(count)) return 1;
  return Math.ceil(count / pageSize);
}

/**
 * The page buttons to offer: first, last, and a window around the current page, with
 * `null` for a gap. Never a page beyond the total: `pageWindow(5, 10)` →
 * `[1, null, 4, 5, 6, null, 10]`.
 */
export function pageWindow(current: number, total: number, radius = 1): (number | null)[] {
  // Only the pages to show are visited, so 1e15 pages cost as little as 10 (no loop over every page).
  const last = Number.isFinite(total) ? Math.max(1, Math.floor(total)) : 1;
  const page = Number.isFinite(current) ? Math.min(Math.max(1, Math.floor(current)), last) : 1;
  const wanted = [1, ...Array.from({ length: 2 * radius + 1 }, (_, i) => page - radius + i), last];
  const shown = [...new Set(wanted.filter((p) => p >= 1 && p <= last))].sort((a, b) => a - b);
  const pages: (number | null)[] = [];
  for (const p of shown) {
    const previous = pages[pages.length - 1];
    if (typeof previous === 'number' && p > previous + 1) pages.push(null);
    pages.push(p);
  }
  return pages;
}

export interface FilterOption {
  value: string;
  count: number | null;
}

/**
 * The choices of one filter: every value seen so far (so that choosing one does not hide
 * the others, as facets of a filtered search would), the selected ones, and the counts of
 * the current answer where it has them. Fixed vocabularies (price models, provider
 * types) are always offered, in their own order. Counts are given only while nothing of this
 * field is selected.
 */
export function filterOptions(
  name: FilterName,
  known: readonly string[],
  facet: FacetField | undefined,
  selected: readonly string[],
): FilterOption[] {
  const counts = new Map((facet?.items ?? []).map((item) => [item.name, item.count]));
  const fixed: readonly string[] | null =
    name === 'priceModel' ? PRICE_MODELS : name === 'providerType' ? PROVIDER_TYPES : null;
  const values = fixed
    ? [...fixed, ...selected.filter((v) => !fixed.includes(v))]
    : [...new Set([...known, ...counts.keys(), ...selected])].sort((a, b) => a.localeCompare(b, 'ko'));
  // Facets count within the current filters; once a value of this field is chosen they no
  // longer say what choosing another (OR) would add, so they are not shown.
  const showCounts = facet !== undefined && selected.length === 0;
  return values.map((value) => ({ value, count: showCounts ? (counts.get(value) ?? 0) : null }));
}

/** The values of each filter field seen in a facet answer, added to those seen before. */
export function mergeKnownValues(
  known: Readonly<Record<FilterName, readonly string[]>>,
  facets: Record<string, FacetField>,
): Record<FilterName, string[]> {
  const next = {} as Record<FilterName, string[]>;
  for (const name of FILTER_NAMES) {
    const items = facets[FILTER_FIELDS[name]]?.items ?? [];
    next[name] = [...new Set([...known[name], ...items.map((item) => item.name).filter(Boolean)])];
  }
  return next;
}
