import type { DatastoreQuery, SearchQuery, SearchSort } from '../model.js';

/** CKAN's own sort expressions for the friendly sort names. */
const SORTS: Record<string, string> = {
  relevance: 'score desc, metadata_modified desc',
  newest: 'metadata_modified desc',
  views: 'views_recent desc',
  title: 'title_string asc',
};

export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_FACET_LIMIT = 50;

export function ckanSort(sort: SearchSort | undefined): string | undefined {
  if (!sort) return undefined;
  return SORTS[sort] ?? sort;
}

/** Quotes a value for a Solr field query: `"a \"b\""`. */
export function quoteFq(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Builds CKAN's `fq` from facet filters: OR within a field, AND across fields.
 * `{ organization: ['a', 'b'], groups: ['x'] }` → `organization:("a" OR "b") AND groups:"x"`.
 * Fields with no values are dropped; field names are restricted to Solr-safe characters.
 */
export function buildFq(filters: SearchQuery['filters']): string {
  const clauses: string[] = [];
  for (const [field, values] of Object.entries(filters ?? {})) {
    if (!/^[A-Za-z_][\w.-]*$/.test(field)) throw new RangeError(`Invalid facet field: ${field}`);
    const unique = [...new Set(values.filter((v) => v !== ''))];
    if (unique.length === 1) clauses.push(`${field}:${quoteFq(unique[0]!)}`);
    else if (unique.length > 1) clauses.push(`${field}:(${unique.map(quoteFq).join(' OR ')})`);
  }
  return clauses.join(' AND ');
}

/** The `package_search` parameters for a query (all values as CKAN expects them over GET). */
export function packageSearchParams(query: SearchQuery): Record<string, string> {
  const pageSize = Math.max(0, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE));
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const params: Record<string, string> = {
    q: query.q?.trim() ?? '',
    rows: String(pageSize),
    start: String((page - 1) * pageSize),
  };
  const fq = buildFq(query.filters);
  if (fq) params['fq'] = fq;
  const sort = ckanSort(query.sort);
  if (sort) params['sort'] = sort;
  if (query.facetFields?.length) {
    params['facet.field'] = JSON.stringify(query.facetFields);
    params['facet.limit'] = String(query.facetLimit ?? DEFAULT_FACET_LIMIT);
  }
  return params;
}

export function datastoreSearchParams(query: DatastoreQuery): Record<string, string> {
  const params: Record<string, string> = { resource_id: query.resourceId };
  if (query.q) params['q'] = query.q;
  if (query.filters && Object.keys(query.filters).length) params['filters'] = JSON.stringify(query.filters);
  if (query.sort) params['sort'] = query.sort;
  if (query.limit !== undefined) params['limit'] = String(query.limit);
  if (query.offset !== undefined) params['offset'] = String(query.offset);
  if (query.fields?.length) params['fields'] = query.fields.join(',');
  return params;
}
