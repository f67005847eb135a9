import { calendarRank, hasCalendarOrder } from './calendar-order.js';
import { rowPredicate, type Filter } from './filter.js';
import { cellAt } from '@bdw/core/data';
import { cellText, coerce, isOrdered, type NumberReading } from '@bdw/core/data';
import type {
  Aggregation,
  CategoryData,
  ChartData,
  ChartType,
  Column,
  Point,
  PointData,
  PointSeries,
  Row,
  Series,
  SortOrder,
  Table,
} from './types.js';

export interface ChartSpec {
  type: ChartType;
  x: string;
  /** The measured columns (one series each); empty: rows are counted. */
  ys: readonly string[];
  /** One series per value of this column. */
  series?: string | undefined;
  agg: Aggregation;
  filters?: readonly Filter[];
  /** Keep the N largest categories and add the rest up as "others" (0 keeps all). */
  top?: number;
  sort?: SortOrder;
  /** `-` in a number column means zero (the source says so), not a missing value. */
  dashZero?: boolean;
}

export interface AggregateLabels {
  others: string;
  blank: string;
  count: string;
  /** What several value columns are called together on the axis (값). */
  values?: string;
  /** Labels of columns (`info.label`, the `labels` attribute): shown instead of field names. */
  columns?: Readonly<Record<string, string>>;
}

const DEFAULT_LABELS: AggregateLabels = { others: '기타', blank: '(빈 값)', count: '건수', values: '값' };

/** Running sum, count, min and max of one group, so that groups (top-N "others") merge exactly. */
export interface Accumulator {
  sum: number;
  count: number;
  min: number;
  max: number;
  rows: number;
}

const newAcc = (): Accumulator => ({ sum: 0, count: 0, min: Infinity, max: -Infinity, rows: 0 });

function merge(into: Accumulator, from: Accumulator): void {
  into.sum += from.sum;
  into.count += from.count;
  into.rows += from.rows;
  into.min = Math.min(into.min, from.min);
  into.max = Math.max(into.max, from.max);
}

/** The value of a group under an aggregation; `null` when it has no values to aggregate. */
export function accValue(acc: Accumulator | undefined, agg: Aggregation): number | null {
  if (!acc) return agg === 'count' ? 0 : null;
  if (agg === 'count') return acc.rows;
  if (acc.count === 0) return null;
  switch (agg) {
    case 'mean':
      return acc.sum / acc.count;
    case 'min':
      return acc.min;
    case 'max':
      return acc.max;
    default:
      return acc.sum;
  }
}

/** Whether a spec draws one point per row (numbers on x) rather than aggregated categories. */
export function usesPoints(spec: ChartSpec, xType: Column['type'] | undefined): boolean {
  const numericX = xType === 'number' || xType === 'percent' || xType === 'date';
  const measured = spec.ys.length > 0 && spec.agg !== 'count';
  if (spec.type === 'scatter') return numericX && measured;
  return (spec.type === 'line' || spec.type === 'area') && spec.agg === 'none' && numericX && measured;
}

const collator = new Intl.Collator('ko', { numeric: true });

