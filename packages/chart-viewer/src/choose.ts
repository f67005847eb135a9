import { dictionary } from '@bdw/core/data';
import type { ColumnProfile, ColumnRole } from './profile.js';
import { isNameLike } from './profile.js';
import type { Aggregation, ChartType, SortOrder } from './types.js';

/**
 * The settings that decide what is charted, as `el.settings` gives them and accepts them back:
 * a shareable chart configuration.
 */
export interface ChartSettings {
  type: ChartType;
  x?: string | undefined;
  /** The value columns; empty when rows are counted. */
  y: string[];
  series?: string | undefined;
  agg: Aggregation;
  filter: string;
  top: number;
  sort: SortOrder;
}

/** What the page (attributes, `settings`) or the settings panel asked for; anything left out is chosen. */
export interface RequestedSettings {
  type?: ChartType | undefined;
  x?: string | undefined;
  y?: readonly string[] | undefined;
  series?: string | undefined;
  agg?: Aggregation | undefined;
  filter?: string | undefined;
  top?: number | undefined;
  sort?: SortOrder | undefined;
}

export interface Choice {
  settings: ChartSettings;
  /** What each column is for (the settings panel offers only sensible value columns; codes stay text). */
  roles: Record<string, ColumnRole>;
  /** Nothing in the table is worth charting (a code crosswalk): show the table with a note. */
  tableOnly: boolean;
}

/** At most this many columns of a wide table are compared at first (the panel adds others). */
export const MAX_WIDE_SERIES = 5;
/** Categories beyond this many are shown as the largest `AUTO_TOP` and "others". */
const MANY_CATEGORIES = 25;
const AUTO_TOP = 20;
/** A small category becomes the series of a time chart (남자/여자), up to the palette's size. */
const MAX_SERIES_VALUES = 8;

/** `C01,C02` or an array → trimmed, non-empty column names. */
export function parseColumnList(value: string | readonly string[] | null | undefined): string[] {
  const list = typeof value === 'string' ? value.split(',') : (value ?? []);
  return list.map((name) => name.trim()).filter(Boolean);
}

const isTime = (p: ColumnProfile) => p.role === 'time';
const isGrouping = (p: ColumnProfile) => p.role === 'category' && p.distinct >= 2;

/**
 * The x column an analyst would take: a period (a line over time), a date when rows are not one
 * event each, the category people group by (a region first, then one with a handful of values),
 * and for a short table of named rows (16 districts) the names.
 */
function chooseX(profiles: readonly ColumnProfile[], type: ChartType | undefined, ys: readonly string[]) {
  const free = profiles.filter((p) => !ys.includes(p.name));
  if (type === 'scatter') return free.find((p) => p.role === 'measure');
  const grouping = free.filter(isGrouping);
  const period = free.find((p) => isTime(p) && p.type === 'period');
  if (period) return period;
  // A timestamp per row is an event log (accidents): grouped by a category it tells more.
  const date = free.find((p) => isTime(p) && (p.distinct < 0.9 * p.present || grouping.length === 0));
  if (date) return date;
  const score = (p: ColumnProfile) => (p.regionName ? 4 : 0) + (p.distinct <= 30 ? 2 : p.distinct <= 60 ? 1 : 0);
  const category = [...grouping].sort((a, b) => score(b) - score(a))[0];
  if (category) return category;
  const labels = free.filter((p) => p.role === 'label' && p.present <= 60);
  return labels.find((p) => isNameLike(p.name) || p.regionName) ?? labels[0];
}

/** Columns of one family: `C01…C12`, or most of the table's columns as plain numbers (one per region). */
function wideFamily(measures: readonly ColumnProfile[], columnCount: number): ColumnProfile[] {
  const stems = new Map<string, ColumnProfile[]>();
  for (const m of measures) {
    const stem = /^(.*?\D)[_\s-]?\d+$/.exec(m.name)?.[1];
    if (stem) stems.set(stem, [...(stems.get(stem) ?? []), m]);
  }
  const byStem = [...stems.values()].sort((a, b) => b.length - a.length)[0];
  if (byStem && byStem.length >= 3) return byStem;
  const plain = measures.filter((m) => !m.measureName && !m.rateName);
  return plain.length >= 4 && plain.length >= 0.6 * columnCount ? plain : [];
}

