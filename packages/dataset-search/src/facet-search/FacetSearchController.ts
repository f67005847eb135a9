import { isAbortError, type FacetItem, type SearchBackend, type SearchQuery } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { FacetItemView } from '../render/facets.js';
import { findFacetValues, type FacetMatch } from './find-values.js';
import { renderMatches, type FacetSearchWords } from './render-matches.js';

export type { FacetSearchWords } from './render-matches.js';

export type { FacetMatch } from './find-values.js';

/** What the facet search of one field shows. */
export type FacetSearchStatus =
  | { kind: 'loading'; text: string; previous: FacetMatch[] | null }
  | { kind: 'done'; text: string; matches: FacetMatch[] }
  | { kind: 'error'; text: string; error: unknown };

interface Run {
  status: FacetSearchStatus;
  timer?: ReturnType<typeof setTimeout>;
  inFlight?: AbortController;
  retry: () => void;
}

/**
 * "Search inside a facet" for a host: per field, debounced, aborting the request in flight, and dropping any
 * answer but the one for the latest text and search state. Loaded with the first keystroke in a facet search box.
 */
export class FacetSearchController implements ReactiveController {
  private readonly runs = new Map<string, Run>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 200,
  ) {
    host.addController(this);
  }

  /** The status of a field's facet search; `undefined` when its box is empty. */
  status(field: string): FacetSearchStatus | undefined {
    return this.runs.get(field)?.status;
  }

  /**
   * Searches `field` for `text` (normalised: `normalizeText`) under `query` (the current search without the
   * field's own filter) after the debounce, or at once with `immediate`. An empty text ends the field's search.
   * `loaded` are the facet's values on screen, matched in the browser too.
   */
  request(
    backend: SearchBackend | undefined,
    field: string,
    text: string,
    query: SearchQuery,
    loaded: readonly FacetItem[],
    immediate = false,
  ): void {
    const previous = this.runs.get(field);
    clearTimeout(previous?.timer);
    previous?.inFlight?.abort();
    if (!backend || !text.trim()) {
      this.runs.delete(field);
      this.host.requestUpdate();
      return;
    }
    const old = previous?.status;
    const run: Run = {
      status: {
        kind: 'loading',
        text,
        previous: old?.kind === 'done' ? old.matches : old?.kind === 'loading' ? old.previous : null,
      },
      retry: () => this.request(backend, field, text, query, loaded, true),
    };
    this.runs.set(field, run);
    this.host.requestUpdate();
    const start = async () => {
      const controller = new AbortController();
      run.inFlight = controller;
      try {
        const matches = await findFacetValues(backend, field, text, { query, loaded, signal: controller.signal });
        if (this.runs.get(field) === run) run.status = { kind: 'done', text, matches };
      } catch (error) {
        if (isAbortError(error) || this.runs.get(field) !== run) return;
        run.status = { kind: 'error', text, error };
      }
      this.host.requestUpdate();
    };
    if (immediate) void start();
    else run.timer = setTimeout(() => void start(), this.delayMs);
  }

  /** The matches of `field` (or its error), drawn with the facet's `item` checkboxes; `undefined` when idle. */
  render(field: string, id: string, words: FacetSearchWords, item: (item: FacetItemView) => TemplateResult) {
    const status = this.status(field);
    return status && renderMatches(status, field, id, words, item, () => this.retry(field));
  }

  /** Tries a failed search again. */
  retry(field: string): void {
    this.runs.get(field)?.retry();
  }

  /** Fields whose search box has text, with that text: to search again when the query or other filters change. */
  active(): [field: string, text: string][] {
    return [...this.runs].map(([field, run]) => [field, run.status.text]);
  }

  hostDisconnected(): void {
    for (const run of this.runs.values()) {
      clearTimeout(run.timer);
      run.inFlight?.abort();
    }
    this.runs.clear();
  }
}
