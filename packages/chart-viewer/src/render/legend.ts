import type { Lang } from '@bdw/core';
import { html, nothing, svg } from 'lit';
import { t } from '../engine-messages.js';
import type { ChartTheme } from '../config.js';
import { DASHES, POINT_STYLES } from '../palette.js';
import type { ChartData } from '../types.js';

export interface LegendItem {
  name: string;
  color: string;
  hidden: boolean;
}

/** A small picture of a series' mark: its colour, its dash and its point shape (told apart without colour). */
function swatch(index: number, color: string, line: boolean) {
  const dash = DASHES[index % DASHES.length]!.join(' ');
  const shape = POINT_STYLES[index % POINT_STYLES.length]!;
  const mark =
    shape === 'rect' || shape === 'rectRounded'
      ? svg`<rect x="10" y="3" width="8" height="8" fill=${color} />`
      : shape === 'triangle'
        ? svg`<path d="M14 2 L19 12 L9 12 Z" fill=${color} />`
        : shape === 'rectRot'
          ? svg`<path d="M14 2 L19 7 L14 12 L9 7 Z" fill=${color} />`
          : svg`<circle cx="14" cy="7" r="4" fill=${color} />`;
  return html`<svg viewBox="0 0 28 14" aria-hidden="true" focusable="false">
    ${
      line
        ? svg`<line x1="1" y1="7" x2="27" y2="7" stroke=${color} stroke-width="2.5" stroke-dasharray=${dash} />${mark}`
        : svg`<rect x="2" y="2" width="24" height="10" rx="2" fill=${color} />`
    }
  </svg>`;
}

/**
 * The legend as buttons: each series (or pie slice) can be hidden and shown again by keyboard or
 * pointer; `aria-pressed` tells whether it is shown.
 */
export function renderLegend(
  items: readonly LegendItem[],
  lang: Lang,
  line: boolean,
  onToggle: (index: number) => void,
) {
  return html`<ul class="legend" part="legend" aria-label=${t(lang, 'legend')}>
    ${items.map(
      (item, i) =>
        html`<li>
          <button type="button" aria-pressed=${item.hidden ? 'false' : 'true'} @click=${() => onToggle(i)}>
            ${swatch(i, item.color, line)}<span>${item.name}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}

/** What the legend lists: the series, or the slices of a pie. */
export function legendNames(data: ChartData | null, pie: boolean): string[] {
  if (!data) return [];
  return pie && data.kind === 'category' ? data.labels : data.series.map((s) => s.name);
}

/** The legend of a chart as it is painted ("others" of a pie in grey); nothing for a single series. */
export function renderChartLegend(
  data: ChartData,
  options: { pie: boolean; line: boolean; theme: ChartTheme; hidden: ReadonlySet<string>; lang: Lang },
  onToggle: (index: number) => void,
) {
  const names = legendNames(data, options.pie);
  if (names.length < 2) return nothing;
  const { palette, others } = options.theme;
  const isOthers = (i: number) => options.pie && data.kind === 'category' && !!data.others && i === names.length - 1;
  const items = names.map((name, i) => ({
    name,
    color: isOthers(i) ? others : palette[i % palette.length]!,
    hidden: options.hidden.has(name),
  }));
  return renderLegend(items, options.lang, options.line, onToggle);
}
