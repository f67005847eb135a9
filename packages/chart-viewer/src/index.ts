import { DATASTORE_MAX_ROWS } from '@bdw/core';
export { BdwChartViewer } from './BdwChartViewer.js';
export type { BdwChartReadyDetail, BdwPointSelectDetail } from './events.js';
export * from './types.js';
export { buildChartData, accValue, pointCount, usesPoints, type ChartSpec, type AggregateLabels } from './aggregate.js';
export { parseFilters, formatFilters, rowPredicate, type Filter, type FilterOp } from './filter.js';
export * from '@bdw/core/data';
export { summarize, trend, type Trend, type SummaryOptions } from './summary.js';
export { toCsv } from './csv-export.js';
export { chooseSettings, parseColumnList, type ChartSettings, type RequestedSettings, type Choice } from './choose.js';
export { profileTable, type ColumnProfile, type ColumnRole } from './profile.js';
export { effectiveSettings, resolveSpec } from './spec.js';
export { lttb } from './lttb.js';
export { formatValue, formatKoreanUnits, type NumberStyle } from './format.js';
export { DataError, type DataErrorCode } from '@bdw/core/data';
export { jsonToTable, rowsToTable } from '@bdw/core/data';
/**
 * The most datastore rows the chart reads: core's `DATASTORE_MAX_ROWS` (100,000). Beyond it, or when the server
 * reports no total and every page is full, reading stops there and the chart says it shows part.
 */
export const CHART_MAX_ROWS = DATASTORE_MAX_ROWS;
export { buildConfig, formatShare, LIGHT_PALETTE, DARK_PALETTE, type ChartTheme } from './config.js';
export { LIGHT_OTHERS, DARK_OTHERS, DASHES, POINT_STYLES } from './palette.js';
