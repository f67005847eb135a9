/**
 * Every element, defined: `import '@bdw/widgets'`. Bundlers take chart.js and Leaflet from
 * the page's own dependencies; the CDN build (`./cdn`) loads them lazily instead.
 */
import '@bdw/core/bdw-catalog.js';
import '@bdw/dataset-search/bdw-dataset-search.js';
import '@bdw/market-card/bdw-market-card.js';
import '@bdw/market-card/bdw-market-list.js';
import '@bdw/council-agenda/bdw-council-agenda.js';
import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/data-map/bdw-data-map.js';

export { BdwCatalog } from '@bdw/core';
export { BdwDatasetSearch } from '@bdw/dataset-search';
export { BdwMarketCard, BdwMarketList } from '@bdw/market-card';
export { BdwCouncilAgenda } from '@bdw/council-agenda';
export { BdwChartViewer } from '@bdw/chart-viewer';
export { BdwDataMap } from '@bdw/data-map';
