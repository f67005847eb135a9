import { defineElement } from '@bdw/core';
import { BdwDatasetSearch } from './BdwDatasetSearch.js';

defineElement('bdw-dataset-search', BdwDatasetSearch);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { BdwDatasetSelectDetail, BdwSearchDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-dataset-search': BdwDatasetSearch;
  }
}
