import '@bdw/chart-viewer/bdw-chart-viewer.js';
import {
  BdwChartViewer as BdwChartViewerElement,
  type BdwChartReadyDetail,
  type BdwPointSelectDetail,
} from '@bdw/chart-viewer';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-chart-viewer>` for React, with `onBdwChartReady` and `onBdwPointSelect`. */
export const BdwChartViewer = createComponent({
  react: React,
  tagName: 'bdw-chart-viewer',
  elementClass: BdwChartViewerElement,
  displayName: 'BdwChartViewer',
  events: {
    onBdwChartReady: bdwEventName<CustomEvent<BdwChartReadyDetail>>('bdw-chart-ready'),
    onBdwPointSelect: bdwEventName<CustomEvent<BdwPointSelectDetail>>('bdw-point-select'),
  },
});
