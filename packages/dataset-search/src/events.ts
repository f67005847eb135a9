import type { Dataset, SearchQuery } from '@bdw/core';

export interface BdwSearchDetail {
  query: SearchQuery;
}

export interface BdwDatasetSelectDetail {
  dataset: Dataset;
}

declare global {
  interface HTMLElementEventMap {
    'bdw-search': CustomEvent<BdwSearchDetail>;
    'bdw-dataset-select': CustomEvent<BdwDatasetSelectDetail>;
  }
}
