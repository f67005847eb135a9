import type { MarketListing } from '@bdw/core';
import { filtersFromFq, searchListings } from '../../src/static-search.js';

/**
 * A stand-in for the catalogue API in the browser: replaces `fetch`, records every
 * request, and answers `bdw_market_search` / `bdw_market_show` over the given listings
 * with the API's semantics (fq, sort, rows/start, facets), in CKAN's response shape.
 * (MSW's worker needs a service-worker file; tests/msw/market.ts is the same mock for
 * Storybook.)
 */
export interface ApiStub {
  requests: URL[];
  /** Requests to one action, in order. */
  calls(action: string): URLSearchParams[];
  restore(): void;
}

type Responder = (url: URL, init: RequestInit | undefined) => Promise<Response | undefined> | Response | undefined;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export function searchAnswer(listings: readonly MarketListing[], params: URLSearchParams): Response {
  const rows = Number(params.get('rows') ?? 20);
  const start = Number(params.get('start') ?? 0);
  const all = searchListings(listings, {
    q: params.get('q') ?? '',
    filters: filtersFromFq(params.get('fq')),
    sort: params.get('sort') ?? undefined,
    pageSize: listings.length,
    facetFields: JSON.parse(params.get('facet.field') ?? '[]') as string[],
  });
  const searchFacets = Object.fromEntries(
    Object.entries(all.facets).map(([field, facet]) => [
      field,
      { title: field, items: facet.items.map((i) => ({ name: i.name, display_name: i.displayName, count: i.count })) },
    ]),
  );
  return json({
    success: true,
    result: { count: all.count, results: all.results.slice(start, start + rows), search_facets: searchFacets },
  });
}

/** Waits `ms`, or rejects with the abort reason as fetch does. */
export function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** Answers the market actions over `listings`; `respond` may take over any request first. */
export function stubApi(listings: readonly MarketListing[], respond?: Responder): ApiStub {
  const original = window.fetch;
  const requests: URL[] = [];
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    requests.push(url);
    init?.signal?.throwIfAborted();
    const custom = await respond?.(url, init);
    if (custom) return custom;
    if (url.pathname.endsWith('/bdw_market_search')) return searchAnswer(listings, url.searchParams);
    if (url.pathname.endsWith('/bdw_market_show')) {
      const found = listings.find((l) => l.id === url.searchParams.get('id'));
      return found
        ? json({ success: true, result: found })
        : json({ success: false, error: { __type: 'Not Found Error', message: 'Not found' } }, 404);
    }
    return original(input, init);
  };
  return {
    requests,
    calls: (action) => requests.filter((u) => u.pathname.endsWith(`/${action}`)).map((u) => u.searchParams),
    restore: () => {
      window.fetch = original;
    },
  };
}

/**
 * Resolves when `check` passes (polling): returns without throwing, and returns neither
 * `false`, `null` nor `''`. Fails after `timeout` ms with the last error.
 */
export async function until(check: () => unknown, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  for (;;) {
    try {
      const ok = await check();
      if (ok !== false && ok !== null && ok !== '') return;
    } catch (error) {
      if (performance.now() > end) throw error;
    }
    if (performance.now() > end) throw new Error('until: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
