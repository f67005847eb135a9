/**
 * The CDN bundle: `<script type="module" src="…/@bdw/widgets/dist/cdn/bdw-widgets.js">`.
 * Only `<bdw-catalog>` and the loader are in it; each widget is a chunk fetched when its tag
 * first appears, so a page pays for what it shows (chart.js and Leaflet only with a chart or map).
 */
import '@bdw/core/bdw-catalog.js';
import { lazyDefine, load } from './lazy.js';

lazyDefine({
  'bdw-dataset-search': () => import('@bdw/dataset-search/bdw-dataset-search.js'),
  'bdw-market-card': () => import('@bdw/market-card/bdw-market-card.js'),
  'bdw-market-list': () => import('@bdw/market-card/bdw-market-list.js'),
  'bdw-council-agenda': () => import('@bdw/council-agenda/bdw-council-agenda.js'),
  'bdw-chart-viewer': () => import('@bdw/chart-viewer/bdw-chart-viewer.js'),
  'bdw-data-map': () => import('@bdw/data-map/bdw-data-map.js'),
});

export { load };
