import { ApiError } from '../ckan/ApiError.js';
import { fetchJson } from '../fetch-json.js';
import type { CallOptions } from '../ckan/CkanClient.js';
import { isRecord, normalizeDataset } from '../ckan/normalize.js';
import { DEFAULT_PAGE_SIZE } from '../ckan/query.js';
import type { Dataset, FacetField, SearchQuery, SearchResult } from '../model.js';

/** What a search widget needs from a backend; `CkanClient` and `StaticSource` both provide it. */
export interface SearchBackend {
  packageSearch(query: SearchQuery, options?: CallOptions): Promise<SearchResult>;
}

/** The values of a dataset for each facet field CKAN knows. */
const FACET_VALUES: Record<string, (d: Dataset) => { name: string; displayName: string }[]> = {
  organization: (d) => (d.organization ? [{ name: d.organization.name, displayName: d.organization.title }] : []),
  groups: (d) => d.groups.map((g) => ({ name: g.name, displayName: g.title })),
  tags: (d) => d.tags.map((t) => ({ name: t.name, displayName: t.displayName })),
  res_format: (d) =>
    [...new Set(d.resources.map((r) => r.format).filter(Boolean))].map((f) => ({ name: f, displayName: f })),
  license_id: (d) => (d.license ? [{ name: d.license.id, displayName: d.license.title }] : []),
};

const SORTS: Record<string, (a: Dataset, b: Dataset) => number> = {
  newest: (a, b) => (b.metadataModified ?? '').localeCompare(a.metadataModified ?? ''),
  views: (a, b) => (b.views ?? 0) - (a.views ?? 0),
  title: (a, b) => a.title.localeCompare(b.title, 'ko'),
};

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * A catalogue in one JSON file, searched in the browser: for small sites (a few thousand
 * datasets). Accepts a CKAN `package_search` or `package_list`-style response, an array of
 * CKAN packages, or `{ "datasets": [...] }`. Matching is by substring on title, notes,
 * organisation and tags; relevance ranks title matches first.
 */
export class StaticSource implements SearchBackend {
  private datasets: Promise<Dataset[]> | null = null;

  constructor(
    readonly url: string,
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  private load(signal?: AbortSignal): Promise<Dataset[]> {
    this.datasets ??= (async () => {
      const body = await fetchJson(this.url, { signal, fetch: this.fetchImpl });
      const result = isRecord(body) && isRecord(body['result']) ? body['result'] : body;
      const list = Array.isArray(result)
        ? result
        : isRecord(result) && Array.isArray(result['results'])
          ? result['results']
          : isRecord(result) && Array.isArray(result['datasets'])
            ? result['datasets']
            : null;
      if (!list) {
        throw new ApiError('The catalogue file has no list of datasets', {
          kind: 'invalid-json',
          action: 'static',
          url: this.url,
        });
      }
      // Entries that are not objects are dropped, never shown as blank datasets.
      return list.filter(isRecord).map(normalizeDataset);
    })();
    // A failed load may be retried.
    this.datasets.catch(() => (this.datasets = null));
    return this.datasets;
  }

  async packageSearch(query: SearchQuery, { signal }: CallOptions = {}): Promise<SearchResult> {
    const all = await this.load(signal);
    signal?.throwIfAborted();
    const words = fold(query.q ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const scored = all.flatMap((dataset) => {
      const title = fold(dataset.title);
      const text = fold(
        [dataset.title, dataset.notes, dataset.organization?.title ?? '', ...dataset.tags.map((t) => t.name)].join(' '),
      );
      if (!words.every((w) => text.includes(w))) return [];
      return [{ dataset, score: words.filter((w) => title.includes(w)).length }];
    });
    const filtered = scored.filter(({ dataset }) =>
      Object.entries(query.filters ?? {}).every(([field, values]) => {
        if (values.length === 0) return true;
        const own = FACET_VALUES[field]?.(dataset).map((v) => v.name) ?? [];
        return own.some((v) => values.includes(v));
      }),
    );
    const sort = SORTS[query.sort ?? ''];
    filtered.sort((a, b) =>
      sort ? sort(a.dataset, b.dataset) : b.score - a.score || SORTS['newest']!(a.dataset, b.dataset),
    );
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const page = Math.max(1, query.page ?? 1);
    const facets: Record<string, FacetField> = {};
    for (const field of query.facetFields ?? []) {
      const counts = new Map<string, { name: string; displayName: string; count: number }>();
      for (const { dataset } of filtered) {
        for (const value of FACET_VALUES[field]?.(dataset) ?? []) {
          const item = counts.get(value.name) ?? { ...value, count: 0 };
          item.count++;
          counts.set(value.name, item);
        }
      }
      const items = [...counts.values()].sort(
        (a, b) => b.count - a.count || a.displayName.localeCompare(b.displayName),
      );
      facets[field] = { field, title: field, items: items.slice(0, query.facetLimit ?? 50) };
    }
    return {
      count: filtered.length,
      items: filtered.slice((page - 1) * pageSize, page * pageSize).map((s) => s.dataset),
      facets,
      page,
      pageSize,
    };
  }
}
