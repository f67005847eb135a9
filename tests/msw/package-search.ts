/**
 * `package_search` answered from recorded results: the records are filtered by the request's `q` (every word in the
 * title, description, tags or organisation, as the catalogue's full-text search does) and `fq` (OR within a field,
 * AND across fields, as `@bdw/core` writes it), counted, sorted, paged by `start`/`rows`, and the requested
 * `facet.field`s are counted over what matched. So a story's search for another word, a ticked facet or page 2 gets
 * the answer to that request, from real records, not one recording whatever was asked.
 */

interface Named {
  name: string;
  title?: string;
  display_name?: string;
}
export interface RecordedDataset {
  id: string;
  name: string;
  title: string;
  notes?: string | null;
  license_id?: string | null;
  metadata_modified?: string;
  organization?: Named | null;
  groups?: Named[];
  tags?: Named[];
  resources?: { format?: string | null }[];
}
export interface PackageSearchResponse<T extends RecordedDataset = RecordedDataset> {
  help?: string;
  success: boolean;
  result: {
    count: number;
    sort?: string;
    facets: Record<string, Record<string, number>>;
    search_facets: Record<string, { title: string; items: { name: string; display_name: string; count: number }[] }>;
    results: T[];
  };
}

/** Each dataset's values of a facet field, with the name shown for each. */
function facetValues(dataset: RecordedDataset, field: string): [string, string][] {
  const named = (items: Named[]) =>
    items.map((item): [string, string] => [item.name, item.display_name ?? item.title ?? item.name]);
  switch (field) {
    case 'organization':
      return dataset.organization ? named([dataset.organization]) : [];
    case 'groups':
      return named(dataset.groups ?? []);
    case 'tags':
      return named(dataset.tags ?? []);
    case 'res_format':
      return [...new Set((dataset.resources ?? []).map((r) => r.format ?? '').filter(Boolean))].map((f) => [f, f]);
    case 'license_id':
      return dataset.license_id ? [[dataset.license_id, dataset.license_id]] : [];
    default:
      return [];
  }
}

/** `organization:"a" AND groups:("x" OR "y")` → `[['organization', ['a']], ['groups', ['x', 'y']]]`. */
export function parseFq(fq: string): [string, string[]][] {
  const clauses: [string, string[]][] = [];
  for (const match of fq.matchAll(/([A-Za-z_][\w.-]*):(\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)|"(?:[^"\\]|\\.)*"|\S+)/g)) {
    const values = [...match[2]!.matchAll(/"((?:[^"\\]|\\.)*)"|([^\s()"]+)/g)]
      .map((v) => (v[1] ?? v[2])!.replace(/\\(.)/g, '$1'))
      .filter((v) => v !== 'OR');
    clauses.push([match[1]!, values]);
  }
  return clauses;
}

const haystack = (d: RecordedDataset) =>
  [d.title, d.notes ?? '', d.organization?.title ?? '', ...(d.tags ?? []).map((t) => t.name)].join(' ').toLowerCase();

const SORTS: Record<string, (a: RecordedDataset, b: RecordedDataset) => number> = {
  metadata_modified: (a, b) => (b.metadata_modified ?? '').localeCompare(a.metadata_modified ?? ''),
  title_string: (a, b) => a.title.localeCompare(b.title, 'ko'),
};

/** The answer to `url` (a `package_search` request) from `records`, in the shape of `template`. */
export function answerPackageSearch<T extends RecordedDataset>(
  records: readonly T[],
  url: URL,
  template: PackageSearchResponse<T>,
): PackageSearchResponse<T> {
  const params = url.searchParams;
  const words = (params.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const clauses = parseFq(params.get('fq') ?? '');
  const matched = records.filter(
    (d) =>
      words.every((word) => haystack(d).includes(word)) &&
      clauses.every(([field, values]) => facetValues(d, field).some(([name]) => values.includes(name))),
  );
  const sortKey = (params.get('sort') ?? '').split(/[\s,]/)[0] ?? '';
  const sorted = SORTS[sortKey] ? [...matched].sort(SORTS[sortKey]) : matched;
  const start = Math.max(0, Number(params.get('start') ?? 0) || 0);
  const rows = Math.max(0, Number(params.get('rows') ?? 10) || 0);
  const fields = JSON.parse(params.get('facet.field') ?? '[]') as string[];
  const limit = Number(params.get('facet.limit') ?? 50) || 50;
  const facets: PackageSearchResponse['result']['facets'] = {};
  const searchFacets: PackageSearchResponse['result']['search_facets'] = {};
  for (const field of fields) {
    const counts = new Map<string, { display_name: string; count: number }>();
    for (const dataset of matched) {
      for (const [name, display_name] of facetValues(dataset, field)) {
        counts.set(name, { display_name, count: (counts.get(name)?.count ?? 0) + 1 });
      }
    }
    const items = [...counts]
      .map(([name, { display_name, count }]) => ({ name, display_name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, limit);
    facets[field] = Object.fromEntries(items.map((item) => [item.name, item.count]));
    searchFacets[field] = { title: field, items };
  }
  return {
    ...template,
    result: {
      ...template.result,
      count: matched.length,
      facets,
      search_facets: searchFacets,
      results: sorted.slice(start, start + rows),
    },
  };
}

/** The records of several recorded answers, each once. */
export function recordsOf<T extends RecordedDataset>(...responses: PackageSearchResponse<T>[]): T[] {
  const byId = new Map<string, T>();
  for (const response of responses) for (const dataset of response.result.results) byId.set(dataset.id, dataset);
  return [...byId.values()];
}
