import '@bdw/data-map/bdw-data-map.js';
import { datasetHref } from './catalog.js';
import { currentLang } from './site.js';

/** Layer titles of the integrated map in English (the layers are written in Korean in map.html). */
const LAYER_TITLES_EN: Record<string, { title: string; valueLabel?: string }> = {
  electors: {
    title: 'Electors by district (2022; Statistics Korea boundaries + National Election Commission results)',
    valueLabel: 'Electors',
  },
  accidents: { title: 'Fatal traffic accidents (2020)' },
  inspection: { title: 'Car inspection stations' },
};

if (currentLang() === 'en') {
  for (const map of document.querySelectorAll('bdw-data-map[layers]')) {
    const layers = JSON.parse(map.getAttribute('layers')!) as { id: string; title: string; valueLabel?: string }[];
    map.setAttribute('layers', JSON.stringify(layers.map((layer) => ({ ...layer, ...LAYER_TITLES_EN[layer.id] }))));
  }
}

// Catalogue map: choosing a dataset opens its page; narrowing to a category or provider opens the search.
document.addEventListener('bdw-dataset-select', (event) => {
  const { dataset } = (event as CustomEvent<{ dataset: { name: string } }>).detail;
  location.href = datasetHref(dataset);
});
document.addEventListener('bdw-search', (event) => {
  const filters = (event as CustomEvent<{ query: { filters?: Record<string, string[]> } }>).detail.query.filters ?? {};
  const params = new URLSearchParams();
  for (const [field, values] of Object.entries(filters))
    for (const value of values) params.append(`ds.${field}`, value);
  if (currentLang() === 'en') params.set('lang', 'en');
  location.href = `/search.html?${params}`;
});
