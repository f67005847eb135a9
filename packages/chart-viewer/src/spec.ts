import type { ChartSpec } from './aggregate.js';
import { chooseSettings, parseColumnList, type ChartSettings, type Choice, type RequestedSettings } from './choose.js';
import { DataError } from '@bdw/core/data';
import { parseFilters } from './filter.js';
import { profileTable } from './profile.js';
import { AGGREGATIONS, CHART_TYPES, SORT_ORDERS, type Column, type Table } from './types.js';

export type { ChartSettings, RequestedSettings } from './choose.js';

/** Unknown values of a requested setting (a typo in an attribute or a pasted `settings`) count as not given. */
export function cleanRequest(requested: RequestedSettings): RequestedSettings {
  const known = <T>(value: T | undefined, allowed: readonly T[]) =>
    value !== undefined && allowed.includes(value) ? value : undefined;
  const top = requested.top;
  return {
    ...requested,
    type: known(requested.type, CHART_TYPES),
    agg: known(requested.agg, AGGREGATIONS),
    sort: known(requested.sort, SORT_ORDERS),
    top: typeof top === 'number' && Number.isFinite(top) && top >= 0 ? Math.floor(top) : undefined,
    y: parseColumnList(requested.y),
    x: requested.x || undefined,
    series: requested.series || undefined,
  };
}

/** The effective settings of a table: what was asked for, the rest chosen from the columns (see `choose.ts`). */
export function effectiveSettings(table: Table, columns: readonly Column[], requested: RequestedSettings): Choice {
  return chooseSettings(profileTable(table, columns), cleanRequest(requested));
}

/** The spec to chart from effective settings; a `DataError` names a missing column. */
export function resolveSpec(settings: ChartSettings, columns: readonly Column[]): ChartSpec | DataError {
  const names = new Set(columns.map((c) => c.name));
  for (const name of [settings.x, ...settings.y, settings.series]) {
    if (name && !names.has(name)) return new DataError('column', { column: name });
  }
  if (!settings.x) return new DataError('column', { column: '' });
  return {
    type: settings.type,
    x: settings.x,
    ys: settings.y,
    series: settings.series || undefined,
    agg: settings.agg,
    filters: parseFilters(settings.filter).filters,
    top: settings.top,
    sort: settings.sort,
  };
}
