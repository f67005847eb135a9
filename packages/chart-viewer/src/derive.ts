import type { Lang } from '@bdw/core';
import { buildChartData } from './aggregate.js';
import type { ChartSettings, RequestedSettings } from './choose.js';
import { t } from './engine-messages.js';
import { dictionary } from '@bdw/core/data';
import { DataError } from '@bdw/core/data';
import { parseLabels } from '@bdw/core/data';
import type { Loaded } from '@bdw/core/data';
import type { ColumnRole } from './profile.js';
import { effectiveSettings, resolveSpec } from './spec.js';
import type { ChartData, Column, ColumnType } from './types.js';
import { parseTypeOverrides, typeColumns } from '@bdw/core/data';

/** What the element's attributes say about reading and charting loaded data. */
export interface DeriveInput {
  loaded: Loaded;
  /** The `types` attribute, and the types the reader set in the column list. */
  types: string;
  userTypes: Record<string, ColumnType>;
  /** The `labels` attribute (the source's own labels come first, the attribute's win). */
  labels: string;
  requested: RequestedSettings;
  dashZero: boolean;
  lang: Lang;
}

/** A table read and charted: typed columns, labels, roles, the effective settings and the charted data. */
export interface Derived {
  columns: Column[];
  columnLabels: Record<string, string>;
  columnRoles: Record<string, ColumnRole>;
  effective: ChartSettings | null;
  tableOnly: boolean;
  chartData: ChartData | null;
  error: DataError | null;
}

/** Types the columns, chooses what to chart (see `choose.ts`) and aggregates it. Pure but for messages. */
export function deriveChart(input: DeriveInput): Derived {
  const { loaded, lang } = input;
  const columnLabels = dictionary(loaded.labels, parseLabels(input.labels));
  const columns = typeColumns(loaded.table, dictionary(parseTypeOverrides(input.types), input.userTypes), loaded.known);
  const derived: Derived = {
    columns,
    columnLabels,
    columnRoles: dictionary(),
    effective: null,
    tableOnly: false,
    chartData: null,
    error: null,
  };
  if (loaded.table.rows.length === 0 || columns.length === 0) return derived;
  const choice = effectiveSettings(loaded.table, columns, input.requested);
  derived.effective = choice.settings;
  derived.columnRoles = choice.roles;
  if (choice.tableOnly) return { ...derived, tableOnly: true };
  const spec = resolveSpec(choice.settings, columns);
  if (spec instanceof DataError) return { ...derived, error: spec };
  const data = buildChartData(
    loaded.table,
    columns,
    { ...spec, dashZero: input.dashZero },
    {
      others: t(lang, 'others'),
      blank: t(lang, 'blank'),
      count: t(lang, 'count'),
      values: t(lang, 'values'),
      columns: columnLabels,
    },
  );
  const empty = data.kind === 'category' ? data.labels.length === 0 : data.series.every((s) => s.points.length === 0);
  return { ...derived, chartData: empty ? null : data };
}
