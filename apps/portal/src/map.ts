import '@bdw/data-map/bdw-data-map.js';
import { datasetHref } from './catalog.js';
import './site.js';

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
  location.href = `/search.html?${params}`;
});
