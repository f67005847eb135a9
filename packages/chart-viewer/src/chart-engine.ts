/**
 * What `<bdw-chart-viewer>` needs once there is data: loading and reading it, typing, aggregation,
 * the summary, chart.js' configuration, the table view, the settings panel, the column list, the
 * keyboard map and CSV export. The element fetches this module together with its data (see
 * `DataController`), so a page pays for the element shell first and for the rest while data arrives.
 */
export { createChart } from './create-chart.js';
export { loadCsv, loadDatastore, loadJson, sourceDelimiter, sourceFormat } from '@bdw/core/data';
export { rowsToTable } from '@bdw/core/data';
export { parseTypeOverrides, typeColumns } from '@bdw/core/data';
export { buildChartData, pointCount } from './aggregate.js';
export { buildConfig } from './config.js';
export { summarize } from './summary.js';
export { effectiveSettings, resolveSpec } from './spec.js';
export { chartPng } from './png.js';
export { deriveChart } from './derive.js';
export { parseFilters } from './filter.js';
export { toCsv } from './csv-export.js';
export { pointKeyAction } from './point-keys.js';
export { buildTableView, rawTableView, sortTableView } from './table-view.js';
export { legendNames, renderChartLegend } from './render/legend.js';
export { readChartTheme } from './theme.js';
export { t as message } from './engine-messages.js';
export { renderColumns } from './render/columns.js';
export { renderControls } from './render/controls.js';
export { renderTable } from './render/table.js';
export { renderTruncation } from './render/truncation.js';
export { engineStyles } from './engine.styles.js';
