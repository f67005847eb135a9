import { isRange, type ViewFilters } from '../filters.js';
import { isTextStorage } from './sql.js';
import type { EngineField, FacetValue, GroupRow, Measure } from './types.js';

/**
 * A filter of several values on one field, asked one value at a time: the rows of different values of a text column
 * are disjoint, so their counts, sums, minima and maxima combine exactly. A person checks 사상구, then adds 북구: the
 * second state asks only for 북구 and reuses the answer for 사상구 (the engine keeps its answers), and the two halves
 * run side by side on the server instead of one query over both.
 */

/** Past this many values one query over all of them is cheaper than one per value. */
export const MAX_SPLIT_VALUES = 8;

/**
 * The field whose values are asked one by one, or `null`: exactly one field filtered by a list of 2 to
 * {@link MAX_SPLIT_VALUES} values, stored as text (numbers written two ways, "1" and "1.0", would match the same rows).
 */
export function splitField(filters: ViewFilters, fields: readonly EngineField[]): string | null {
  const multi = Object.entries(filters).filter(([, value]) => !isRange(value) && value.length > 1);
  if (multi.length !== 1) return null;
  const [name, values] = multi[0]!;
  if ((values as readonly string[]).length > MAX_SPLIT_VALUES) return null;
  return isTextStorage(fields.find((f) => f.id === name)) ? name : null;
}

/** The filter states of each value of `field`. */
export const perValue = (filters: ViewFilters, field: string): ViewFilters[] =>
  (filters[field] as readonly string[]).map((value) => ({ ...filters, [field]: [value] }));

/** Whether each measure combines across disjoint rows (a mean does not, from means alone). */
export const additive = (measures: readonly Measure[]): boolean => measures.every((m) => m.agg !== 'mean');

/** Orders group keys as SQLite's GROUP BY does: numbers by value before text, text by code point. */
function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const [nx, ny] = [x === '' ? NaN : Number(x), y === '' ? NaN : Number(y)];
    if (Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
    if (Number.isFinite(nx) !== Number.isFinite(ny)) return Number.isFinite(nx) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const combine = (agg: Measure['agg'], a: number | null, b: number | null): number | null => {
  if (a === null) return b;
  if (b === null) return a;
  return agg === 'min' ? Math.min(a, b) : agg === 'max' ? Math.max(a, b) : a + b;
};

/** The groups of disjoint parts as one answer, in GROUP BY order. */
export function mergeGroups(parts: readonly GroupRow[][], measures: readonly Measure[]): GroupRow[] {
  const byKey = new Map<string, GroupRow>();
  for (const part of parts)
    for (const row of part) {
      const key = JSON.stringify(row.keys);
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { keys: [...row.keys], values: [...row.values], rows: row.rows });
      else {
        seen.rows += row.rows;
        seen.values = seen.values.map((v, i) => combine(measures[i]!.agg, v, row.values[i] ?? null));
      }
    }
  return [...byKey.values()].sort((a, b) => compareKeys(a.keys, b.keys));
}

/** A facet's complete value lists of disjoint parts as one: counts added, largest first, then by value. */
export function mergeFacets(parts: readonly FacetValue[][], limit: number): { values: FacetValue[]; distinct: number } {
  const counts = new Map<string, number>();
  for (const part of parts) for (const { value, count } of part) counts.set(value, (counts.get(value) ?? 0) + count);
  const values = [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareKeys([a.value], [b.value]));
  return { values: values.slice(0, limit), distinct: values.length };
}
