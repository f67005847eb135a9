import { clientFor, formatDate, type BdwCatalog, type CkanClient, type Dataset } from '@bdw/core';
import { EnglishCatalogClient } from './english-catalog.js';
import { currentLang } from './prefs.js';

/** The API every page talks to (`<bdw-catalog api>`; set by BDW_API at build time). */
export function apiBase(): string {
  return document.querySelector('bdw-catalog')?.getAttribute('api') ?? '/';
}

let english: EnglishCatalogClient | undefined;

/**
 * The portal's own reads of the catalogue (lists on the home page, the dataset page): in English, a client that
 * names categories and formats in English.
 */
export function catalog(): CkanClient {
  if (currentLang() !== 'en') return clientFor(apiBase());
  english ??= new EnglishCatalogClient({ baseUrl: apiBase() });
  return english;
}

/** In English, the widgets under `<bdw-catalog>` get the English-naming client too (after its own first update). */
export function provideEnglishCatalog(): void {
  const provider = document.querySelector<BdwCatalog>('bdw-catalog');
  if (!provider || currentLang() !== 'en') return;
  const client = catalog();
  provider.client = client;
  void provider.updateComplete.then(() => {
    if (provider.client !== client) provider.client = client;
  });
}

export const datasetHref = (dataset: Pick<Dataset, 'name'>) =>
  `/dataset.html?name=${encodeURIComponent(dataset.name)}${currentLang() === 'en' ? '&lang=en' : ''}`;

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
