import '@bdw/dataset-search/bdw-dataset-search.js';
import {
  BdwDatasetSearch as BdwDatasetSearchElement,
  type BdwDatasetSelectDetail,
  type BdwSearchDetail,
} from '@bdw/dataset-search';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-dataset-search>` for React, with `onBdwSearch` and `onBdwDatasetSelect`. */
export const BdwDatasetSearch = createComponent({
  react: React,
  tagName: 'bdw-dataset-search',
  elementClass: BdwDatasetSearchElement,
  displayName: 'BdwDatasetSearch',
  events: {
    onBdwSearch: bdwEventName<CustomEvent<BdwSearchDetail>>('bdw-search'),
    onBdwDatasetSelect: bdwEventName<CustomEvent<BdwDatasetSelectDetail>>('bdw-dataset-select'),
  },
});
