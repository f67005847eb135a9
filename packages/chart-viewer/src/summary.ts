import { formatNumber, type Lang } from '@bdw/core';
import { josa } from 'es-hangul';
import { formatValue, type NumberStyle } from './format.js';
import { t } from './engine-messages.js';
import type { ChartData, ChartType } from './types.js';

export type Trend = 'up' | 'down' | 'flat';

/**
 * Running least-squares sums of one series, so that a million points are fitted in one pass with
 * no copies. The direction is flat when the fitted change over the whole range is under 5 % of
 * the mean absolute value.
 */
export class TrendFit {
  private n = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private sxy = 0;
  private sabs = 0;
  private minX = Infinity;
  private maxX = -Infinity;

  add(x: number, y: number): void {
    this.n++;
    this.sx += x;
    this.sy += y;
    this.sxx += x * x;
    this.sxy += x * y;
    this.sabs += Math.abs(y);
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
  }

  get direction(): Trend | null {
    const { n, sx, sy, sxx, sxy } = this;
    if (n < 2) return null;
    const denominator = n * sxx - sx * sx;
    if (denominator === 0) return null;
    const slope = (n * sxy - sx * sy) / denominator;
    const change = slope * (this.maxX - this.minX);
    const mean = this.sabs / n;
    if (mean === 0 || Math.abs(change) < 0.05 * mean) return 'flat';
    return change > 0 ? 'up' : 'down';
  }
}

/** The direction of a series over its positions (or `xs`); see {@link TrendFit}. */
export function trend(values: readonly (number | null)[], xs?: readonly number[]): Trend | null {
  const fit = new TrendFit();
  values.forEach((y, i) => {
    if (y !== null && Number.isFinite(y)) fit.add(xs ? xs[i]! : i, y);
  });
  return fit.direction;
}

/** `인구수` → `인구수는`, `사망자수` → `사망자수는`, `연도` → `연도는`: the topic particle by the final consonant. */
export function topic(name: string, lang: Lang): string {
  return lang === 'ko' ? josa(name, '은/는') : name;
}

/** `연도` → `연도별`; a label that already ends in 별 (연령별) is not doubled. */
function byX(label: string, lang: Lang): string {
  return lang === 'ko' && !label.endsWith('별') ? `${label}별` : label;
}

export interface SummaryOptions {
  lang: Lang;
  type: ChartType;
  style?: NumberStyle;
  /** Formats an x value of a points chart (dates). */
  formatX?: (x: number) => string;
  /** Series described in detail (the rest are only named). */
  maxSeries?: number;
  /** Series the reader switched off in the legend: named as hidden, not described. */
  hidden?: ReadonlySet<number>;
}

/** A text alternative of a chart: what is plotted, range, maximum and minimum, and trend, per series. */
export function summarize(data: ChartData, options: SummaryOptions): string {
  const { lang, style = {} } = options;
  // Exact numbers for screen readers: 712,897명, not 71.3만명.
  const value = (v: number) => formatValue(v, lang, { ...style, compact: false });
  const shown = <T>(series: readonly T[]) =>
    options.hidden ? series.filter((_, i) => !options.hidden!.has(i)) : [...series];
  const visible: readonly { name: string }[] = shown<{ name: string }>(data.series);
  const typeName = t(lang, `type.${options.type}`);
  const maxSeries = options.maxSeries ?? 3;
  const seriesPart =
    visible.length > 1
      ? t(lang, 'summary.series', { count: visible.length, names: visible.map((s) => s.name).join(', ') })
      : '';
  const hiddenPart =
    visible.length < data.series.length
      ? t(lang, 'summary.hidden', {
          names: data.series
            .filter((s) => !visible.includes(s))
            .map((s) => s.name)
            .join(', '),
        })
      : '';
  let text: string;
  if (data.kind === 'category') {
    text = t(lang, 'summary.category', {
      type: typeName,
      x: byX(data.xLabel, lang),
      y: data.yLabel,
      count: data.labels.length,
      seriesPart,
    });
    text += hiddenPart;
    if (data.missing > 0) text += t(lang, 'summary.missing', { count: formatNumber(data.missing, lang) });
    if (data.ordered && data.labels.length > 1) {
      text += t(lang, 'summary.xRange', { x: data.xLabel, from: data.labels[0]!, to: data.labels.at(-1)! });
    }
    for (const s of shown(data.series).slice(0, maxSeries)) {
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
          name: topic(s.name, lang),
          from: `${data.labels[first]} ${value(s.values[first]!)}`,
          to: `${data.labels[last]} ${value(s.values[last]!)}`,
        });
      }
    }
    return text;
  }
  const count = data.series.reduce((n, s) => n + s.points.length, 0);
  const fx = options.formatX ?? ((x: number) => formatValue(x, lang));
  text = t(lang, 'summary.points', { type: typeName, x: data.xLabel, y: data.yLabel, count, seriesPart }) + hiddenPart;
  // Points are sorted by x, so the range is read off the ends of each series.
  const minX = data.series.reduce((m, s) => Math.min(m, s.points[0]?.x ?? Infinity), Infinity);
  const maxX = data.series.reduce((m, s) => Math.max(m, s.points.at(-1)?.x ?? -Infinity), -Infinity);
  if (count > 1) text += t(lang, 'summary.xRange', { x: data.xLabel, from: fx(minX), to: fx(maxX) });
  for (const s of shown(data.series).slice(0, maxSeries)) {
    if (s.points.length === 0) continue;
    let max = s.points[0]!;
    let min = s.points[0]!;
    const fit = new TrendFit();
    for (const p of s.points) {
      if (p.y > max.y) max = p;
      if (p.y < min.y) min = p;
      fit.add(p.x, p.y);
    }
    text += t(lang, 'summary.extremes', {
      name: s.name,
      maxValue: value(max.y),
      maxLabel: fx(max.x),
      minValue: value(min.y),
      minLabel: fx(min.x),
    });
    const direction = fit.direction;
    if (direction) {
      const first = s.points[0]!;
      const last = s.points.at(-1)!;
      text += t(lang, `summary.trend.${direction}`, {
        name: topic(s.name, lang),
        from: `${fx(first.x)} ${value(first.y)}`,
        to: `${fx(last.x)} ${value(last.y)}`,
      });
    }
  }
  return text;
}
