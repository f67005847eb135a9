/** What a column holds, inferred from its values and header, overridable by the page or the user. */
export type ColumnType = 'number' | 'percent' | 'date' | 'period' | 'category';
export const COLUMN_TYPES: readonly ColumnType[] = ['number', 'percent', 'date', 'period', 'category'];

/** A raw cell: text from a CSV, or what a JSON source or the `rows` property held. */
export type Cell = string | number | boolean | null | undefined;

/** A row as loaded: an array of cells (CSV) or the source's own object (JSON, `rows`, datastore records). */
export type Row = readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * A table as loaded. Object rows are kept as given, not copied into arrays (a million rows set as a
 * property cost no second million), so cells are read through `keys`: column `i` of a row is
 * `row[keys[i]]` (see `cellAt`).
 */
export interface Table {
  columns: string[];
  /** Per column: its index (array rows) or its property name (object rows). */
  keys: readonly (number | string)[];
  rows: readonly Row[];
}

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether the type was set by the page or the user rather than inferred. */
  overridden: boolean;
}

export type ChartType = 'bar' | 'line' | 'area' | 'pie' | 'doughnut' | 'scatter';
export const CHART_TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'pie', 'doughnut', 'scatter'];

export type Aggregation = 'sum' | 'mean' | 'count' | 'min' | 'max' | 'none';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'mean', 'count', 'min', 'max', 'none'];

/** `auto` sorts time and number axes by value and keeps categories in data order. */
export type SortOrder = 'auto' | 'label' | 'value-desc' | 'value-asc' | 'none';
export const SORT_ORDERS: readonly SortOrder[] = ['auto', 'label', 'value-desc', 'value-asc', 'none'];

export interface Series {
  name: string;
  values: (number | null)[];
}

/** Categories on x (aggregated): bar, line, area, pie, doughnut. */
export interface CategoryData {
  kind: 'category';
  xLabel: string;
  yLabel: string;
  labels: string[];
  series: Series[];
  /** Whether the last label is "others" (the rest after top-N). */
  others?: boolean;
  /** Value cells left out because they were empty or a placeholder (`-`, `…`, `x`). */
  missing: number;
  /** Whether x has an order (time, number) so that a trend means something. */
  ordered: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface PointSeries {
  name: string;
  points: Point[];
}

/** Numbers on both axes, one point per row: scatter, and line/area over a numeric x without aggregation. */
export interface PointData {
  kind: 'points';
  xLabel: string;
  yLabel: string;
  series: PointSeries[];
}

export type ChartData = CategoryData | PointData;
