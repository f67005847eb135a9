import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/**
 * The wrappers as an SSR framework (Next.js, Remix) uses them: imported and rendered in Node, with no DOM and
 * no `customElements`. Each renders its element's tag with the attributes given, so the page's HTML carries
 * the widget and the browser upgrades it.
 */
describe('@bdw/react on the server', () => {
  it('imports without a window', async () => {
    const wrappers = await import('../src/index.js');
    expect(Object.keys(wrappers).sort()).toEqual([
      'BdwCatalog',
      'BdwChartViewer',
      'BdwCouncilAgenda',
      'BdwDataMap',
      'BdwDataTable',
      'BdwDatasetSearch',
      'BdwFilter',
      'BdwMarketCard',
      'BdwMarketList',
      'BdwView',
    ]);
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
  });

  it('renders each wrapper as its tag', async () => {
    const wrappers = await import('../src/index.js');
    const tags = Object.entries(wrappers).map(([name, component]) => {
      const html = renderToString(createElement(component as never, { lang: 'en' } as never));
      return [name, html.match(/^<(bdw-[a-z-]+)/)?.[1]];
    });
    expect(Object.fromEntries(tags)).toEqual({
      BdwCatalog: 'bdw-catalog',
      BdwChartViewer: 'bdw-chart-viewer',
      BdwCouncilAgenda: 'bdw-council-agenda',
      BdwDataMap: 'bdw-data-map',
      BdwDataTable: 'bdw-data-table',
      BdwDatasetSearch: 'bdw-dataset-search',
      BdwFilter: 'bdw-filter',
      BdwMarketCard: 'bdw-market-card',
      BdwMarketList: 'bdw-market-list',
      BdwView: 'bdw-view',
    });
  });

  it('passes plain HTML attributes through; element properties wait for the browser', async () => {
    const { BdwDatasetSearch } = await import('../src/BdwDatasetSearch.js');
    const html = renderToString(
      createElement(BdwDatasetSearch, { id: 'search', lang: 'en', api: 'https://data.busan.go.kr/api/3/action' }),
    );
    // @lit/react sets `api` as a property once React hydrates (with @lit-labs/ssr-react it is pre-rendered).
    expect(html).toBe('<bdw-dataset-search id="search" lang="en"></bdw-dataset-search>');
  });
});
