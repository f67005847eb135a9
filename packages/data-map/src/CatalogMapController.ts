import { isAbortError, type CkanClient, type Dataset, type SearchResult } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bdwEvent, type BdwDatasetSelectDetail, type BdwSearchDetail } from './events.js';

export type CatalogStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; previous: SearchResult | null }
  | { kind: 'done'; result: SearchResult }
  | { kind: 'error'; error: unknown };

/** The facets the catalogue map groups datasets by, in order: categories, then providers. */
export const CATALOG_FACETS = ['groups', 'organization'] as const;
export type CatalogFacet = (typeof CATALOG_FACETS)[number];

export interface CatalogStep {
  field: CatalogFacet;
  name: string;
  label: string;
}

/**
 * State of the catalogue map: the path chosen so far (category, provider), the facet counts
 * and datasets for it, and the requests (a newer one aborts the older).
 */
export class CatalogMapController implements ReactiveController {
  status: CatalogStatus = { kind: 'idle' };
  path: CatalogStep[] = [];
  private client: CkanClient | undefined;
  private abort: AbortController | null = null;
  /** Width in px of the catalogue map (0 until measured): the treemap is laid out for it. */
  width = 0;
  private resizeObserver: ResizeObserver | null = null;
  private observed: Element | undefined;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
    this.abort?.abort();
    this.abort = null;
    if (this.status.kind === 'loading') {
      this.status = { kind: 'idle' };
      this.client = undefined;
    }
  }

  /** Ref callback of the catalogue map's element: its width is followed, and the treemap reflows with it. */
  observe = (element: Element | undefined): void => {
    if (element === this.observed) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observed = element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      // Tiles are placed in percent, so they scale with the box anyway; a new layout is worth it when the width
      // changes by more than a scrollbar (which a new layout's height could add and remove, over and over).
      if (this.width && Math.abs(width - this.width) <= 16) return;
      // Next frame: laying out inside the observer's callback would resize what it observes in the same frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.resizeObserver.observe(element);
  };

  /** Called on every host update in catalogue mode: loads when the client changes. */
  update(client: CkanClient | undefined): void {
    if (client === this.client) return;
    this.client = client;
    if (client) void this.load();
  }

  get filters(): Record<string, string[]> {
    return Object.fromEntries(this.path.map((s) => [s.field, [s.name]]));
  }

  /** Facets still to choose from at this step. */
  get openFacets(): CatalogFacet[] {
    return CATALOG_FACETS.filter((f) => !this.path.some((s) => s.field === f));
  }

  get hasClient(): boolean {
    return this.client !== undefined;
  }

  async load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.status = { kind: 'loading', previous: this.status.kind === 'done' ? this.status.result : null };
    this.host.requestUpdate();
    try {
      const result = await client.packageSearch(
        {
          filters: this.filters,
          facetFields: [...CATALOG_FACETS],
          facetLimit: 24,
          pageSize: 10,
          sort: 'views',
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.status = { kind: 'done', result };
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = { kind: 'error', error };
    }
    this.host.requestUpdate();
  }

  /** The user chose a node: narrow to it, tell the page (`bdw-search`), and load the next level. */
  narrow(step: CatalogStep): void {
    this.path = [...this.path.filter((s) => s.field !== step.field), step];
    this.host.dispatchEvent(bdwEvent<BdwSearchDetail>('bdw-search', { query: { filters: this.filters } }));
    void this.load();
  }

  /** Back to a step of the path (0 = the whole catalogue). */
  back(depth: number): void {
    this.path = this.path.slice(0, depth);
    this.host.dispatchEvent(bdwEvent<BdwSearchDetail>('bdw-search', { query: { filters: this.filters } }));
    void this.load();
  }

  selectDataset(dataset: Dataset): void {
    this.host.dispatchEvent(bdwEvent<BdwDatasetSelectDetail>('bdw-dataset-select', { dataset }, true));
  }

  retry = (): void => {
    void this.load();
  };
}
