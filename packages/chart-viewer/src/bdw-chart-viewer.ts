import { defineElement } from '@bdw/core';
import { BdwChartViewer } from './BdwChartViewer.js';

defineElement('bdw-chart-viewer', BdwChartViewer);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { BdwChartReadyDetail, BdwPointSelectDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-chart-viewer': BdwChartViewer;
  }
}