/** Turns a table into what is charted: aggregated categories or points. Pure; the table is not changed. */
export function buildChartData(
  table: Table,
  columns: readonly Column[],
  spec: ChartSpec,
  labels: AggregateLabels = DEFAULT_LABELS,
): ChartData {
  const xIndex = table.columns.indexOf(spec.x);
  const xColumn = columns[xIndex];
  if (xIndex < 0 || !xColumn) throw new RangeError(`Unknown column "${spec.x}"`);
  const yIndexes = spec.ys.map((y) => {
    const index = table.columns.indexOf(y);
    if (index < 0) throw new RangeError(`Unknown column "${y}"`);
    return index;
  });
  const sIndex = spec.series ? table.columns.indexOf(spec.series) : -1;
  if (spec.series && sIndex < 0) throw new RangeError(`Unknown column "${spec.series}"`);
  const label = (name: string) => labels.columns?.[name] || name;
  const keep = rowPredicate(spec.filters ?? [], columns, table.keys);
  const reading = { dashZero: !!spec.dashZero };
  const xKey = table.keys[xIndex]!;
  const sKey = sIndex >= 0 ? table.keys[sIndex]! : undefined;
  const measures = yIndexes.map((index) => ({
    key: table.keys[index]!,
    type: columns[index]!.type,
    name: label(table.columns[index]!),
  }));
  if (usesPoints(spec, xColumn.type))
    return buildPoints(table.rows, { xKey, sKey, xType: xColumn.type, keep, measures, reading }, label(spec.x));

  const agg: Aggregation = measures.length > 0 ? spec.agg : 'count';
  const groups = new Map<
    string,
    { label: string; key: number | null; first: number; accs: Map<string, Accumulator> }
  >();
  const seriesNames = new Map<string, number>();
  const several = measures.length > 1;
  // Counting rows: one pseudo-measure without a column.
  const targets = measures.length > 0 ? measures : [{ key: undefined, type: 'number' as const, name: labels.count }];
  let missing = 0;
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (keep && !keep(row)) continue;
    const xCell = cellAt(row, xKey);
    const xText = cellText(xCell) || labels.blank;
    const seriesValue = sKey !== undefined ? cellText(cellAt(row, sKey)) || labels.blank : undefined;
    let group = groups.get(xText);
    if (!group) {
      const key = coerce(xCell, xColumn.type);
      group = { label: xText, key: typeof key === 'number' ? key : null, first: r, accs: new Map() };
      groups.set(xText, group);
    }
    for (const target of targets) {
      const name = seriesValue === undefined ? target.name : several ? `${seriesValue} · ${target.name}` : seriesValue;
      if (!seriesNames.has(name)) seriesNames.set(name, seriesNames.size);
      let acc = group.accs.get(name);
      if (!acc) group.accs.set(name, (acc = newAcc()));
      if (target.key === undefined) {
        acc.rows++;
        continue;
      }
      const value = coerce(cellAt(row, target.key), target.type, reading);
      if (typeof value === 'number') {
        acc.sum += value;
        acc.count++;
        if (value < acc.min) acc.min = value;
        if (value > acc.max) acc.max = value;
        acc.rows++;
      } else if (value !== null && agg === 'count') acc.rows++;
      else missing++;
    }
  }

  const names = [...seriesNames.keys()];
  const total = (accs: Map<string, Accumulator>) =>
    names.reduce((sum, name) => sum + Math.abs(accValue(accs.get(name), agg) ?? 0), 0);
  let ordered = [...groups.values()];
  const orderedType = isOrdered(xColumn.type);
  const sort = spec.sort ?? 'auto';
  const byKey = (a: (typeof ordered)[number], b: (typeof ordered)[number]) =>
    a.key !== null && b.key !== null ? a.key - b.key : a.key !== null ? -1 : b.key !== null ? 1 : a.first - b.first;
  if (sort === 'value-desc') ordered.sort((a, b) => total(b.accs) - total(a.accs) || a.first - b.first);
  else if (sort === 'value-asc') ordered.sort((a, b) => total(a.accs) - total(b.accs) || a.first - b.first);
  else if (sort === 'label') ordered.sort(orderedType ? byKey : (a, b) => collator.compare(a.label, b.label));
  else if (sort === 'auto' && orderedType) ordered.sort(byKey);
  else if (sort === 'auto' && hasCalendarOrder(ordered.map((g) => g.label)))
    ordered.sort((a, b) => calendarRank(a.label)! - calendarRank(b.label)!);

  const top = Math.floor(spec.top ?? 0);
  let others: Map<string, Accumulator> | null = null;
  if (top > 0 && ordered.length > top) {
    const ranked = [...ordered].sort((a, b) => total(b.accs) - total(a.accs) || a.first - b.first);
    const kept = new Set(ranked.slice(0, top));
    others = new Map();
    for (const group of ordered) {
      if (kept.has(group)) continue;
      for (const [name, acc] of group.accs) {
        let into = others.get(name);
        if (!into) others.set(name, (into = newAcc()));
        merge(into, acc);
      }
    }
    ordered = ordered.filter((g) => kept.has(g));
  }

  const series: Series[] = names.map((name) => ({
    name,
    values: [
      ...ordered.map((g) => accValue(g.accs.get(name), agg)),
      ...(others ? [accValue(others.get(name), agg)] : []),
    ],
  }));
  const inOrder = orderedType && !others && (sort === 'auto' || sort === 'label');
  let categoryLabels = [...ordered.map((g) => g.label), ...(others ? [labels.others] : [])];
  const time = xColumn.type === 'period' || xColumn.type === 'date';
  if (inOrder && time && agg !== 'count') {
    // A time axis starts at the first period with a value and ends at the last (1925–1960 are empty).
    const has = (i: number) => series.some((s) => s.values[i] !== null);
    let from = 0;
    let to = categoryLabels.length;
    while (from < to && !has(from)) from++;
    while (to > from && !has(to - 1)) to--;
    categoryLabels = categoryLabels.slice(from, to);
    for (const s of series) s.values = s.values.slice(from, to);
  }
  return {
    kind: 'category',
    xLabel: label(spec.x),
    yLabel: agg === 'count' ? labels.count : several ? (labels.values ?? '') : measures[0]!.name,
    missing,
    others: !!others,
    labels: categoryLabels,
    series,
    ordered: inOrder,
  } satisfies CategoryData;
}

