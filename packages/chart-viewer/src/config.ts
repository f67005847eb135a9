import { formatNumber, type Lang } from '@bdw/core';
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import { formatValue, type NumberStyle } from './format.js';
import { lttb } from './lttb.js';
import type { ChartData, ChartType } from './types.js';

/** Colours read from the element's tokens. */
export interface ChartTheme {
  palette: string[];
  /** The neutral colour of "others". */
  others: string;
  text: string;
  grid: string;
  surface: string;
}

export { DARK_PALETTE, LIGHT_PALETTE } from './palette.js';
import { DASHES, POINT_STYLES } from './palette.js';

/** Above this many points a scatter is reduced with LTTB before drawing. */
export const SCATTER_MAX_POINTS = 5000;
/** Above this many points, animation and point markers are off. */
export const LARGE = 1000;

export interface ConfigOptions {
  type: ChartType;
  stacked?: boolean;
  horizontal?: boolean;
  theme: ChartTheme;
  lang: Lang;
  style?: NumberStyle;
  formatX?: (x: number) => string;
  onClick?: (datasetIndex: number, index: number) => void;
  /** Series (or pie slices) the reader has switched off in the legend. */
  hidden?: ReadonlySet<number>;
  /**
   * Categories kept by the view's filter on the x field: drawn in full with an outline in the text colour, the others
   * lighter (their outline keeps them ≥ 3:1 against the background), so a selection reads without colour alone.
   */
  selected?: ReadonlySet<string>;
}

/** The share of a value in a total, as people read it: `12.3%`. */
export function formatShare(value: number, total: number, lang: Lang): string {
  if (!total) return '–';
  return `${formatNumber((value / total) * 100, lang, { maximumFractionDigits: 1 })}%`;
}

const alpha = (hex: string, a: number) =>
  /^#[0-9a-f]{6}$/i.test(hex)
    ? `${hex}${Math.round(a * 255)
        .toString(16)
        .padStart(2, '0')}`
    : hex;

