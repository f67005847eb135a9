import '@bdw/data-map/bdw-data-map.js';
import {
  BdwDataMap as BdwDataMapElement,
  type BdwDatasetSelectDetail,
  type BdwFeatureSelectDetail,
  type BdwLayerChangeDetail,
  type BdwSearchDetail,
} from '@bdw/data-map';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-data-map>` for React, with `onBdwFeatureSelect`, `onBdwLayerChange` and (catalogue mode) `onBdwDatasetSelect`, `onBdwSearch`. */
export const BdwDataMap = createComponent({
  react: React,
  tagName: 'bdw-data-map',
  elementClass: BdwDataMapElement,
  displayName: 'BdwDataMap',
  events: {
    onBdwFeatureSelect: bdwEventName<CustomEvent<BdwFeatureSelectDetail>>('bdw-feature-select'),
    onBdwLayerChange: bdwEventName<CustomEvent<BdwLayerChangeDetail>>('bdw-layer-change'),
    onBdwDatasetSelect: bdwEventName<CustomEvent<BdwDatasetSelectDetail>>('bdw-dataset-select'),
    onBdwSearch: bdwEventName<CustomEvent<BdwSearchDetail>>('bdw-search'),
  },
});