interface PointColumns {
  xKey: number | string;
  /** One series per value of this column (per measure), or one series per measure. */
  sKey: number | string | undefined;
  xType: Column['type'];
  measures: readonly { key: number | string; type: Column['type']; name: string }[];
  keep: ((row: Row) => boolean) | null;
  reading: NumberReading;
}

/**
 * One point per row. This is the path of big line and scatter charts (a million rows set as a
 * property), so it allocates nothing but the points: plain numbers are taken as they are, only
 * text is parsed.
 */
function buildPoints(rows: readonly Row[], c: PointColumns, xLabel: string): PointData {
  const series: PointSeries[] = [];
  for (const measure of c.measures) {
    const bySeries = new Map<string, Point[]>();
    const single: Point[] = [];
    const plain = c.xType === 'number' && measure.type === 'number';
    const yKey = measure.key;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Record<number | string, unknown>;
      if (c.keep && !c.keep(row)) continue;
      const xc = row[c.xKey];
      const yc = row[yKey];
      const x = plain && typeof xc === 'number' ? xc : (coerce(cellAt(row, c.xKey), c.xType) as number | null);
      const y =
        plain && typeof yc === 'number' ? yc : (coerce(cellAt(row, yKey), measure.type, c.reading) as number | null);
      if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (c.sKey === undefined) single.push({ x, y });
      else {
        const name = cellText(cellAt(row, c.sKey));
        let points = bySeries.get(name);
        if (!points) bySeries.set(name, (points = []));
        points.push({ x, y });
      }
    }
    const several = c.measures.length > 1;
    if (c.sKey === undefined) series.push({ name: measure.name, points: single });
    else
      for (const [name, points] of bySeries)
        series.push({ name: several ? `${name} · ${measure.name}` : name, points });
  }
  for (const s of series) sortByX(s.points);
  const yLabel = c.measures.length === 1 ? c.measures[0]!.name : c.measures.map((m) => m.name).join(', ');
  return { kind: 'points', xLabel, yLabel, series };
}

/** Sorts in place unless already sorted (the common case for time series): decimation needs x in order. */
function sortByX(points: Point[]): void {
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.x < points[i - 1]!.x) {
      points.sort((a, b) => a.x - b.x);
      return;
    }
  }
}

/** Number of charted values (categories × series, or points). */
export function pointCount(data: ChartData): number {
  return data.kind === 'category'
    ? data.labels.length * data.series.length
    : data.series.reduce((n, s) => n + s.points.length, 0);
}
