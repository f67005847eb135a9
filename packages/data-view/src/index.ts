export { BdwDataTable } from './BdwDataTable.js';
export { BdwFilter, type FilterKind } from './BdwFilter.js';
export {
  messages as dataViewMessages,
  msg as dataViewMessage,
  type MessageKey as DataViewMessageKey,
} from './messages.js';
export { exactNumber, displayCell, isNumeric } from './format.js';
export {
  rowWindow,
  scrollFor,
  followScroll,
  placeAt,
  MAX_BODY_PX,
  type RowWindow,
  type WindowInput,
  type ScrollState,
  type TableGeometry,
} from './window.js';
export {
  columnWindow,
  drawnColumns,
  estimatedEdges,
  measuredEdges,
  COLUMN_OVERSCAN,
  type ColumnRange,
  type ColumnWindowInput,
} from './column-window.js';
export { moveCell, clampCell, type CellPosition, type GridSize } from './grid-keys.js';
export { nextSort, ariaSort, parseSort } from './sort.js';
export { RowPager, PAGE_SIZE, type TableQuery } from './row-pager.js';
export { tableCsv, BOM, CSV_PAGE } from './csv.js';
export { facetRows, type FacetRow } from './facet-rows.js';
