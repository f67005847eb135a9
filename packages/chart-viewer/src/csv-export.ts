import type { ChartData } from './types.js';

/**
 * The charted data as CSV (papaparse's `unparse`): one row per category with a column per series,
 * or `x,y[,series]` per point. Numbers are written exactly and plain (no separators, no 만/억) so
 * spreadsheets read them as numbers; text a spreadsheet would run as a formula is prefixed with `'`.
 * With `bom`, starts with U+FEFF so that Excel opens Korean text as UTF-8. papaparse is fetched with
 * the first download (the chart itself does not need it).
 */
export async function toCsv(data: ChartData, { bom = false, seriesHeader = 'series' } = {}): Promise<string> {
  let fields: string[];
  let rows: (string | number | null)[][];
  if (data.kind === 'category') {
    fields = [data.xLabel, ...data.series.map((s) => s.name)];
    rows = data.labels.map((label, i) => [label, ...data.series.map((s) => finite(s.values[i]))]);
  } else {
    const withSeries = data.series.length > 1;
    fields = [data.xLabel, data.yLabel, ...(withSeries ? [seriesHeader] : [])];
    rows = data.series.flatMap((s) => s.points.map((p) => [p.x, p.y, ...(withSeries ? [s.name] : [])]));
  }
  const { default: Papa } = await import('papaparse');
  const csv = Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: true });
  return `${bom ? '\uFEFF' : ''}${csv}\r\n`;
}

const finite = (value: number | null | undefined) =>
  value !== null && value !== undefined && Number.isFinite(value) ? value : null;