/** The largest members of a family (at most `MAX_WIDE_SERIES`, none under 1 % of the largest), in table order. */
function largest(family: readonly ColumnProfile[]): ColumnProfile[] {
  const ranked = [...family].sort((a, b) => b.magnitude - a.magnitude);
  const floor = (ranked[0]?.magnitude ?? 0) * 0.01;
  const kept = new Set(ranked.slice(0, MAX_WIDE_SERIES).filter((p) => p.magnitude >= floor));
  return family.filter((p) => kept.has(p));
}

/** The value columns: a wide table's family, else the measure whose name says it is one (인구수, 사망자수). */
function chooseY(profiles: readonly ColumnProfile[], x: string | undefined, type: ChartType | undefined): string[] {
  const measures = profiles.filter((p) => p.role === 'measure' && p.name !== x);
  // The table's first quantity is the same in every row (사망자수 1 in a list of fatal accidents):
  // each row is one case, and what to chart is how many there are.
  const primary = profiles.find((p) => p.measureName && (p.type === 'number' || p.type === 'percent'));
  if (primary?.role === 'constant' && type !== 'scatter') return [];
  if (measures.length === 0) return [];
  if (type !== 'scatter' && type !== 'pie' && type !== 'doughnut') {
    const family = wideFamily(measures, profiles.length);
    if (family.length > 0) return largest(family).map((p) => p.name);
  }
  const named = measures.find((m) => m.measureName && !m.rateName) ?? measures.find((m) => m.measureName);
  return [(named ?? measures[0]!).name];
}

/**
 * Fills in what was not asked for, as a careful analyst would: never a year, an identifier, a code,
 * a coordinate, a phone number or a constant as a value; a period on the x axis; counts of rows when
 * there is no measure; a table when even that would mean nothing.
 */
export function chooseSettings(profiles: readonly ColumnProfile[], requested: RequestedSettings = {}): Choice {
  const byName = new Map(profiles.map((p) => [p.name, p]));
  const askedY = parseColumnList(requested.y);
  const automatic = !requested.x && askedY.length === 0 && !requested.series;
  const xProfile = requested.x ? byName.get(requested.x) : chooseX(profiles, requested.type, askedY);
  const x = requested.x ?? xProfile?.name;
  const countOnly = requested.agg === 'count' && askedY.length === 0;
  const y = askedY.length > 0 || countOnly ? askedY : chooseY(profiles, x, requested.type);
  let series = requested.series;
  if (automatic && xProfile && isTime(xProfile) && y.length <= 1) {
    const small = profiles
      .filter((p) => isGrouping(p) && p.name !== x && p.distinct <= MAX_SERIES_VALUES)
      .sort((a, b) => a.distinct - b.distinct)[0];
    series = small?.name;
  }
  const rate = y.length > 0 && y.every((name) => byName.get(name)?.rateName);
  const agg: Aggregation = requested.agg ?? (y.length === 0 ? 'count' : rate ? 'mean' : 'sum');
  const ordered = !!xProfile && (isTime(xProfile) || xProfile.role === 'measure');
  const type: ChartType = requested.type ?? (xProfile && isTime(xProfile) ? 'line' : 'bar');
  const pie = type === 'pie' || type === 'doughnut';
  // Chosen bars of categories go largest first; a page that names its x keeps the data's order.
  const bySize = !ordered && (pie || (!requested.x && type === 'bar' && y.length <= 1));
  const sort: SortOrder = requested.sort ?? (bySize ? 'value-desc' : 'auto');
  const categories = xProfile?.distinct ?? 0;
  const top = requested.top ?? (pie && categories > 8 ? 7 : !ordered && categories > MANY_CATEGORIES ? AUTO_TOP : 0);
  // Counting rows of a column with a different value in each row charts 1s: nothing to see.
  const meaningless = !xProfile || (y.length === 0 && xProfile.role === 'label');
  return {
    settings: { type, x, y, series: series || undefined, agg, filter: requested.filter ?? '', top, sort },
    tableOnly: !requested.x && askedY.length === 0 && meaningless,
    roles: dictionary(Object.fromEntries(profiles.map((p) => [p.name, p.role]))),
  };
}
