/**
 * The autoloader for bundler users: `import '@bdw/widgets/autoloader'` defines `<bdw-catalog>` at once and
 * every other `bdw-*` element when its tag first appears in the document (now or later), each in a chunk of
 * its own, so chart.js and Leaflet are fetched only when a page shows a chart or a map. The CDN bundle is
 * this module built for the browser.
 */
import '@bdw/core/bdw-catalog.js';
import type { BdwView } from '@bdw/core';
import type { BdwChartViewer } from '@bdw/chart-viewer';
import type { BdwCouncilAgenda } from '@bdw/council-agenda';
import type { BdwDataMap } from '@bdw/data-map';
import type { BdwDataTable, BdwFilter } from '@bdw/data-view';
import type { BdwDatasetSearch } from '@bdw/dataset-search';
import type { BdwMarketCard, BdwMarketList } from '@bdw/market-card';
import { lazyDefine, load as loadTag } from './lazy.js';

const definitions = {
  'bdw-view': () => import('@bdw/core/bdw-view.js'),
  'bdw-dataset-search': () => import('@bdw/dataset-search/bdw-dataset-search.js'),
  'bdw-market-card': () => import('@bdw/market-card/bdw-market-card.js'),
  'bdw-market-list': () => import('@bdw/market-card/bdw-market-list.js'),
  'bdw-council-agenda': () => import('@bdw/council-agenda/bdw-council-agenda.js'),
  'bdw-chart-viewer': () => import('@bdw/chart-viewer/bdw-chart-viewer.js'),
  'bdw-data-map': () => import('@bdw/data-map/bdw-data-map.js'),
  'bdw-data-table': () => import('@bdw/data-view/bdw-data-table.js'),
  'bdw-filter': () => import('@bdw/data-view/bdw-filter.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** A tag the autoloader defines on first use. */
export type AutoloadedTag = keyof typeof definitions;

/** The elements the autoloader defines on first use, by tag. */
export type AutoloadedElements = Pick<HTMLElementTagNameMap, AutoloadedTag>;

lazyDefine(definitions);

/**
 * Defines `tag` now (resolves once it is defined). The autoloader watches the document only: call this for
 * tags you create inside your own shadow roots, or to fetch an element before it is shown.
 */
export async function load(tag: AutoloadedTag): Promise<void> {
  await loadTag(tag);
}

declare global {
  interface HTMLElementTagNameMap {
    'bdw-view': BdwView;
    'bdw-dataset-search': BdwDatasetSearch;
    'bdw-market-card': BdwMarketCard;
    'bdw-market-list': BdwMarketList;
    'bdw-council-agenda': BdwCouncilAgenda;
    'bdw-chart-viewer': BdwChartViewer;
    'bdw-data-map': BdwDataMap;
    'bdw-data-table': BdwDataTable;
    'bdw-filter': BdwFilter;
  }
}
