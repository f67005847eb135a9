import { BUSAN_DISTRICT_CROSSWALK } from './busan-districts.js';

type Props = Record<string, unknown> | null | undefined;
type TableRow = Record<string, unknown>;

/** A join key as text: trimmed, `26110.0` → `26110`. */
export function joinKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  return /^\d+\.0+$/.test(text) ? text.replace(/\.0+$/, '') : text;
}

/** A number from a cell: `38032`, `"38,032"`, `" 1.5 "`; `null` for empty or non-numeric text. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  return Number(text);
}

export interface Crosswalk {
  /** Column holding the features' codes. */
  from: string;
  /** Column holding the table's codes. */
  to: string;
  map: Map<string, string>;
}

/**
 * Builds a code crosswalk from its rows, choosing the column that matches the features' keys
 * and the (other) column that matches the table's keys. `null` when no pair of columns matches.
 */
export function buildCrosswalk(
  rows: readonly TableRow[],
  featureKeys: readonly string[],
  rowKeys: readonly string[],
): Crosswalk | null {
  const columns = Object.keys(rows[0] ?? {});
  const overlap = (column: string, keys: ReadonlySet<string>) =>
    rows.filter((r) => keys.has(joinKey(r[column]))).length;
  const fk = new Set(featureKeys);
  const rk = new Set(rowKeys);
  let best: { from: string; to: string; score: number } | null = null;
  for (const from of columns) {
    const a = overlap(from, fk);
    if (a === 0) continue;
    for (const to of columns) {
      if (to === from) continue;
      const b = overlap(to, rk);
      if (b > 0 && (!best || Math.min(a, b) > best.score)) best = { from, to, score: Math.min(a, b) };
    }
  }
  if (!best) return null;
  const map = new Map<string, string>();
  for (const r of rows) map.set(joinKey(r[best.from]), joinKey(r[best.to]));
  return { from: best.from, to: best.to, map };
}

export interface JoinOptions {
  /** Feature property holding the key (e.g. `code`). */
  featureKey: string;
  /** Table column holding the key (e.g. `sgg`). */
  rowKey: string;
  /** Table column with the value to map (e.g. `POPU_ALL`). */
  valueField: string;
  /**
   * Rows of a code crosswalk, used when the two keys are in different code systems.
   * `'busan'` (default) uses Busan's built-in KOSTAT ↔ MOIS district crosswalk when a direct join matches nothing.
   */
  crosswalk?: readonly TableRow[] | 'busan' | null;
}

export interface JoinResult {
  /** For each feature, its joined row or `null`. */
  rows: (TableRow | null)[];
  /** For each feature, its numeric value or `null`. */
  values: (number | null)[];
  matched: number;
  via: 'direct' | 'crosswalk';
  crosswalk: Crosswalk | null;
  /** Feature keys without a row. */
  unmatchedFeatures: string[];
}

function attempt(keys: string[], byKey: Map<string, TableRow>, translate: (k: string) => string | undefined) {
  const rows = keys.map((k) => {
    const target = translate(k);
    return target === undefined ? null : (byKey.get(target) ?? null);
  });
  return { rows, matched: rows.filter(Boolean).length };
}

/**
 * Joins table rows to features by key. A direct match is tried first; when it leaves features
 * unmatched and a crosswalk is available, the keys are translated through it and the better
 * of the two joins is kept.
 */
export function joinTable(
  features: readonly { properties: Props }[],
  table: readonly TableRow[],
  options: JoinOptions,
): JoinResult {
  const keys = features.map((f) => joinKey(f.properties?.[options.featureKey]));
  const byKey = new Map<string, TableRow>();
  for (const row of table) {
    const k = joinKey(row[options.rowKey]);
    if (k && !byKey.has(k)) byKey.set(k, row);
  }
  let best = {
    ...attempt(keys, byKey, (k) => k),
    via: 'direct' as 'direct' | 'crosswalk',
    crosswalk: null as Crosswalk | null,
  };
  const source = options.crosswalk === undefined ? 'busan' : options.crosswalk;
  const crosswalkRows = source === 'busan' ? (best.matched === 0 ? BUSAN_DISTRICT_CROSSWALK : null) : source;
  if (crosswalkRows && best.matched < keys.length) {
    const crosswalk = buildCrosswalk(crosswalkRows, keys, [...byKey.keys()]);
    if (crosswalk) {
      const viaCrosswalk = attempt(keys, byKey, (k) => crosswalk.map.get(k));
      if (viaCrosswalk.matched > best.matched) best = { ...viaCrosswalk, via: 'crosswalk', crosswalk };
    }
  }
  return {
    rows: best.rows,
    values: best.rows.map((r) => (r ? toNumber(r[options.valueField]) : null)),
    matched: best.matched,
    via: best.via,
    crosswalk: best.crosswalk,
    unmatchedFeatures: keys.filter((_, i) => !best.rows[i]),
  };
}

/** Values of a property of the features themselves (a choropleth without a table). */
export function propertyValues(features: readonly { properties: Props }[], field: string): (number | null)[] {
  return features.map((f) => toNumber(f.properties?.[field]));
}
