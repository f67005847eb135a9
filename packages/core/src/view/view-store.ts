import { normalizeFilters, sameFilters, toggleValue, type ViewFilters } from '../data/filters.js';
import type { DataEngine, EngineField } from '../data/engine/types.js';
import type { DataView } from './context.js';

/**
 * The state `<bdw-view>` shares: its engine, fields and filters, with listeners. Changes by a person go through
 * `setFilters`/`toggle` and are reported to `onPersonChange` (the element fires `bdw-filter-change` and writes the
 * URL); changes by the page (`replace`) are not.
 */
export class ViewStore implements DataView {
  engine: DataEngine | null = null;
  error: unknown = null;
  fields: readonly EngineField[] = [];
  filters: ViewFilters = normalizeFilters({});
  revision = 0;
  lang = 'ko';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly onPersonChange: (filters: ViewFilters, origin: Element | undefined) => void) {}

  setFilters(filters: ViewFilters, origin?: Element): void {
    if (this.replace(filters)) this.onPersonChange(this.filters, origin);
  }

  toggle(field: string, value: string, origin?: Element): void {
    this.setFilters(toggleValue(this.filters, field, value), origin);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the filters without it counting as a person's change; `false` when they keep the same rows. */
  replace(filters: ViewFilters): boolean {
    const next = normalizeFilters(filters);
    if (sameFilters(next, this.filters)) return false;
    this.filters = next;
    this.changed();
    return true;
  }

  /** A new engine (a new source) and its fields; the filters stay. */
  open(engine: DataEngine | null, fields: readonly EngineField[] = []): void {
    this.engine = engine;
    this.fields = fields;
    this.error = null;
    this.changed();
  }

  /** The table could not be opened: every widget of the view says why. */
  fail(error: unknown): void {
    this.engine = null;
    this.fields = [];
    this.error = error;
    this.changed();
  }

  setLang(lang: string): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.changed();
  }

  private changed(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }
}
