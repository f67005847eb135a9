import type { SearchQuery, SearchSort } from '@bdw/core';
import { normalizeText } from './text/normalize.js';

/** What the user has asked for. Every change that is not a page change goes back to page 1. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

export const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'views', 'title'];
export const PAGE_SIZES = [10, 20, 50] as const;

export function initialState(overrides: Partial<SearchState> = {}): SearchState {
  return { q: '', filters: {}, sort: 'relevance', page: 1, pageSize: 10, ...overrides };
}

/** A new query (NFKC-normalised: text pasted from macOS in NFD is the same query), back to page 1. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: normalizeText(q), page: 1 };
}

/** Adds or removes one value of a facet (values of one facet are OR-ed). */
export function toggleFilter(state: SearchState, field: string, value: string): SearchState {
  const current = state.filters[field] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length) filters[field] = next;
  else delete filters[field];
  return { ...state, filters, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: {}, page: 1 };
}

export function activeFilters(state: SearchState): { field: string; value: string }[] {
  return Object.entries(state.filters).flatMap(([field, values]) => values.map((value) => ({ field, value })));
}

/** The query sent to the backend, asking for counts of the facets shown. */
export function toQuery(state: SearchState, facetFields: readonly string[]): SearchQuery {
  return {
    q: normalizeText(state.q).trim(),
    filters: state.filters,
    // Relevance without words means nothing: show the newest first.
    sort: state.sort === 'relevance' && !state.q.trim() ? 'newest' : state.sort,
    page: state.page,
    pageSize: state.pageSize,
    facetFields,
    facetLimit: 50,
  };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
