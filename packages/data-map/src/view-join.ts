/**
 * A polygon layer joined to the table of a `<bdw-view>` (`join="SGGNM:발생지시군구"`): which of the view's values each
 * feature stands for (names and Busan's district codes both join, through the built-in crosswalk), the view's row
 * counts per feature, and which features the view's filters select. Pure: no DOM, no engine.
 */
import { breaksFor, type Classification } from './classify.js';
import { joinKey, joinTable } from './join.js';
import { legendRanges } from './legend.js';
import type { Choropleth } from './layers.js';
import { DataError } from './errors.js';

type Props = Record<string, unknown> | null | undefined;

/** `join="SGGNM:발생지시군구"`: the feature property, then the view's field. */
export interface ViewJoin {
  featureKey: string;
  field: string;
}

/** Reads the `join` attribute; `null` when it is not set. Throws a `spec` DataError (reason `join`) when malformed. */
export function parseViewJoin(text: string | null | undefined): ViewJoin | null {
  if (text === null || text === undefined || !text.trim()) return null;
  const at = text.indexOf(':');
  const featureKey = at < 0 ? '' : text.slice(0, at).trim();
  const field = at < 0 ? '' : text.slice(at + 1).trim();
  if (!featureKey || !field) throw new DataError('spec', `join "${text}" is not "property:field"`, 'join', text);
  return { featureKey, field };
}

/** Each feature's value of the view's field, as the view filters it. */
export interface JoinedKeys {
  /** Per feature: the view's value it stands for, or `null` (no key, or the join matched nothing). */
  values: (string | null)[];
  /** Features whose key is among the view's values (the others count 0 rows). */
  matched: number;
  via: 'direct' | 'crosswalk';
}

/**
 * Which of the view's values each feature stands for. `domain` is every value of the field in the view's table
 * (without filters). A direct match is tried first, then Busan's KOSTAT ↔ MOIS ↔ name crosswalk (a feature keyed by
 * `code` 21150 joins `사상구`). A feature the table has no row for still stands for its (translated) key, so that it
 * shows 0 and can be chosen; when nothing matches at all, no feature is joined.
 */
export function joinViewKeys(
  features: readonly { properties: Props }[],
  domain: readonly string[],
  join: ViewJoin,
): JoinedKeys {
  const table = domain.map((value) => ({ [join.field]: value }));
  const result = joinTable(features, table, {
    featureKey: join.featureKey,
    rowKey: join.field,
    valueField: join.field,
  });
  if (result.matched === 0) return { values: features.map(() => null), matched: 0, via: result.via };
  const values = features.map((feature, i) => {
    const row = result.rows[i];
    if (row) return joinKey(row[join.field]);
    const key = joinKey(feature.properties?.[join.featureKey]);
    if (!key) return null;
    if (result.via === 'direct') return key;
    return result.crosswalk?.map.get(key) ?? null;
  });
  return { values, matched: result.matched, via: result.via };
}

/** Rows per feature from the view's grouped counts (`keys[0]` the field's value); 0 where the view has none. */
export function countsByFeature(
  values: readonly (string | null)[],
  groups: readonly { keys: readonly string[]; rows: number }[],
): (number | null)[] {
  const count = new Map<string, number>();
  for (const g of groups) {
    const key = joinKey(g.keys[0]);
    count.set(key, (count.get(key) ?? 0) + g.rows);
  }
  return values.map((v) => (v === null ? null : (count.get(v) ?? 0)));
}

/** Indexes of the features whose value the view keeps (`view.filters[field]`). */
export function selectedFeatures(values: readonly (string | null)[], kept: readonly string[]): Set<number> {
  const wanted = new Set(kept.map(joinKey));
  const out = new Set<number>();
  values.forEach((v, i) => {
    if (v !== null && wanted.has(v)) out.add(i);
  });
  return out;
}

/** The choropleth of a joined layer: the view's row counts per feature, classed like any other choropleth. */
export function viewChoropleth(
  join: ViewJoin,
  keys: JoinedKeys,
  counts: readonly (number | null)[],
  options: { valueLabel: string; classification: Classification; classes: number; features: number },
): Choropleth {
  const breaks = breaksFor(options.classification, counts, options.classes);
  const unmatchedFeatures = keys.values.flatMap((v, i) => (v === null ? [String(i + 1)] : []));
  return {
    valueField: join.field,
    valueLabel: options.valueLabel,
    values: [...counts],
    breaks,
    ranges: legendRanges(breaks, counts),
    classification: options.classification,
    join: { matched: options.features - unmatchedFeatures.length, via: keys.via, unmatchedFeatures },
  };
}

/** What a feature of a joined layer is in the view: the field it filters and the value it stands for. */
export interface ViewLink {
  field: string;
  /** Per feature, the view's value (see {@link joinViewKeys}). */
  values: readonly (string | null)[];
  /** Features the view's filters keep. */
  selected: ReadonlySet<number>;
}
