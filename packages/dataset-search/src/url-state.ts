import { PAGE_SIZES, SORTS, initialState, type SearchState } from './search-state.js';

/**
 * The search state in the page URL, under a namespace so that two widgets on one page
 * do not collide: `?ds.q=주차&ds.organization=org-6260000&ds.page=2`. Keys of other
 * namespaces and other parameters are left alone.
 */
export function writeState(params: URLSearchParams, namespace: string, state: SearchState, facets: readonly string[]) {
  const key = (name: string) => `${namespace}.${name}`;
  for (const name of [...params.keys()]) if (name.startsWith(`${namespace}.`)) params.delete(name);
  if (state.q) params.set(key('q'), state.q);
  for (const field of facets) for (const value of state.filters[field] ?? []) params.append(key(field), value);
  if (state.sort !== 'relevance') params.set(key('sort'), state.sort);
  if (state.page > 1) params.set(key('page'), String(state.page));
  if (state.pageSize !== initialState().pageSize) params.set(key('size'), String(state.pageSize));
  return params;
}

/** Reads the state back; anything missing or invalid falls back to the defaults given. */
export function readState(
  params: URLSearchParams,
  namespace: string,
  facets: readonly string[],
  defaults: SearchState,
): SearchState {
  const get = (name: string) => params.get(`${namespace}.${name}`);
  const filters: Record<string, string[]> = {};
  for (const field of facets) {
    const values = params.getAll(`${namespace}.${field}`).filter(Boolean);
    if (values.length) filters[field] = values;
  }
  const sort = get('sort');
  const page = Number(get('page'));
  const size = Number(get('size'));
  return {
    q: get('q') ?? defaults.q,
    filters: Object.keys(filters).length ? filters : defaults.filters,
    sort: sort && SORTS.includes(sort) ? sort : defaults.sort,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : defaults.pageSize,
  };
}
