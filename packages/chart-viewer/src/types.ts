export type { Cell, Column, ColumnType, Row, Table } from '@bdw/core/data';
export { COLUMN_TYPES } from '@bdw/core/data';

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
