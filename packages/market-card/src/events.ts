import type { MarketListing } from '@bdw/core';
import type { FilterName, MarketSort } from './filter-state.js';

/** What a person asked for on a listing. */
export type MarketRequestKind = 'inquiry' | 'sample';

export interface MarketRequestDetail {
  listing: MarketListing;
  kind: MarketRequestKind;
}

/** The list's state after a person changed a filter, the sort or the page. */
export interface MarketChangeDetail {
  filters: Record<FilterName, string[]>;
  sort: MarketSort;
  page: number;
}

export type MarketRequestEvent = CustomEvent<MarketRequestDetail>;
export type MarketChangeEvent = CustomEvent<MarketChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'bdw-market-request': MarketRequestEvent;
    'bdw-market-change': MarketChangeEvent;
  }
}
