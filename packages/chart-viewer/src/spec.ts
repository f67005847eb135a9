import type { ChartSpec } from './aggregate.js';
import { DataError } from './errors.js';
import { parseFilters } from './filter.js';
import {
  AGGREGATIONS,
  CHART_TYPES,
  SORT_ORDERS,
  type Aggregation,
  type ChartType,
  type Column,
  type SortOrder,
} from './types.js';

/** The element's settings that decide what is charted (attributes, or the settings panel). */
export interface ChartSettings {
  type: ChartType;
  x?: string | undefined;
  y?: string | undefined;
  series?: string | undefined;
  agg: Aggregation;
  filter: string;
  top: number;
  sort: SortOrder;
}

/** The x column when none is set: numbers for a scatter, else the first period, date or category column. */
export function defaultX(columns: readonly Column[], type: ChartType): string | undefined {
  const prefer = type === 'scatter' ? ['number'] : ['period', 'date', 'category'];
  for (const wanted of prefer) {
    const column = columns.find((c) => c.type === wanted);
    if (column) return column.name;
  }
  return columns[0]?.name;
}

/** The y column when none is set: the first number or percent column that is not x. */
export function defaultY(columns: readonly Column[], x: string | undefined): string | undefined {
  return columns.find((c) => (c.type === 'number' || c.type === 'percent') && c.name !== x)?.name;
}

/** The x and y columns in use: the ones set, else the defaults (no y when rows are counted). */
export function chosenAxes(settings: ChartSettings, columns: readonly Column[]): { x?: string; y?: string } {
  const x = settings.x || defaultX(columns, settings.type);
  const y = settings.y || (settings.agg === 'count' ? undefined : defaultY(columns, x));
  return { ...(x ? { x } : {}), ...(y ? { y } : {}) };
}

/** The spec to chart, with unknown setting values replaced by defaults; a `DataError` names a missing column. */
export function resolveSpec(settings: ChartSettings, columns: readonly Column[]): ChartSpec | DataError {
  const { x, y } = chosenAxes(settings, columns);
  const names = new Set(columns.map((c) => c.name));
  for (const name of [x, y, settings.series]) {
    if (name && !names.has(name)) return new DataError('column', { column: name });
  }
  return {
    type: CHART_TYPES.includes(settings.type) ? settings.type : 'bar',
    x: x!,
    y,
    series: settings.series || undefined,
    agg: AGGREGATIONS.includes(settings.agg) ? settings.agg : 'sum',
    filters: parseFilters(settings.filter).filters,
    top: settings.top,
    sort: SORT_ORDERS.includes(settings.sort) ? settings.sort : 'auto',
  };
}
