import type { DataView, Lang } from '@bdw/core';
import { toggleValue, type DataEngine, type EngineField, type ViewFilters } from '@bdw/core/data';

/**
 * The private view of a widget that names its own table (`resource`, `src` or `rows`) outside a `<bdw-view>`:
 * the same interface, so the widget reads its rows one way whether it sits in a view or not.
 */
export class OwnView implements DataView {
  engine: DataEngine | null = null;
  fields: readonly EngineField[] = [];
  filters: ViewFilters = {};
  revision = 0;
  /** Why the table could not be opened. */
  error: unknown = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly lang: Lang) {}

  /** The engine is open; its fields are read before widgets are told. */
  async open(engine: DataEngine): Promise<void> {
    try {
      this.fields = await engine.fields();
      this.engine = engine;
    } catch (error) {
      engine.dispose();
      this.error = error;
    }
    this.notify();
  }

  fail(error: unknown): void {
    this.error = error;
    this.notify();
  }

  setFilters(filters: ViewFilters): void {
    this.filters = filters;
    this.notify();
  }

  toggle(field: string, value: string): void {
    this.setFilters(toggleValue(this.filters, field, value));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.engine?.dispose();
    this.engine = null;
    this.listeners.clear();
  }

  private notify(): void {
    this.revision++;
    for (const listener of [...this.listeners]) listener();
  }
}
