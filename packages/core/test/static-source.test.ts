import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/ckan/ApiError.js';
import { StaticSource } from '../src/static/StaticSource.js';
import { fixture } from './fixtures.js';

const serve = (body: unknown, status = 200): typeof fetch =>
  (async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as unknown as typeof fetch;

const recorded = fixture('demo-ckan-org-2017/packages.json');

describe('StaticSource', () => {
  it('searches a recorded package_search response by text, with facets', async () => {
    const source = new StaticSource('/catalog.json', serve(recorded));
    const all = await source.packageSearch({ facetFields: ['res_format', 'organization'] });
    expect(all.count).toBe(3);
    expect(all.facets['res_format']?.items).toEqual([
      { name: 'CSV', displayName: 'CSV', count: 2 },
      { name: 'PDF', displayName: 'PDF', count: 1 },
    ]);
    const plants = await source.packageSearch({ q: 'PLANTS' });
    expect(plants.items.map((d) => d.name)).toEqual(['100-validated-species-of-plants']);
  });

  it('ORs within a facet and ANDs across facets', async () => {
    const source = new StaticSource('/c.json', serve(recorded));
    expect((await source.packageSearch({ filters: { res_format: ['CSV', 'PDF'] } })).count).toBe(3);
    expect((await source.packageSearch({ filters: { res_format: ['CSV'], organization: ['sdb'] } })).count).toBe(1);
    expect((await source.packageSearch({ filters: { res_format: ['PDF'], organization: ['sdb'] } })).count).toBe(0);
  });

  it('pages and sorts', async () => {
    const source = new StaticSource('/c.json', serve(recorded));
    const page2 = await source.packageSearch({ sort: 'title', pageSize: 2, page: 2 });
    expect(page2.items).toHaveLength(1);
    expect(page2.count).toBe(3);
  });

  it('accepts a plain array and {datasets: []}', async () => {
    const packages = (recorded.result as { results: unknown[] }).results;
    expect((await new StaticSource('/a', serve(packages)).packageSearch({})).count).toBe(3);
    expect((await new StaticSource('/b', serve({ datasets: packages })).packageSearch({})).count).toBe(3);
    // Entries that are not objects are dropped, not shown as blank datasets.
    expect((await new StaticSource('/c', serve([1, null, [[]], ...packages])).packageSearch({})).count).toBe(3);
  });

  it('fails with an ApiError for HTTP errors, non-JSON and JSON without datasets, and can retry', async () => {
    await expect(new StaticSource('/x', serve('nope', 404)).packageSearch({})).rejects.toMatchObject({ kind: 'http' });
    await expect(new StaticSource('/x', serve('<html>')).packageSearch({})).rejects.toMatchObject({
      kind: 'invalid-json',
    });
    await expect(new StaticSource('/x', serve({ hello: 1 })).packageSearch({})).rejects.toBeInstanceOf(ApiError);
    let calls = 0;
    const flaky = (async () => {
      calls++;
      if (calls === 1) throw new TypeError('offline');
      return new Response(JSON.stringify(recorded));
    }) as unknown as typeof fetch;
    const source = new StaticSource('/flaky', flaky);
    await expect(source.packageSearch({})).rejects.toMatchObject({ kind: 'network' });
    expect((await source.packageSearch({})).count).toBe(3);
  });
});
