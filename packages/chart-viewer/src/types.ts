/** What a column holds, inferred from its values and header, overridable by the page or the user. */
export type ColumnType = 'number' | 'percent' | 'date' | 'period' | 'category';
export const COLUMN_TYPES: readonly ColumnType[] = ['number', 'percent', 'date', 'period', 'category'];

/** A raw cell: text from a CSV, or what a JSON source or the `rows` property held. */
export type Cell = string | number | boolean | null | undefined;

/** A table as loaded: column names and rows of cells in column order. */
export interface Table {
  columns: string[];
  rows: Cell[][];
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
