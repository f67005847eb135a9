import { defineElement } from '@bdw/core';
import { BdwDatasetSearch } from './BdwDatasetSearch.js';

defineElement('bdw-dataset-search', BdwDatasetSearch);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-dataset-search': BdwDatasetSearch;
  }
}
