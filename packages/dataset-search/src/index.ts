export { BdwDatasetSearch } from './BdwDatasetSearch.js';
export type { BdwDatasetSelectDetail, BdwSearchDetail } from './events.js';
export * from './search-state.js';
export { readState, writeState } from './url-state.js';
export { highlight, excerpt, queryWords, type Segment } from './highlight.js';
export { lastPage, pageItems, type PageItem } from './pagination.js';
export { similarQueries } from './similar.js';