/** Paints the chart's surface first, so that the PNG download has the page's background. */
export const backgroundPlugin: Plugin = {
  id: 'bdwBackground',
  beforeDraw(chart, _args, options: { color?: string }) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The chart.js configuration for charted data. Pure: no DOM, so it is tested in Node. */
export function buildConfig(data: ChartData, options: ConfigOptions): ChartConfiguration {
  const { theme, lang, style = {}, type } = options;
  const color = (i: number) => theme.palette[i % theme.palette.length]!;
  const hidden = options.hidden ?? new Set<number>();
  const selected = options.selected ?? new Set<string>();
  const picked = (j: number) => selected.has(data.kind === 'category' ? (data.labels[j] ?? '') : '');
  /** Per category: the mark's fill, outline and outline width under the selection (`null`: no selection). */
  const emphasis = (fill: string | string[]): Record<string, unknown> =>
    selected.size === 0 || data.kind !== 'category'
      ? {}
      : {
          backgroundColor: data.labels.map((_, j) => {
            const base = Array.isArray(fill) ? fill[j]! : fill;
            return picked(j) ? base : alpha(base, 0.35);
          }),
          borderColor: data.labels.map((_, j) => (picked(j) ? theme.text : Array.isArray(fill) ? fill[j]! : fill)),
          borderWidth: data.labels.map((_, j) => (picked(j) ? 3 : 1)),
        };
  const dash = (i: number) => [...DASHES[i % DASHES.length]!];
  const shape = (i: number) => POINT_STYLES[i % POINT_STYLES.length]!;
  // Exact in tooltips (712,897명); `compact` (71.3만) is for axis ticks only.
  const exact = { ...style, compact: false };
  const value = (v: number) => formatValue(v, lang, exact);
  const tick = (v: number | string) => (typeof v === 'number' ? formatValue(v, lang, { ...style, unit: '' }) : v);
  const ticks = { color: theme.text, callback: tick };
  const grid = { color: theme.grid };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    color: theme.text,
    onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
      const hit = elements[0];
      if (hit && options.onClick) options.onClick(hit.datasetIndex, hit.index);
    },
  };
  // The legend is the element's own list of buttons (keyboard-operable); chart.js draws none.
  const legend = (_show: boolean) => ({ display: false });
  const tooltip = {
    callbacks: {
      label: (ctx: { dataset: { label?: string }; parsed: { x: number; y: number } | number; label: string }) => {
        const parsed = ctx.parsed;
        if (typeof parsed === 'number') return `${ctx.label}: ${value(parsed)}`;
        const v = options.horizontal && data.kind === 'category' ? parsed.x : parsed.y;
        return `${ctx.dataset.label ?? ''}: ${value(v)}`;
      },
    },
  };
  const background = { color: theme.surface };

  if (data.kind === 'points') {
    const many = data.series.some((s) => s.points.length > LARGE);
    const datasets = data.series.map((s, i) => ({
      label: s.name,
      data: type === 'scatter' && s.points.length > SCATTER_MAX_POINTS ? lttb(s.points, SCATTER_MAX_POINTS) : s.points,
      borderColor: color(i),
      backgroundColor: type === 'area' ? alpha(color(i), 0.25) : color(i),
      borderWidth: type === 'scatter' ? 0 : many ? 1 : 2,
      borderDash: dash(i),
      pointStyle: shape(i),
      pointRadius: type === 'scatter' ? 3 : many ? 0 : 2,
      hidden: hidden.has(i),
      fill: type === 'area' ? (options.stacked && i > 0 ? '-1' : 'origin') : false,
      ...(type === 'scatter' ? {} : { showLine: true }),
      parsing: false as const,
      normalized: true as const,
    }));
    const formatX = options.formatX ?? ((x: number) => formatValue(x, lang));
    return {
      type: type === 'scatter' ? 'scatter' : 'line',
      data: { datasets: datasets as ChartDataset<'line'>[] },
      options: {
        ...common,
        parsing: false,
        indexAxis: 'x',
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: data.xLabel, color: theme.text },
            ticks: { color: theme.text, callback: (v: number | string) => (typeof v === 'number' ? formatX(v) : v) },
            grid,
          },
          y: {
            type: 'linear',
            stacked: !!options.stacked && type === 'area',
            title: { display: true, text: data.yLabel, color: theme.text },
            ticks,
            grid,
          },
        },
        plugins: {
          legend: legend(data.series.length > 1),
          tooltip: {
            callbacks: {
              title: (items: { parsed: { x: number } }[]) => (items[0] ? formatX(items[0].parsed.x) : ''),
              label: (ctx: { dataset: { label?: string }; parsed: { y: number } }) =>
                `${ctx.dataset.label ?? ''}: ${value(ctx.parsed.y)}`,
            },
          },
          decimation: { enabled: type !== 'scatter', algorithm: 'lttb' },
          bdwBackground: background,
        },
      },
      plugins: [backgroundPlugin],
    } as ChartConfiguration;
  }

  const isOthers = (i: number) => data.kind === 'category' && !!data.others && i === data.labels.length - 1;
  if (type === 'pie' || type === 'doughnut') {
    const s = data.series[0] ?? { name: '', values: [] };
    const sliceTotal = s.values.reduce<number>((sum, v, i) => sum + (hidden.has(i) ? 0 : Math.abs(v ?? 0)), 0);
    return {
      type,
      data: {
        labels: data.labels,
        datasets: [
          {
            label: s.name,
            data: s.values,
            backgroundColor: data.labels.map((_, i) => (isOthers(i) ? theme.others : color(i))),
            borderColor: theme.surface,
            borderWidth: 2,
            ...emphasis(data.labels.map((_, i) => (isOthers(i) ? theme.others : color(i)))),
            ...(selected.size ? { offset: data.labels.map((_, j) => (picked(j) ? 12 : 0)) } : {}),
          },
        ],
      },
      options: {
        ...common,
        plugins: {
          legend: legend(true),
          tooltip: {
            callbacks: {
              label: (ctx: { label: string; parsed: number }) =>
                `${ctx.label}: ${value(ctx.parsed)} (${formatShare(ctx.parsed, sliceTotal, lang)})`,
            },
          },
          bdwBackground: background,
        },
      },
      plugins: [backgroundPlugin],
    } as ChartConfiguration;
  }

  const isLine = type === 'line' || type === 'area' || type === 'scatter';
  const many = data.labels.length > LARGE;
  const horizontal = !!options.horizontal && type === 'bar';
  const stacked = !!options.stacked && (type === 'bar' || type === 'area');
  const valueAxis = {
    stacked,
    beginAtZero: type === 'bar',
    title: { display: true, text: data.yLabel, color: theme.text },
    ticks,
    grid,
  };
  // Years on a line are spaced by time, not by position (1995–2000 is five times 2015–2016).
  const years = isLine && type !== 'scatter' && data.ordered && data.labels.every((l) => /^\d{4}$/.test(l));
  const categoryAxis = {
    stacked,
    title: { display: true, text: data.xLabel, color: theme.text },
    ticks: years
      ? { color: theme.text, precision: 0, callback: (v: number | string) => (Number.isInteger(v) ? String(v) : '') }
      : { color: theme.text },
    grid,
    // The axis ends at the first and last year (a nice-rounded 2040 would suggest data to come).
    ...(years ? { type: 'linear' as const, min: Number(data.labels[0]), max: Number(data.labels.at(-1)) } : {}),
  };
  // A single series colours "others" grey; with several, "others" is a category of each series.
  const barColor = (i: number) =>
    data.series.length === 1 && data.others
      ? data.labels.map((_, j) => (isOthers(j) ? theme.others : color(i)))
      : color(i);
  const datasets = data.series.map((s, i) => ({
    label: s.name,
    data: years ? s.values.map((y, j) => ({ x: Number(data.labels[j]), y })) : s.values,
    borderColor: isLine ? color(i) : theme.surface,
    backgroundColor: type === 'area' ? alpha(color(i), 0.25) : isLine ? color(i) : barColor(i),
    hidden: hidden.has(i),
    ...(isLine
      ? {
          fill: type === 'area' ? (stacked && i > 0 ? '-1' : 'origin') : false,
          pointRadius: many ? 0 : 3,
          pointStyle: shape(i),
          borderDash: dash(i),
          borderWidth: 2,
          showLine: type !== 'scatter',
        }
      : {
          borderWidth: data.series.length > 1 ? 1 : 0,
          ...emphasis(barColor(i)),
        }),
    ...(isLine && selected.size && !many
      ? {
          pointRadius: data.labels.map((_, j) => (picked(j) ? 7 : 3)),
          pointBorderColor: data.labels.map((_, j) => (picked(j) ? theme.text : color(i))),
          pointBorderWidth: data.labels.map((_, j) => (picked(j) ? 3 : 1)),
        }
      : {}),
  }));
  return {
    type: isLine ? 'line' : 'bar',
    data: { labels: data.labels, datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: legend(data.series.length > 1),
        tooltip: years
          ? {
              callbacks: {
                title: (items: { dataIndex: number }[]) => data.labels[items[0]?.dataIndex ?? 0] ?? '',
                label: (ctx: { dataset: { label?: string }; parsed: { y: number } }) =>
                  `${ctx.dataset.label ?? ''}: ${value(ctx.parsed.y)}`,
              },
            }
          : tooltip,
        bdwBackground: background,
      },
    },
    plugins: [backgroundPlugin],
  } as ChartConfiguration;
}
