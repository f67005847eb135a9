import type { ChartSettings } from './choose.js';
import type { ChartType } from './types.js';

export interface BdwChartReadyDetail {
  type: ChartType;
  /** The effective settings of what was drawn (the same object `el.settings` gives and accepts). */
  settings: ChartSettings;
  /** Series drawn. */
  series: number;
  /** Values charted (categories × series, or points before decimation). */
  points: number;
}

export interface BdwPointSelectDetail {
  datasetIndex: number;
  index: number;
  series: string;
  /** The category, or the formatted x of a point. */
  label: string;
  value: number | null;
  /** x of a point (points charts). */
  x?: number;
}

declare global {
  interface HTMLElementEventMap {
    'bdw-chart-ready': CustomEvent<BdwChartReadyDetail>;
    'bdw-point-select': CustomEvent<BdwPointSelectDetail>;
  }
}

export function bdwEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}
