import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/core/bdw-view.js';
import '@bdw/data-map/bdw-data-map.js';
import '@bdw/data-view/bdw-data-table.js';
import { safeUrl, type Dataset, type Resource } from '@bdw/core';
import { widgetTheme } from './site.js';

/**
 * For each datastore table, a chart and the table in one `<bdw-view>` (a bar clicked filters the table); a table for
 * each CSV/TSV file not in the datastore; a map for each GeoJSON resource.
 */
export function previewFor(dataset: Dataset, lang: 'ko' | 'en'): HTMLElement[] {
  const section = (title: string, child: HTMLElement) => {
    const el = document.createElement('section');
    el.className = 'panel';
    const h2 = document.createElement('h2');
    h2.textContent = title;
    el.append(h2, child);
    return el;
  };
  const theme = widgetTheme();
  const tableOf = (name: string) => {
    const table = document.createElement('bdw-data-table');
    table.setAttribute('label', name);
    table.setAttribute('theme', theme);
    return table;
  };
  const charts = dataset.resources
    .filter((r: Resource) => r.datastoreActive)
    .map((r) => {
      const view = document.createElement('bdw-view');
      view.setAttribute('resource', r.id);
      view.setAttribute('theme', theme);
      const chart = document.createElement('bdw-chart-viewer');
      chart.setAttribute('controls', '');
      chart.setAttribute('label', r.name);
      chart.setAttribute('theme', theme);
      // The PNG download carries the publisher and licence, like a published chart.
      chart.setAttribute('source', dataset.organization?.title ?? dataset.title);
      if (dataset.license?.title) chart.setAttribute('license', dataset.license.title);
      view.append(chart, tableOf(r.name));
      return section(`${lang === 'en' ? 'Chart and table' : '차트와 표'}: ${r.name}`, view);
    });
  const files = dataset.resources
    .filter((r) => !r.datastoreActive && /^(csv|tsv)$/i.test(r.format) && safeUrl(r.url) !== null)
    .map((r) => {
      const table = tableOf(r.name);
      table.setAttribute('src', safeUrl(r.url)!);
      return section(`${lang === 'en' ? 'Table' : '표'}: ${r.name}`, table);
    });
  const maps = dataset.resources
    .filter((r) => r.format === 'GEOJSON' && safeUrl(r.url) !== null)
    .map((r) => {
      const map = document.createElement('bdw-data-map');
      map.setAttribute('src', safeUrl(r.url)!);
      map.setAttribute('label', r.name);
      map.setAttribute('theme', theme);
      return section(`${lang === 'en' ? 'Map' : '지도'}: ${r.name}`, map);
    });
  return [...charts, ...files, ...maps];
}
