import { isAbortError } from '@bdw/core';
import type { Cell, DataEngine, EngineField, SortKey, ViewFilters } from '@bdw/core/data';

/** What the table shows: the view's filters, its own search text and its sort. */
export interface TableQuery {
  filters: ViewFilters;
  q: string;
  sort: readonly SortKey[];
}

/** Rows asked of the engine at a time. */
export const PAGE_SIZE = 100;
/** Pages kept; scrolling far away drops the pages farthest from where the person is. */
const KEPT_PAGES = 40;

/**
 * The table's rows, page by page from the engine (`rows({ filters, q, sort, offset, limit })`): never all rows, only
 * the pages around what is on screen. A new query (filters, search, sort, engine) drops every page and aborts the
 * requests of the old one, so a late answer never shows under a newer query.
 */
export class RowPager {
  fields: EngineField[] = [];
  /** Rows matching the query in all; `null` until the first page is in. */
  total: number | null = null;
  /** Why the last request failed (shown with a retry), or `null`. */
  error: unknown = null;
  private engine: DataEngine | null = null;
  private query: TableQuery = { filters: {}, q: '', sort: [] };
  private pages = new Map<number, Cell[][]>();
  /** The previous query's rows, shown (marked busy) until the new query's first page is in: no flash of "loading". */
  private stale: { pages: Map<number, Cell[][]>; total: number } | null = null;
  private readonly pending = new Set<number>();
  private controller = new AbortController();
  private focus = 0;
  /** Pages the table draws now: never dropped. */
  private wanted = new Set<number>();

  constructor(
    private readonly changed: () => void,
    readonly pageSize = PAGE_SIZE,
  ) {}

  /** Starts a new query: the first page is asked at once (it brings the fields and the total). */
  reset(engine: DataEngine | null, query: TableQuery): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.stale = this.total !== null && engine === this.engine ? { pages: this.pages, total: this.total } : null;
    this.pages = new Map();
    this.pending.clear();
    this.engine = engine;
    this.query = query;
    this.total = null;
    this.error = null;
    this.focus = 0;
    this.wanted = new Set([0]);
    if (engine) void this.load(0);
  }

  /** Whether the first page is still on its way (with nothing to show meanwhile). */
  get loading(): boolean {
    return this.engine !== null && this.shownTotal === null && this.error === null;
  }

  /** Whether a new query is on its way while the previous one's rows are shown. */
  get busy(): boolean {
    return this.total === null && this.stale !== null;
  }

  /** The total to draw: the query's, or the previous one's while the new one is on its way. */
  get shownTotal(): number | null {
    return this.total ?? this.stale?.total ?? null;
  }

  /** The cells of row `i`, or `undefined` while its page is on its way. */
  row(i: number): Cell[] | undefined {
    const pages = this.total === null && this.stale ? this.stale.pages : this.pages;
    return pages.get(Math.floor(i / this.pageSize))?.[i % this.pageSize];
  }

  /** The query the rows answer (the CSV download reads the same). */
  get current(): { engine: DataEngine | null; query: TableQuery } {
    return { engine: this.engine, query: this.query };
  }

  /**
   * Asks for the pages holding the given row ranges (`[first, last]`, inclusive) that are neither here nor on their
   * way. These pages are kept; others may be dropped, the farthest first.
   */
  ensure(...ranges: readonly (readonly [number, number])[]): void {
    if (!this.engine || this.total === null || this.error) return;
    const wanted = new Set<number>();
    for (const [first, last] of ranges) {
      const end = Math.min(last, this.total - 1);
      for (let page = Math.floor(Math.max(0, first) / this.pageSize); page * this.pageSize <= end; page++)
        wanted.add(page);
    }
    this.wanted = wanted;
    this.focus = ranges.length ? Math.floor(Math.max(0, ranges[0]![0]) / this.pageSize) : 0;
    for (const page of wanted) if (!this.pages.has(page) && !this.pending.has(page)) void this.load(page);
  }

  /** Asks again after a failure. */
  retry(): void {
    this.reset(this.engine, this.query);
    this.changed();
  }

  dispose(): void {
    this.controller.abort();
    this.engine = null;
  }

  private async load(page: number): Promise<void> {
    const engine = this.engine!;
    const { signal } = this.controller;
    this.pending.add(page);
    try {
      const answer = await engine.rows({
        ...this.query,
        offset: page * this.pageSize,
        limit: this.pageSize,
        signal,
      });
      if (signal.aborted) return;
      this.fields = answer.fields;
      this.total = answer.total;
      this.stale = null;
      this.pages.set(page, answer.rows);
      this.evict();
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.error = error;
      this.stale = null;
    } finally {
      if (!signal.aborted) this.pending.delete(page);
    }
    this.changed();
  }

  private evict(): void {
    if (this.pages.size <= KEPT_PAGES) return;
    const far = [...this.pages.keys()]
      .filter((page) => !this.wanted.has(page))
      .sort((a, b) => Math.abs(b - this.focus) - Math.abs(a - this.focus));
    for (const page of far.slice(0, this.pages.size - KEPT_PAGES)) this.pages.delete(page);
  }
}
