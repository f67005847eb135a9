/**
 * Every element, defined: `import '@bdw/widgets'`. Bundlers take chart.js and Leaflet from
 * the page's own dependencies; the CDN build (`./cdn`) loads them lazily instead.
 */
import '@bdw/core/bdw-catalog.js';
import '@bdw/core/bdw-view.js';
import '@bdw/dataset-search/bdw-dataset-search.js';
import '@bdw/market-card/bdw-market-card.js';
import '@bdw/market-card/bdw-market-list.js';
import '@bdw/council-agenda/bdw-council-agenda.js';
import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/data-map/bdw-data-map.js';
import '@bdw/data-view/bdw-data-table.js';
import '@bdw/data-view/bdw-filter.js';

export { BdwCatalog, BdwView, type FilterChangeDetail } from '@bdw/core';
export { BdwDatasetSearch, type BdwDatasetSelectDetail, type BdwSearchDetail } from '@bdw/dataset-search';
export { BdwMarketCard, BdwMarketList, type MarketChangeDetail, type MarketRequestDetail } from '@bdw/market-card';
export { BdwCouncilAgenda, type AgendaToggleDetail, type CalendarDownloadDetail } from '@bdw/council-agenda';
export { BdwChartViewer, type BdwChartReadyDetail, type BdwPointSelectDetail } from '@bdw/chart-viewer';
// The map's catalogue-mode bdw-search / bdw-dataset-select details are the search's (same shape).
export { BdwDataMap, type BdwFeatureSelectDetail, type BdwLayerChangeDetail } from '@bdw/data-map';
export { BdwDataTable, BdwFilter, type FilterKind } from '@bdw/data-view';
