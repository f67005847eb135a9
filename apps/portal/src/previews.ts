import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/data-map/bdw-data-map.js';
import { safeUrl, type Dataset, type Resource } from '@bdw/core';
import { widgetTheme } from './site.js';

/** A chart for each datastore table and a map for each GeoJSON (or coordinate CSV) resource of a dataset. */
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
  const charts = dataset.resources
    .filter((r: Resource) => r.datastoreActive)
    .map((r) => {
      const chart = document.createElement('bdw-chart-viewer');
      chart.setAttribute('resource', r.id);
      chart.setAttribute('controls', '');
      chart.setAttribute('label', r.name);
      chart.setAttribute('theme', theme);
      // The PNG download carries the publisher and licence, like a published chart.
      chart.setAttribute('source', dataset.organization?.title ?? dataset.title);
      if (dataset.license?.title) chart.setAttribute('license', dataset.license.title);
      return section(`${lang === 'en' ? 'Chart' : '차트'}: ${r.name}`, chart);
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
  return [...charts, ...maps];
}
