/**
 * React wrappers (`@lit/react`) for every Big-Data Wave element: typed props and `onBdw…` event props.
 * Importing this module defines every element; import one wrapper (`@bdw/react/BdwDatasetSearch.js`) to
 * load only its element (and so chart.js or Leaflet only with the chart or the map).
 */
export { BdwCatalog } from './BdwCatalog.js';
export { BdwChartViewer } from './BdwChartViewer.js';
export { BdwCouncilAgenda } from './BdwCouncilAgenda.js';
export { BdwDataMap } from './BdwDataMap.js';
export { BdwDataTable } from './BdwDataTable.js';
export { BdwDatasetSearch } from './BdwDatasetSearch.js';
export { BdwFilter } from './BdwFilter.js';
export { BdwMarketCard } from './BdwMarketCard.js';
export { BdwMarketList } from './BdwMarketList.js';
export { BdwView } from './BdwView.js';
