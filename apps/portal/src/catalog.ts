import { clientFor, formatDate, type Dataset } from '@bdw/core';
import { apiBase } from './site.js';

/** The portal's own reads of the catalogue (lists on the home page, the dataset page). */
export const catalog = () => clientFor(apiBase());

export const datasetHref = (dataset: Pick<Dataset, 'name'>) => `/dataset.html?name=${encodeURIComponent(dataset.name)}`;

/** A list item: the dataset's title as a link, its organisation and date; all as text. */
export function datasetItem(dataset: Dataset, lang: 'ko' | 'en'): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = datasetHref(dataset);
  link.textContent = dataset.title;
  const meta = document.createElement('div');
  meta.className = 'muted';
  meta.textContent = [
    dataset.organization?.title,
    dataset.metadataModified && formatDate(dataset.metadataModified, lang),
  ]
    .filter(Boolean)
    .join(' · ');
  li.append(link, meta);
  return li;
}
