import { defineElement } from '@bdw/core';
import { BdwChartViewer } from './BdwChartViewer.js';

defineElement('bdw-chart-viewer', BdwChartViewer);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-chart-viewer': BdwChartViewer;
  }
}
