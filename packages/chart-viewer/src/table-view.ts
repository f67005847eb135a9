import type { Lang } from '@bdw/core';
import { cellAt } from '@bdw/core/data';
import { cellText, parseNumber } from '@bdw/core/data';
import type { ColumnRole } from './profile.js';
import type { ChartData, Column, Table } from './types.js';

/** The table view of exactly what is charted: one row per category (or point), one column per series. */
export interface TableView {
  headers: string[];
  numeric: boolean[];
  rows: (string | number | null)[][];
}

export interface TableSort {
  column: number;
  descending: boolean;
}

/** Charted data as a table; points charts list x, y (and the series when there are several). */
export function buildTableView(data: ChartData, seriesHeader: string): TableView {
  if (data.kind === 'category') {
    return {
      headers: [data.xLabel, ...data.series.map((s) => s.name)],
      numeric: [false, ...data.series.map(() => true)],
      rows: data.labels.map((label, i) => [label, ...data.series.map((s) => s.values[i] ?? null)]),
    };
  }
  const withSeries = data.series.length > 1;
  return {
    headers: [data.xLabel, data.yLabel, ...(withSeries ? [seriesHeader] : [])],
    numeric: [true, true, false],
    rows: data.series.flatMap((s) => s.points.map((p) => (withSeries ? [p.x, p.y, s.name] : [p.x, p.y]))),
  };
}

/** The source table itself (when nothing in it is worth charting): its cells as text, numbers as numbers. */
export function rawTableView(
  table: Table,
  columns: readonly Column[],
  labels: Readonly<Record<string, string>>,
  roles: Readonly<Record<string, ColumnRole>> = {},
): TableView {
  // Codes and identifiers stay as written (26110, not 26,110); only measures read as numbers.
  const numeric = columns.map(
    (c) => (c.type === 'number' || c.type === 'percent') && (roles[c.name] ?? 'measure') === 'measure',
  );
  return {
    headers: table.columns.map((name) => labels[name] || name),
    numeric,
    rows: table.rows.map((row) =>
      table.keys.map((key, i) => {
        const cell = cellAt(row, key);
        const value = numeric[i] ? parseNumber(cell) : null;
        return value ?? (cellText(cell) || null);
      }),
    ),
  };
}

/** The view sorted by one column: numbers by value, text in the reader's language order, blanks last. */
export function sortTableView(view: TableView, sort: TableSort, lang: Lang): TableView {
  const collator = new Intl.Collator(lang, { numeric: true });
  const { column, descending } = sort;
  const rows = [...view.rows].sort((a, b) => {
    const va = a[column];
    const vb = b[column];
    if (va === null || va === undefined) return vb === null || vb === undefined ? 0 : 1;
    if (vb === null || vb === undefined) return -1;
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return descending ? -cmp : cmp;
  });
  return { ...view, rows };
}
