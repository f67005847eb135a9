import { CkanClient } from '@bdw/core';
import * as catalogApi from '@bdw/catalog-api';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFacetValues, readCandidates } from '../src/facet-search/find-values.js';
import { isMissingAction } from '../src/missing-action.js';
import { initialState, toQuery, type SearchState } from '../src/search-state.js';
import { normalizeText } from '../src/text/normalize.js';
import { suggestTitles } from '../src/suggest-titles.js';

/** The real catalogue API over loopback HTTP, and a way to make it lack an action (its own 400 for an unknown one). */
let server: Server;
let root = '';
beforeAll(async () => {
  catalogApi.seed(catalogApi.DEFAULT_DB);
  const api = catalogApi.createCatalogApi({ dbPath: catalogApi.DEFAULT_DB, log: () => {} });
  server = createServer(api.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  root = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => new CkanClient({ baseUrl: root });
/** A portal without the `*_autocomplete` actions: the calls go to a name the server does not know. */
const withoutAutocomplete = () =>
  new CkanClient({
    baseUrl: root,
    fetch: (input, init) => globalThis.fetch(String(input).replace(/\/\w+_autocomplete\?/, '/no_such_action?'), init),
  });
/** As the element asks: the current search without the facet's own filter. */
function context(field: string, state: SearchState = initialState()) {
  const { [field]: _own, ...filters } = state.filters;
  return { query: toQuery({ ...state, filters }, [field]), loaded: [], signal: new AbortController().signal };
}
async function count(params: Record<string, string>) {
  const response = await fetch(`${root}api/3/action/package_search?${new URLSearchParams({ rows: '0', ...params })}`);
  return ((await response.json()) as { result: { count: number } }).result.count;
}

describe('findFacetValues against the real catalogue', () => {
  it('finds 부산광역시 해운대구 by 해운대 with organization_autocomplete, counted like fq=organization:…', async () => {
    const matches = await findFacetValues(client(), 'organization', '해운대', context('organization'));
    const haeundae = matches.find((m) => m.label === '부산광역시 해운대구');
    expect(haeundae).toEqual({ name: 'org-3330000', label: '부산광역시 해운대구', count: 126 });
    expect(haeundae!.count).toBe(await count({ fq: 'organization:"org-3330000"' }));
  });

  it('finds the same without the autocomplete action (facet.limit=-1, matched here), and by initials', async () => {
    const backend = withoutAutocomplete();
    const plain = await findFacetValues(backend, 'organization', '해운대', context('organization'));
    expect(plain.find((m) => m.name === 'org-3330000')?.count).toBe(126);
    const initials = await findFacetValues(client(), 'organization', 'ㅎㅇㄷㄱ', context('organization'));
    expect(initials.some((m) => m.label === '부산광역시 해운대구')).toBe(true);
  });

  it('fetches every value once per search in the fallback, however long one types on', async () => {
    const urls: string[] = [];
    const backend = new CkanClient({
      baseUrl: root,
      fetch: (input, init) => {
        urls.push(String(input));
        return globalThis.fetch(String(input).replace(/\/\w+_autocomplete\?/, '/no_such_action?'), init);
      },
    });
    for (const text of ['ㅎ', '해', '해ㅇ', '해우', '해운', '해운ㄷ', '해운대']) {
      const matches = await findFacetValues(backend, 'organization', text, context('organization'));
      if (text.length > 1)
        expect(
          matches.some((m) => m.name === 'org-3330000'),
          text,
        ).toBe(true);
    }
    expect(urls.filter((u) => u.includes('package_search'))).toHaveLength(1);
    expect(urls.filter((u) => u.includes('_autocomplete'))).toHaveLength(1); // then known to be missing
  });

  it('counts under the query and the other facets’ filters, not its own', async () => {
    const state = { ...initialState({ q: '주차' }), filters: { organization: ['org-6260000'], res_format: ['API'] } };
    const matches = await findFacetValues(client(), 'organization', '해운대', context('organization', state));
    const expected = await count({ q: '주차', fq: 'organization:"org-3330000" AND res_format:"API"' });
    expect(matches.find((m) => m.name === 'org-3330000')?.count ?? 0).toBe(expected);
  });

  it('maps format_autocomplete’s lower case onto the stored format', async () => {
    const matches = await findFacetValues(client(), 'res_format', 'csv', context('res_format'));
    expect(matches.map((m) => m.name)).toContain('CSV');
    expect(matches.find((m) => m.name === 'CSV')!.count).toBe(await count({ fq: 'res_format:"CSV"' }));
  });

  it('accepts NFD text', async () => {
    const matches = await findFacetValues(
      client(),
      'organization',
      normalizeText('해운대'.normalize('NFD')),
      context('organization'),
    );
    expect(matches.some((m) => m.name === 'org-3330000')).toBe(true);
  });
});

describe('suggestTitles against the real catalogue', () => {
  const signal = new AbortController().signal;
  it('sends initials and a syllable being typed to package_autocomplete', async () => {
    const titles = await suggestTitles(client(), '부산ㅈ', true, signal);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /부산\s*[자-짛]/.test(t))).toBe(true);
  });

  it('without package_autocomplete, searches the complete part and matches the rest here', async () => {
    const backend = new CkanClient({
      baseUrl: root,
      fetch: (input, init) =>
        globalThis.fetch(String(input).replace('/package_autocomplete?', '/no_such_action?'), init),
    });
    const titles = await suggestTitles(backend, '부산ㅈ', true, signal);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /부산\s*[자-짛]/.test(t.replace(/_/g, '')))).toBe(true);
  });
});

describe('reading answers', () => {
  it('reads both CKAN autocomplete shapes and rejects others', () => {
    expect(readCandidates([{ id: '1', name: 'org-1', title: '기관' }, 'csv', 3, { name: '' }])).toEqual([
      { name: 'org-1', label: '기관' },
      { name: 'csv', label: 'csv' },
    ]);
    expect(readCandidates({ results: [] })).toBeNull();
  });

  it('tells a missing action from a failing portal', async () => {
    const missing = await client()
      .action('no_such_action')
      .catch((e: unknown) => e);
    expect(isMissingAction(missing)).toBe(true);
    const down = await new CkanClient({ baseUrl: 'http://127.0.0.1:9/' })
      .action('package_search')
      .catch((e: unknown) => e);
    expect(isMissingAction(down)).toBe(false);
  });
});
