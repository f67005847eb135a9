import type { Lang } from '@bdw/core';
import { formatValue, type NumberStyle } from './format.js';
import { t } from './messages.js';
import type { ChartData, ChartType } from './types.js';

export type Trend = 'up' | 'down' | 'flat';

/**
 * The direction of a series: the least-squares slope over its positions, called flat when the
 * fitted change over the whole range is under 5 % of the mean absolute value.
 */
export function trend(values: readonly (number | null)[], xs?: readonly number[]): Trend | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let sabs = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  values.forEach((y, i) => {
    if (y === null || !Number.isFinite(y)) return;
    const x = xs ? xs[i]! : i;
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
    sabs += Math.abs(y);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  });
  if (n < 2) return null;
  const denominator = n * sxx - sx * sx;
  if (denominator === 0) return null;
  const slope = (n * sxy - sx * sy) / denominator;
  const change = slope * (maxX - minX);
  const mean = sabs / n;
  if (mean === 0 || Math.abs(change) < 0.05 * mean) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export interface SummaryOptions {
  lang: Lang;
  type: ChartType;
  style?: NumberStyle;
  /** Formats an x value of a points chart (dates). */
  formatX?: (x: number) => string;
  /** Series described in detail (the rest are only named). */
  maxSeries?: number;
}

/** A text alternative of a chart: what is plotted, range, maximum and minimum, and trend, per series. */
export function summarize(data: ChartData, options: SummaryOptions): string {
  const { lang, style = {} } = options;
  const value = (v: number) => formatValue(v, lang, style);
  const typeName = t(lang, `type.${options.type}`);
  const maxSeries = options.maxSeries ?? 3;
  const seriesPart =
    data.series.length > 1
      ? t(lang, 'summary.series', { count: data.series.length, names: data.series.map((s) => s.name).join(', ') })
      : '';
  let text: string;
  if (data.kind === 'category') {
    text = t(lang, 'summary.category', {
      type: typeName,
      x: data.xLabel,
      y: data.yLabel,
      count: data.labels.length,
      seriesPart,
    });
    if (data.ordered && data.labels.length > 1) {
      text += t(lang, 'summary.xRange', { x: data.xLabel, from: data.labels[0]!, to: data.labels.at(-1)! });
    }
    for (const s of data.series.slice(0, maxSeries)) {
      let max = -1;
      let min = -1;
      s.values.forEach((v, i) => {
        if (v === null) return;
        if (max < 0 || v > s.values[max]!) max = i;
        if (min < 0 || v < s.values[min]!) min = i;
      });
      if (max < 0) continue;
      text += t(lang, 'summary.extremes', {
        name: s.name,
        maxValue: value(s.values[max]!),
        maxLabel: data.labels[max]!,
        minValue: value(s.values[min]!),
        minLabel: data.labels[min]!,
      });
      const direction = data.ordered ? trend(s.values) : null;
      if (direction) {
        const first = s.values.findIndex((v) => v !== null);
        const last = s.values.findLastIndex((v) => v !== null);
        text += t(lang, `summary.trend.${direction}`, {
          name: s.name,
          from: `${data.labels[first]} ${value(s.values[first]!)}`,
          to: `${data.labels[last]} ${value(s.values[last]!)}`,
        });
      }
    }
    return text;
  }
  const count = data.series.reduce((n, s) => n + s.points.length, 0);
  const fx = options.formatX ?? ((x: number) => formatValue(x, lang));
  text = t(lang, 'summary.points', { type: typeName, x: data.xLabel, y: data.yLabel, count, seriesPart });
  let minX = Infinity;
  let maxX = -Infinity;
  for (const s of data.series) {
    for (const p of s.points) {
      if (p.x < minX) minX = p.x;
      if (p.x > maxX) maxX = p.x;
    }
  }
  if (count > 1) text += t(lang, 'summary.xRange', { x: data.xLabel, from: fx(minX), to: fx(maxX) });
  for (const s of data.series.slice(0, maxSeries)) {
    if (s.points.length === 0) continue;
    let max = s.points[0]!;
    let min = s.points[0]!;
    for (const p of s.points) {
      if (p.y > max.y) max = p;
      if (p.y < min.y) min = p;
    }
    text += t(lang, 'summary.extremes', {
      name: s.name,
      maxValue: value(max.y),
      maxLabel: fx(max.x),
      minValue: value(min.y),
      minLabel: fx(min.x),
    });
    const direction = trend(
      s.points.map((p) => p.y),
      s.points.map((p) => p.x),
    );
    if (direction) {
      const first = s.points[0]!;
      const last = s.points.at(-1)!;
      text += t(lang, `summary.trend.${direction}`, {
        name: s.name,
        from: `${fx(first.x)} ${value(first.y)}`,
        to: `${fx(last.x)} ${value(last.y)}`,
      });
    }
  }
  return text;
}
