import type { ChartData } from './types.js';

/** A CSV field, quoted when needed; text that a spreadsheet would run as a formula is prefixed with `'`. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The charted data as CSV: one row per category with a column per series, or `x,y[,series]` per
 * point. Numbers are written plain (no separators) so spreadsheets read them as numbers.
 * With `bom`, starts with U+FEFF so that Excel opens Korean text as UTF-8.
 */
export function toCsv(data: ChartData, { bom = false } = {}): string {
  const lines: string[] = [];
  if (data.kind === 'category') {
    lines.push([data.xLabel, ...data.series.map((s) => s.name)].map(csvField).join(','));
    data.labels.forEach((label, i) => {
      lines.push([csvField(label), ...data.series.map((s) => csvField(s.values[i]))].join(','));
    });
  } else {
    const withSeries = data.series.length > 1;
    lines.push([data.xLabel, data.yLabel, ...(withSeries ? ['series'] : [])].map(csvField).join(','));
    for (const s of data.series) {
      for (const p of s.points)
        lines.push([csvField(p.x), csvField(p.y), ...(withSeries ? [csvField(s.name)] : [])].join(','));
    }
  }
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
