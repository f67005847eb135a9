import type { DataView } from '@bdw/core';
import { arrayTable, rowsToTable, typeColumns, withoutField, type DataEngine, type GroupAgg } from '@bdw/core/data';
import type { RequestedSettings } from './choose.js';
import { t } from './engine-messages.js';
import type { Loaded } from '@bdw/core/data';
import { effectiveSettings } from './spec.js';
import type { Lang } from '@bdw/core';
import type { ColumnType } from './types.js';

/** Rows read to choose what to chart (as the chart samples a file before typing it). */
const SAMPLE_ROWS = 1000;
/** A chart that draws rows, not groups (scatter, `agg="none"`), reads at most this many of the view's rows. */
const VIEW_MAX_ROWS = 100_000;

/** What a chart in a view charts: the grouped rows, and the settings that chart them as they are. */
export interface ViewLoaded extends Loaded {
  /** The settings to chart `table` with (the choice made on the sample, with `agg` set for pre-grouped rows). */
  requested: RequestedSettings;
}

const samples = new WeakMap<DataEngine, Promise<Loaded>>();

/** The first rows of the view's table, once per engine: what the choice of axes and measures is made from. */
function sampleOf(view: DataView, engine: DataEngine, signal: AbortSignal): Promise<Loaded> {
  let sample = samples.get(engine);
  if (!sample) {
    sample = engine.rows({ limit: SAMPLE_ROWS, signal }).then((page) => ({
      table: arrayTable(
        page.fields.map((f) => f.id),
        page.rows,
      ),
      known: Object.fromEntries(view.fields.map((f) => [f.id, f.type])) as Record<string, ColumnType>,
      labels: Object.fromEntries(view.fields.flatMap((f) => (f.label ? [[f.id, f.label]] : []))),
    }));
    sample.catch(() => samples.delete(engine));
    samples.set(engine, sample);
  }
  return sample;
}

/**
 * The chart's data in a view: the axes and measures are chosen from a sample, then the engine groups the rows under
 * the view's filters (on the server for datastore resources). The chart's own x field is left out of the filters, so
 * a clicked bar is highlighted among the others instead of being the only one left.
 */
export async function loadFromView(
  view: DataView,
  requested: RequestedSettings,
  lang: Lang,
  signal: AbortSignal,
): Promise<ViewLoaded> {
  const engine = view.engine!;
  const sample = await sampleOf(view, engine, signal);
  const columns = typeColumns(sample.table, {}, sample.known);
  const choice = effectiveSettings(sample.table, columns, { ...requested, filter: '' });
  const settings = choice.settings;
  const x = settings.x;
  if (choice.tableOnly || !x || settings.agg === 'none' || settings.type === 'scatter') {
    const page = await engine.rows({ filters: view.filters, limit: VIEW_MAX_ROWS, signal });
    return {
      ...sample,
      table: arrayTable(
        page.fields.map((f) => f.id),
        page.rows,
      ),
      requested: { ...requested, filter: '' },
      ...(page.total > page.rows.length
        ? { truncated: { reason: 'cap' as const, rows: page.rows.length, total: page.total } }
        : {}),
    };
  }
  const counted = settings.y.length === 0 || settings.agg === 'count';
  const countName = t(lang, 'count');
  const by = settings.series ? [x, settings.series] : [x];
  const agg: GroupAgg = settings.agg === 'count' ? 'sum' : settings.agg;
  const measures = counted ? [{ field: null, agg: 'count' as const }] : settings.y.map((field) => ({ field, agg }));
  const groups = await engine.group({ by, measures, filters: withoutField(view.filters, x), signal });
  const ys = counted ? [countName] : settings.y;
  const rows = groups.map((group) => {
    const row: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    by.forEach((field, i) => (row[field] = group.keys[i]));
    ys.forEach((field, i) => (row[field] = group.values[i]));
    return row;
  });
  const known: Record<string, ColumnType> = { ...sample.known };
  for (const y of ys) known[y] = 'number';
  return {
    table: rowsToTable(rows, [...by, ...ys]),
    known,
    labels: sample.labels ?? {},
    // One row per group: any aggregation of it is its value (sums and counts stay exact in "others").
    requested: { ...settings, y: ys, agg: settings.agg === 'mean' ? 'mean' : 'sum', filter: '' },
  };
}
