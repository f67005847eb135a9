/**
 * The search a reader last ran on this tab (its full address: query, filters, page), so that a dataset page can
 * lead back to exactly those results. sessionStorage: per tab, gone when the tab closes.
 */
const KEY = 'bdw-last-search';

export function rememberSearch(href = location.href): void {
  try {
    sessionStorage.setItem(KEY, new URL(href).pathname + new URL(href).search);
  } catch {
    // storage off: the breadcrumb still leads to the search page
  }
}

/** The last search's address on this site, or null. */
export function lastSearch(): string | null {
  try {
    const saved = sessionStorage.getItem(KEY);
    return saved?.startsWith('/search.html') ? saved : null;
  } catch {
    return null;
  }
}
