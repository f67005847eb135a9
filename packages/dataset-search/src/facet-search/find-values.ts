import { CkanClient, isRecord, type FacetItem, type SearchBackend, type SearchQuery } from '@bdw/core';
import { optionalAction } from '../missing-action.js';
import { MATCH, hangulMatcher } from '../text/hangul-match.js';

/** One value found by the facet search, with its count under the current query and the other facets' filters. */
export interface FacetMatch {
  name: string;
  label: string;
  count: number;
}

/** CKAN's autocomplete action for each facet field (licences have none: the loaded list is searched). */
export const AUTOCOMPLETE: Record<string, string> = {
  organization: 'organization_autocomplete',
  groups: 'group_autocomplete',
  tags: 'tag_autocomplete',
  res_format: 'format_autocomplete',
};

/** Candidates asked of the autocomplete action. */
export const CANDIDATES = 20;

/** `[{ id, name, title }]` (organisations, groups) or `["csv", …]` (formats, tags) as `{ name, label }`. */
export function readCandidates(result: unknown): { name: string; label: string }[] | null {
  if (!Array.isArray(result)) return null;
  return result.flatMap((entry) => {
    if (typeof entry === 'string') return entry ? [{ name: entry, label: entry }] : [];
    if (!isRecord(entry) || typeof entry['name'] !== 'string' || !entry['name']) return [];
    const label = entry['title'] ?? entry['display_name'];
    return [{ name: entry['name'], label: typeof label === 'string' && label ? label : entry['name'] }];
  });
}

/** What a facet search runs under. */
export interface FacetSearchContext {
  /**
   * The current search without this facet's own filter (its values are OR-ed, so their counts ignore it), asking
   * for this facet: `toQuery(state without filters[field], [field])`.
   */
  query: SearchQuery;
  /** The facet's values already on screen, searched in the browser too (display names the server may not match). */
  loaded: readonly FacetItem[];
  signal: AbortSignal;
}

/** Counts (and display names) of `values` with one `rows=0` search restricted to them, `facet.limit=-1`. */
async function countValues(backend: SearchBackend, field: string, values: string[], context: FacetSearchContext) {
  const { query, signal } = context;
  const filters = { ...query.filters, [field]: values };
  const result = await backend.packageSearch({ ...query, filters, pageSize: 0, facetLimit: -1 }, { signal });
  return result.facets[field]?.items ?? [];
}

/** Answers of `allValues` per backend and query (the last few): typing on in the same facet asks no more. */
const everyValue = new WeakMap<SearchBackend, Map<string, Promise<FacetItem[]>>>();
const KEPT = 8;

/**
 * Every value of the facet with its count (`facet.limit=-1`; about 97 KB for the 992 organisations of the embedded
 * catalogue), for portals without the autocomplete action: fetched once per search, then matched here as the user
 * types on. A failed or aborted answer is forgotten.
 */
function allValues(backend: SearchBackend, field: string, context: FacetSearchContext): Promise<FacetItem[]> {
  const cache = everyValue.get(backend) ?? new Map<string, Promise<FacetItem[]>>();
  everyValue.set(backend, cache);
  // A static catalogue counts in the browser: "all" is simply a large limit there.
  const facetLimit = backend instanceof CkanClient ? -1 : Number.MAX_SAFE_INTEGER;
  const query = { ...context.query, pageSize: 0, facetLimit };
  const key = JSON.stringify(query);
  let answer = cache.get(key);
  if (!answer) {
    answer = backend
      .packageSearch(query, { signal: context.signal })
      .then((result) => result.facets[field]?.items ?? []);
    answer.catch(() => cache.delete(key));
    cache.set(key, answer);
    if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  }
  return answer;
}

/** Asks the autocomplete action; `null` when the portal lacks it or its answer is not a list. */
async function autocomplete(backend: SearchBackend, field: string, q: string, signal: AbortSignal) {
  const action = AUTOCOMPLETE[field];
  if (!action) return null;
  return readCandidates(await optionalAction(backend, action, { q, limit: String(CANDIDATES) }, signal));
}

/** Best first: values with datasets under the current search, then by how well the name matches, then by count. */
function ranked(items: readonly FacetItem[], text: string, labels: Map<string, string>): FacetMatch[] {
  const score = hangulMatcher(text);
  return items
    .map((item) => {
      const label = item.displayName !== item.name ? item.displayName : (labels.get(item.name) ?? item.displayName);
      return { name: item.name, label, count: item.count, score: Math.max(score(label), score(item.name)) };
    })
    .sort((a, b) => Number(b.count > 0) - Number(a.count > 0) || b.score - a.score || b.count - a.count)
    .map(({ name, label, count }) => ({ name, label, count }));
}

/**
 * The values of one facet matching what the user typed, with counts: every one of the portal's values, not only
 * the facet's top 50. `text` is normalised by the caller (`normalizeText`: NFKC, jamo kept, so that the server may
 * match initial consonants). With CKAN's `organization_autocomplete` (`group_`, `tag_`, `format_autocomplete`) the
 * server finds candidates and
 * one `rows=0` search counts them; without it (400/404, `success: false`, no JSON), or when it finds nothing for
 * initials or a syllable being typed, every value is fetched with `facet.limit=-1` and matched here (substring, initial consonants, a syllable being typed). Values already on
 * screen are matched here too.
 */
export async function findFacetValues(
  backend: SearchBackend,
  field: string,
  text: string,
  context: FacetSearchContext,
): Promise<FacetMatch[]> {
  const q = text.trim();
  const score = hangulMatcher(q);
  const local = context.loaded.filter((item) => Math.max(score(item.displayName), score(item.name)) > MATCH.NONE);
  const candidates = await autocomplete(backend, field, q, context.signal);
  // Initials or a syllable being typed (`ㅎㅇㄷ`, `해운ㄷ`) that the server does not understand: every value, here.
  if (!candidates || (candidates.length === 0 && /[\u3131-\u3163]/.test(q))) {
    const all = await allValues(backend, field, context);
    return ranked(
      all.filter((item) => Math.max(score(item.displayName), score(item.name)) > MATCH.NONE),
      q,
      new Map(),
    );
  }
  const labels = new Map(candidates.map((c) => [c.name, c.label]));
  // CKAN's format_autocomplete answers lower case (`csv`) while the facet holds the stored case (`CSV`).
  const values =
    field === 'res_format'
      ? [...new Set(candidates.flatMap((c) => [c.name, c.name.toUpperCase(), c.name.toLowerCase()]))]
      : candidates.map((c) => c.name);
  const counted = values.length ? await countValues(backend, field, values, context) : [];
  const seen = new Set(counted.map((item) => item.name));
  const uncounted = candidates
    .filter((c) => !seen.has(c.name) && !(field === 'res_format' && counted.some((i) => sameFold(i.name, c.name))))
    .map((c) => ({ name: c.name, displayName: c.label, count: 0 }));
  const extra = local.filter((item) => !seen.has(item.name) && !uncounted.some((u) => u.name === item.name));
  return ranked([...counted, ...extra, ...uncounted], q, labels);
}

const sameFold = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
