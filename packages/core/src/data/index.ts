/**
 * `@bdw/core/data`: tables as the widgets read them — cells, typing of real Korean public data, and the errors of
 * reading a file. Loaded by the widgets that show rows (the chart, the map, the table, the view), not by every page.
 */
export * from './types.js';
export * from './table.js';
export * from './typing.js';
export * from './errors.js';
export { dictionary } from './dictionary.js';
export * from './filters.js';
export type * from './engine/types.js';
export { LocalTable } from './engine/local-query.js';
export { LocalEngine } from './engine/local-engine.js';
export {
  DatastoreEngine,
  BROWSER_MAX_ROWS,
  CUBE_MIN_ROWS,
  type DatastoreEngineOptions,
} from './engine/datastore-engine.js';
export * from './engine/count-cube.js';
export { createEngine, type EngineSource } from './engine/create.js';
export * from './load/encoding.js';
export {
  CsvStreamParser,
  detectDelimiter,
  cleanHeader,
  MAX_RECORD_CHARS,
  streamCsv,
  type CsvRequest,
  type CsvMessage,
} from './load/csv-stream.js';
export { looksLikeHtml } from './load/html-sniff.js';
export { featuresToTable, parseJsonTable, readJson } from './load/json.js';
export {
  loadCsv,
  loadJson,
  loadDatastore,
  sourceFormat,
  sourceDelimiter,
  type CsvLoadOptions,
  type LoadProgress,
  type Loaded,
} from './load/load.js';
export { DATA_WORKER_POLICY, startDataWorker } from './load/worker-url.js';
export type { WorkerEngine } from './engine/worker-engine.js';
export { PAGE_MAX_BYTES, PAGE_MAX_ROWS } from './engine/worker-protocol.js';
export { parseLabels } from './labels.js';
export { withLabels } from './engine/labeled.js';
