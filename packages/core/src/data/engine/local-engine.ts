import type { Table } from '../types.js';
import type { ColumnType } from '../types.js';
import type { ViewFilters } from '../filters.js';
import { LocalTable } from './local-query.js';
import type {
  DataEngine,
  EngineField,
  EngineMode,
  Facet,
  FacetQuery,
  GroupQuery,
  GroupRow,
  Range,
  RowPage,
  RowQuery,
} from './types.js';

/**
 * The engine over a table held on the page: rows set as a property, and small files. (Large files are held by the
 * engine's worker instead; datastore resources by the server.)
 */
export class LocalEngine implements DataEngine {
  readonly mode: EngineMode = 'browser';
  private readonly local: LocalTable;

  constructor(table: Table, known: Record<string, ColumnType> = {}, labels: Record<string, string> = {}) {
    this.local = new LocalTable(table, known, labels);
  }

  /** The held table (the chart's own pipeline reads it whole). */
  get table(): Table {
    return this.local.table;
  }

  fields(): Promise<EngineField[]> {
    return Promise.resolve(this.local.fields);
  }

  rows(query: RowQuery): Promise<RowPage> {
    return answer(query.signal, () => this.local.rows(query));
  }

  facet(query: FacetQuery): Promise<Facet> {
    return answer(query.signal, () => this.local.facet(query));
  }

  group(query: GroupQuery): Promise<GroupRow[]> {
    return answer(query.signal, () => this.local.group(query));
  }

  range(field: string, filters?: ViewFilters, options: { signal?: AbortSignal } = {}): Promise<Range> {
    return answer(options.signal, () => this.local.range(field, filters));
  }

  dispose(): void {}
}

function answer<T>(signal: AbortSignal | undefined, run: () => T): Promise<T> {
  try {
    signal?.throwIfAborted();
    return Promise.resolve(run());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
