/**
 * What `<bdw-chart-viewer>` needs once there is data: loading and reading it, typing, aggregation,
 * the summary, chart.js' configuration, the table view, the settings panel, the column list, the
 * keyboard map and CSV export. The element fetches this module together with its data (see
 * `DataController`), so a page pays for the element shell first and for the rest while data arrives.
 */
export { loadCsv, loadDatastore, loadJson, sourceDelimiter, sourceFormat } from './load.js';
export { rowsToTable } from './table.js';
export { parseTypeOverrides, typeColumns } from './typing.js';
export { buildChartData, pointCount } from './aggregate.js';
export { buildConfig } from './config.js';
export { summarize } from './summary.js';
export { effectiveSettings, resolveSpec } from './spec.js';
export { composePng } from './png.js';
export { parseFilters } from './filter.js';
export { toCsv } from './csv-export.js';
export { pointKeyAction } from './point-keys.js';
export { buildTableView, rawTableView, sortTableView } from './table-view.js';
export { renderLegend } from './render/legend.js';
export { renderColumns } from './render/columns.js';
export { renderControls } from './render/controls.js';
export { renderTable } from './render/table.js';
