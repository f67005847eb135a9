import type { Lang } from '@bdw/core';
import { t } from './engine-messages.js';
import { readChartTheme } from './theme.js';

export interface PngBand {
  title: string;
  source: string;
  license: string;
  lang: Lang;
  text: string;
  muted: string;
  surface: string;
  font: string;
}

/** Wraps text to lines no wider than `width` (Korean breaks between any syllables, as it does on screen). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (ctx.measureText(line + char).width > width && line) {
      const space = line.lastIndexOf(' ');
      if (space > line.length / 2) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a published chart: its title above, and the source and licence line below, on the
 * chart's own background, as a PNG data URL.
 */
export function composePng(chart: HTMLCanvasElement, band: PngBand): string {
  const scale = chart.width / Math.max(1, chart.clientWidth || chart.width);
  const pad = 16 * scale;
  const titleSize = 18 * scale;
  const noteSize = 12 * scale;
  const width = chart.width;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `700 ${titleSize}px ${band.font}`;
  const titleLines = band.title ? wrap(measure, band.title, width - 2 * pad) : [];
  const note = [
    band.source ? t(band.lang, 'png.source', { source: band.source }) : '',
    band.license ? t(band.lang, 'png.license', { license: band.license }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  measure.font = `${noteSize}px ${band.font}`;
  const noteLines = note ? wrap(measure, note, width - 2 * pad) : [];
  const top = titleLines.length ? pad + titleLines.length * titleSize * 1.35 : pad;
  const bottom = noteLines.length ? pad + noteLines.length * noteSize * 1.5 : pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(top + chart.height + bottom);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = band.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = band.text;
  ctx.font = `700 ${titleSize}px ${band.font}`;
  titleLines.forEach((line, i) => ctx.fillText(line, pad, pad + i * titleSize * 1.35));
  ctx.drawImage(chart, 0, top);
  ctx.fillStyle = band.muted;
  ctx.font = `${noteSize}px ${band.font}`;
  noteLines.forEach((line, i) => ctx.fillText(line, pad, top + chart.height + pad / 2 + i * noteSize * 1.5));
  return canvas.toDataURL('image/png');
}

/** The PNG of an element's chart in the element's own colours and font (see `composePng`). */
export function chartPng(
  host: HTMLElement,
  chart: HTMLCanvasElement,
  band: Pick<PngBand, 'title' | 'source' | 'license' | 'lang'>,
): string {
  const computed = getComputedStyle(host);
  const theme = readChartTheme(host, host.shadowRoot ?? host);
  return composePng(chart, {
    ...band,
    text: theme.text,
    muted: computed.getPropertyValue('--bdw-color-text-muted').trim() || theme.text,
    surface: theme.surface,
    font: computed.fontFamily || 'sans-serif',
  });
}
