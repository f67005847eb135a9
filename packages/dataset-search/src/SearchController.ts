import { isAbortError, type SearchBackend, type SearchResult } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toQuery, type SearchState } from './search-state.js';
import type { Similar } from './similar.js';

export type { Similar } from './similar.js';

export type SearchStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; previous: SearchResult | null }
  | { kind: 'done'; result: SearchResult; state: SearchState; similar: Similar[] }
  | { kind: 'error'; error: unknown };

/**
 * Runs searches for a host. A newer search always wins: it aborts the one in flight, and
 * a response that arrives after a newer search started is dropped, whatever its timing.
 */
export class SearchController implements ReactiveController {
  status: SearchStatus = { kind: 'idle' };
  private inFlight: AbortController | null = null;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The last complete result, kept on screen (dimmed) while the next one loads. */
  get lastResult(): SearchResult | null {
    if (this.status.kind === 'done') return this.status.result;
    if (this.status.kind === 'loading') return this.status.previous;
    return null;
  }

  async search(backend: SearchBackend, state: SearchState, facetFields: readonly string[]): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const generation = ++this.generation;
    this.status = { kind: 'loading', previous: this.lastResult };
    this.host.requestUpdate();
    try {
      const signal = controller.signal;
      // Multi-select facets: a filtered field's counts come from a search without its own
      // filter, so the other values of that field stay selectable (OR within a facet).
      const filtered = facetFields.filter((field) => state.filters[field]?.length);
      const [result, ...own] = await Promise.all([
        backend.packageSearch(toQuery(state, facetFields), { signal }),
        ...filtered.map((field) => {
          const { [field]: _mine, ...others } = state.filters;
          return backend.packageSearch({ ...toQuery({ ...state, filters: others }, [field]), pageSize: 0 }, { signal });
        }),
      ]);
      if (generation !== this.generation) return;
      filtered.forEach((field, i) => {
        const facet = own[i]?.facets[field];
        if (facet) result!.facets[field] = facet;
      });
      await this.countSelected(backend, state, result!, signal);
      if (generation !== this.generation) return;
      const similar = result!.count === 0 ? await this.similar(backend, state.q, signal) : [];
      if (generation !== this.generation) return;
      this.status = { kind: 'done', result: result!, state, similar };
    } catch (error) {
      if (generation !== this.generation || isAbortError(error)) return;
      this.status = { kind: 'error', error };
    } finally {
      if (generation === this.generation) {
        this.inFlight = null;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * A chosen value beyond a facet's top values (an organisation among 992, chosen in the facet search or from the
   * URL) is counted on its own, so that the facet lists it with its real count and name instead of 0 and its id.
   */
  private async countSelected(backend: SearchBackend, state: SearchState, result: SearchResult, signal: AbortSignal) {
    const limit = toQuery(state, []).facetLimit ?? 50;
    await Promise.all(
      Object.entries(state.filters).map(async ([field, chosen]) => {
        const facet = result.facets[field];
        if (!facet || facet.items.length < limit) return;
        const absent = chosen.filter((value) => !facet.items.some((item) => item.name === value));
        if (!absent.length) return;
        const filters = { ...state.filters, [field]: absent };
        const own = await backend.packageSearch(
          { ...toQuery({ ...state, filters }, [field]), pageSize: 0, facetLimit: absent.length },
          { signal },
        );
        facet.items = [...facet.items, ...(own.facets[field]?.items ?? [])];
      }),
    );
  }

  /** Fetched only when a search finds nothing. */
  private async similar(backend: SearchBackend, q: string, signal: AbortSignal): Promise<Similar[]> {
    const { findSimilar } = await import('./similar.js');
    return findSimilar(backend, q, { signal });
  }

  hostDisconnected(): void {
    this.inFlight?.abort();
    this.inFlight = null;
    this.generation++;
  }
}
