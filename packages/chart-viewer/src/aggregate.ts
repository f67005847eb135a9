import { rowPredicate, type Filter } from './filter.js';
import { cellAt } from './table.js';
import { cellText, coerce, isOrdered } from './typing.js';
import type {
  Aggregation,
  CategoryData,
  ChartData,
  ChartType,
  Column,
  Point,
  PointData,
  Row,
  Series,
  SortOrder,
  Table,
} from './types.js';

export interface ChartSpec {
  type: ChartType;
  x: string;
  /** The measured column; without it rows are counted. */
  y?: string | undefined;
  /** One series per value of this column. */
  series?: string | undefined;
  agg: Aggregation;
  filters?: readonly Filter[];
  /** Keep the N largest categories and add the rest up as "others" (0 keeps all). */
  top?: number;
  sort?: SortOrder;
}

export interface AggregateLabels {
  others: string;
  blank: string;
  count: string;
}

const DEFAULT_LABELS: AggregateLabels = { others: '기타', blank: '(빈 값)', count: '건수' };

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
  if (spec.type === 'scatter') return numericX && !!spec.y;
  return (spec.type === 'line' || spec.type === 'area') && spec.agg === 'none' && numericX && !!spec.y;
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
  const yIndex = spec.y ? table.columns.indexOf(spec.y) : -1;
  if (spec.y && yIndex < 0) throw new RangeError(`Unknown column "${spec.y}"`);
  const sIndex = spec.series ? table.columns.indexOf(spec.series) : -1;
  if (spec.series && sIndex < 0) throw new RangeError(`Unknown column "${spec.series}"`);
  const keep = rowPredicate(spec.filters ?? [], columns, table.keys);
  const yType = yIndex >= 0 ? columns[yIndex]!.type : 'number';
  const xKey = table.keys[xIndex]!;
  const yKey = yIndex >= 0 ? table.keys[yIndex]! : undefined;
  const sKey = sIndex >= 0 ? table.keys[sIndex]! : undefined;
  if (usesPoints(spec, xColumn.type))
    return buildPoints(
      table.rows,
      { xKey, yKey: yKey!, sKey, xType: xColumn.type, yType, keep, name: spec.y ?? '' },
      spec.x,
    );

  const agg: Aggregation = spec.y ? spec.agg : 'count';
  const groups = new Map<
    string,
    { label: string; key: number | null; first: number; accs: Map<string, Accumulator> }
  >();
  const seriesNames = new Map<string, number>();
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (keep && !keep(row)) continue;
    const xCell = cellAt(row, xKey);
    const xText = cellText(xCell) || labels.blank;
    const name = sKey !== undefined ? cellText(cellAt(row, sKey)) || labels.blank : spec.y || labels.count;
    if (!seriesNames.has(name)) seriesNames.set(name, seriesNames.size);
    let group = groups.get(xText);
    if (!group) {
      const key = coerce(xCell, xColumn.type);
      group = { label: xText, key: typeof key === 'number' ? key : null, first: r, accs: new Map() };
      groups.set(xText, group);
    }
    let acc = group.accs.get(name);
    if (!acc) group.accs.set(name, (acc = newAcc()));
    if (yKey !== undefined) {
      const value = coerce(cellAt(row, yKey), yType);
      if (typeof value === 'number') {
        acc.sum += value;
        acc.count++;
        if (value < acc.min) acc.min = value;
        if (value > acc.max) acc.max = value;
        acc.rows++;
      } else if (agg === 'count' && value !== null) acc.rows++;
    } else acc.rows++;
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
  const data: CategoryData = {
    kind: 'category',
    xLabel: spec.x,
    yLabel: spec.y && agg !== 'count' ? spec.y : labels.count,
    labels: [...ordered.map((g) => g.label), ...(others ? [labels.others] : [])],
    series,
    ordered: orderedType && !others && (sort === 'auto' || sort === 'label'),
  };
  return data;
}

interface PointColumns {
  xKey: number | string;
  yKey: number | string;
  /** One series per value of this column, or one series named `name`. */
  sKey: number | string | undefined;
  name: string;
  xType: Column['type'];
  yType: Column['type'];
  keep: ((row: Row) => boolean) | null;
}

/**
 * One point per row. This is the path of big line and scatter charts (a million rows set as a
 * property), so it allocates nothing but the points: plain numbers are taken as they are, only
 * text is parsed.
 */
function buildPoints(rows: readonly Row[], c: PointColumns, xLabel: string): PointData {
  const bySeries = new Map<string, Point[]>();
  const single: Point[] = [];
  const plain = c.xType === 'number' && c.yType === 'number';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<number | string, unknown>;
    if (c.keep && !c.keep(row)) continue;
    const xc = row[c.xKey];
    const yc = row[c.yKey];
    const x = plain && typeof xc === 'number' ? xc : (coerce(cellAt(row, c.xKey), c.xType) as number | null);
    const y = plain && typeof yc === 'number' ? yc : (coerce(cellAt(row, c.yKey), c.yType) as number | null);
    if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (c.sKey === undefined) single.push({ x, y });
    else {
      const name = cellText(cellAt(row, c.sKey));
      let points = bySeries.get(name);
      if (!points) bySeries.set(name, (points = []));
      points.push({ x, y });
    }
  }
  const series =
    c.sKey === undefined
      ? [{ name: c.name, points: single }]
      : [...bySeries].map(([name, points]) => ({ name, points }));
  for (const s of series) sortByX(s.points);
  return { kind: 'points', xLabel, yLabel: c.name, series };
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
