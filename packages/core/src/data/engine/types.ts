import type { Cell, ColumnType } from '../types.js';
import type { ViewFilters } from '../filters.js';

/**
 * The one data engine every widget reads rows through: a CKAN datastore resource (aggregated by the server with
 * `datastore_search_sql`, or in the browser where that action is disabled), a file (CSV/TSV/JSON/GeoJSON) or rows
 * set as a property. Widgets never page, filter or group rows themselves; they ask the engine.
 */

/** A column as the engine knows it: its id, the label people read, and what it holds. */
export interface EngineField {
  id: string;
  /** The data dictionary's label (`info.label`) when the source has one. */
  label?: string;
  /** Inferred from the values (or the dictionary's `type_override`), as the chart types columns. */
  type: ColumnType;
  /** The datastore's storage type (`int`, `float8`, `text`, `timestamp`…), for datastore resources. */
  storage?: string;
}

export interface SortKey {
  field: string;
  desc?: boolean;
}

/** Options every query takes. */
export interface QueryOptions {
  signal?: AbortSignal;
}

export interface RowQuery extends QueryOptions {
  filters?: ViewFilters;
  /** Text search over every column (contains, case-insensitive). */
  q?: string;
  sort?: readonly SortKey[];
  offset?: number;
  limit?: number;
}

export interface RowPage {
  fields: EngineField[];
  /** Rows as cells in the order of `fields`. */
  rows: Cell[][];
  /** Rows matching the filters and `q` in all (not only this page). */
  total: number;
}

export interface FacetQuery extends QueryOptions {
  field: string;
  /**
   * The view's filters. The filter on `field` itself is left out, so that a facet keeps offering the other values
   * of its field (OR within a field, AND across fields).
   */
  filters?: ViewFilters;
  /** Only values containing this text. */
  q?: string;
  /** At most this many values (largest counts first); default 50. */
  limit?: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facet {
  values: FacetValue[];
  /** Distinct values matching `q` under the filters, in all (more than `values.length` when cut by `limit`). */
  distinct: number;
}

export type GroupAgg = 'count' | 'sum' | 'mean' | 'min' | 'max';

export interface Measure {
  /** `null` with `count`: rows are counted. */
  field: string | null;
  agg: GroupAgg;
}

export interface GroupQuery extends QueryOptions {
  /** Group by these fields (one or two: x, then series). */
  by: readonly string[];
  measures: readonly Measure[];
  filters?: ViewFilters;
}

export interface GroupRow {
  /** The group's values of `by`, as text (an empty cell is `''`). */
  keys: string[];
  /** One value per measure; `null` where the group has no values to aggregate. */
  values: (number | null)[];
  /** Rows in the group. */
  rows: number;
}

export interface Range {
  min: number | null;
  max: number | null;
}

/** Where the engine's answers come from, for notes and tests. */
export type EngineMode = 'server' | 'browser';

export interface DataEngine {
  /** `server`: the datastore aggregates (`datastore_search_sql`); `browser`: rows are held and queried here. */
  readonly mode: EngineMode;
  fields(options?: QueryOptions): Promise<EngineField[]>;
  rows(query: RowQuery): Promise<RowPage>;
  facet(query: FacetQuery): Promise<Facet>;
  group(query: GroupQuery): Promise<GroupRow[]>;
  /** The smallest and largest value of a number, date or period column under the filters (its own left out). */
  range(field: string, filters?: ViewFilters, options?: QueryOptions): Promise<Range>;
  /** Stops the engine's worker and pending requests. */
  dispose(): void;
}
