import { readFiltersFromParams, writeFiltersToParams, type ViewFilters } from '../data/filters.js';

/**
 * A view's filters in the page's address (`?accidents.발생지시군구=사상구`), so that a filtered dashboard can be
 * bookmarked and shared and Back undoes a filter. The namespace keeps several views on one page apart.
 */
export const urlPrefix = (namespace: string): string => `${namespace.trim() || 'filter'}.`;

export function readUrlFilters(namespace: string, location: Location = window.location): ViewFilters {
  return readFiltersFromParams(new URL(location.href).searchParams, urlPrefix(namespace));
}

/** Writes the filters as a new history entry (a person's change), keeping the page's other parameters. */
export function pushUrlFilters(namespace: string, filters: ViewFilters): void {
  const url = new URL(window.location.href);
  const params = writeFiltersToParams(url.searchParams, urlPrefix(namespace), filters);
  url.search = params.toString();
  if (url.href !== window.location.href) history.pushState(history.state, '', url);
}
