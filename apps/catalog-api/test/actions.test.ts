import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './server.js';

let api: TestApi;
let db: Database.Database;

beforeAll(async () => {
  api = await startTestApi();
  db = new Database(api.dbPath, { readonly: true });
});
afterAll(async () => {
  db.close();
  await api.close();
});

// Raw CKAN JSON, asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;
async function call(name: string, params: Record<string, string> = {}): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${api.url}/api/3/action/${name}?${new URLSearchParams(params)}`);
  return { status: res.status, body: (await res.json()) as Body };
}
const result = async (name: string, params: Record<string, string> = {}) => {
  const { status, body } = await call(name, params);
  expect(status, JSON.stringify(body)).toBe(200);
  return body['result'];
};
const sqlCount = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

describe('the contracts the widgets rely on', () => {
  it('organization_autocomplete: { id, name, title } matching title or name anywhere, best first', async () => {
    const orgs = (await result('organization_autocomplete', { q: '해운대', limit: '20' })) as Body[];
    const expected = sqlCount(
      "SELECT COUNT(*) AS n FROM organizations WHERE title LIKE '%해운대%' OR name LIKE '%해운대%'",
    );
    expect(orgs).toHaveLength(Math.min(20, expected));
    expect(orgs[0]).toEqual({ id: 'org-3330000', name: 'org-3330000', title: '부산광역시 해운대구' });
    for (const org of orgs) {
      expect(Object.keys(org).sort()).toEqual(['id', 'name', 'title']);
      expect(org['title']).toContain('해운대');
    }
    // NFD (pasted from macOS), by name, case-insensitive, and the limit.
    expect(await result('organization_autocomplete', { q: '해운대'.normalize('NFD') })).toEqual(orgs);
    expect((await result('organization_autocomplete', { q: 'ORG-333' }))[0].name).toBe('org-3330000');
    expect(await result('organization_autocomplete', { q: '부산', limit: '3' })).toHaveLength(3);
    expect(await result('organization_autocomplete', { q: '' })).toEqual([]);
  });

  it('format_autocomplete: lowercase format strings, as CKAN returns them', async () => {
    expect(await result('format_autocomplete', { q: 'cs', limit: '20' })).toEqual(['csv']);
    // Those starting with q first, then the most used.
    expect(await result('format_autocomplete', { q: 'S', limit: '20' })).toEqual(['std', 'csv', 'geojson', 'tsv']);
  });

  it('tag_autocomplete: tag names containing q; the most used for an empty q', async () => {
    expect(await result('tag_autocomplete', { q: '데이터', limit: '10' })).toEqual(['국가중점데이터', '표준데이터']);
    const top = (await result('tag_autocomplete', { q: '', limit: '3' })) as string[];
    expect(top[0]).toBe('국가중점데이터');
    expect(top).toHaveLength(3);
  });

  it('package_search: facet.limit=-1 gives every facet value, facet.mincount is honoured', async () => {
    const all = await result('package_search', { rows: '0', 'facet.field': '["organization"]', 'facet.limit': '-1' });
    expect(Object.keys(all.facets.organization)).toHaveLength(
      sqlCount('SELECT COUNT(*) AS n FROM organizations WHERE package_count > 0'),
    );
    const min = await result('package_search', {
      rows: '0',
      'facet.field': '["organization"]',
      'facet.limit': '-1',
      'facet.mincount': '100',
    });
    expect(Object.keys(min.facets.organization)).toHaveLength(
      sqlCount('SELECT COUNT(*) AS n FROM organizations WHERE package_count >= 100'),
    );
  });

  it('organization_show: by id or name, with title, display_name, package_count, created and include_datasets', async () => {
    const org = await result('organization_show', { id: 'org-3330000' });
    expect(org).toMatchObject({
      name: 'org-3330000',
      title: '부산광역시 해운대구',
      display_name: '부산광역시 해운대구',
    });
    expect(org.package_count).toBe(sqlCount("SELECT COUNT(*) AS n FROM packages WHERE org_name = 'org-3330000'"));
    expect(org.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(org).not.toHaveProperty('packages');
    const withDatasets = await result('organization_show', { id: '3330000', include_datasets: 'true' });
    expect(withDatasets.packages).toHaveLength(org.package_count);
    expect(withDatasets.packages.every((p: Body) => p['owner_org'] === 'org-3330000')).toBe(true);
    expect((await call('organization_show', { id: 'org-none' })).body.error).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Organization was not found',
    });
  });
});

describe('the other CKAN actions', () => {
  it('tag_list, tag_show, vocabulary_list, license_list', async () => {
    const tags = (await result('tag_list')) as string[];
    expect(tags).toEqual([...tags].sort());
    expect(tags).toHaveLength(sqlCount('SELECT COUNT(DISTINCT tag) AS n FROM package_tags'));
    expect((await result('tag_list', { query: '표준', all_fields: 'true' }))[0]).toMatchObject({
      name: '표준데이터',
      vocabulary_id: null,
    });
    const tag = await result('tag_show', { id: '표준데이터', include_datasets: 'true' });
    expect(tag.name).toBe('표준데이터');
    expect(tag.packages).toHaveLength(
      Math.min(1000, sqlCount("SELECT COUNT(*) AS n FROM package_tags WHERE tag = '표준데이터'")),
    );
    expect((await call('tag_show', { id: '없는태그' })).status).toBe(404);
    expect(await result('vocabulary_list')).toEqual([]);
    const licenses = (await result('license_list')) as Body[];
    expect(licenses.map((l) => l['id']).sort()).toEqual(['cc-by-4.0', 'cc-zero', 'kogl-type1']);
  });

  it('resource_show for a list entry and a shipped file; datastore_info', async () => {
    expect(await result('resource_show', { id: '15000000-0' })).toMatchObject({
      id: '15000000-0',
      package_id: '15000000',
      format: 'API',
    });
    const file = await result('resource_show', { id: 'busan-presidential-vote-2022-by-district-2' });
    expect(file).toMatchObject({ format: 'GEOJSON', datastore_active: false });
    expect((await call('resource_show', { id: 'nope' })).status).toBe(404);
    const info = await result('datastore_info', { id: 'busan-presidential-vote-2022-by-district-1' });
    expect(info.meta.count).toBe(16);
    expect(info.fields.find((f: Body) => f['id'] === 'VOTER')).toMatchObject({ type: 'int' });
    expect(info.fields.find((f: Body) => f['id'] === 'SGGNM')).toMatchObject({ info: { label: expect.any(String) } });
  });

  it('site_read, help_show (the target of every help link), status_show', async () => {
    expect(await result('site_read')).toBe(true);
    const { body } = await call('package_show', { id: 'datago-15000000' });
    const help = await (await fetch(body['help'] as string)).json();
    expect((help as Body)['result']).toMatch(/^Return the metadata of a dataset/);
    expect(await result('help_show', { name: 'package_search' })).toContain(':param q:');
    expect((await call('help_show', { name: 'no_such_action' })).status).toBe(404);
  });

  it('package_autocomplete, current_package_list_with_resources, package_list', async () => {
    const list = (await result('current_package_list_with_resources', { limit: '3' })) as Body[];
    expect(list).toHaveLength(3);
    expect(list[0]!['resources']).toHaveLength(list[0]!['num_resources']);
    const page2 = (await result('current_package_list_with_resources', { limit: '3', page: '2' })) as Body[];
    expect(page2.map((p) => p['id'])).toEqual(
      ((await result('current_package_list_with_resources', { limit: '3', offset: '3' })) as Body[]).map(
        (p) => p['id'],
      ),
    );
    const suggestions = (await result('package_autocomplete', { q: '주차장', limit: '5' })) as Body[];
    expect(suggestions).toHaveLength(5);
    for (const s of suggestions) {
      expect(Object.keys(s).sort()).toEqual(['match_displayed', 'match_field', 'name', 'title']);
      expect(s['title'].replace(/\s/g, '')).toContain('주차장');
    }
  });

  it('datasets carry creator_user_id; fl picks fields; sort by num_resources', async () => {
    const dataset = await result('package_show', { id: 'datago-15000000' });
    expect(typeof dataset.creator_user_id).toBe('string');
    const picked = await result('package_search', { q: '주차', fl: 'id,title name', rows: '3' });
    for (const r of picked.results) expect(Object.keys(r).sort()).toEqual(['id', 'name', 'title']);
    const listFl = await result('package_search', { q: '주차', fl: '["id"]', rows: '1' });
    expect(Object.keys(listFl.results[0])).toEqual(['id']);
    const most = await result('package_search', { sort: 'num_resources desc', rows: '1', fl: 'num_resources' });
    expect(most.results[0].num_resources).toBe(2);
    expect((await result('package_search', { include_private: 'true', rows: '0' })).count).toBe(61_366);
  });
});

describe('how CKAN clients call', () => {
  it('answers /api/action/… as /api/3/action/…', async () => {
    const res = await fetch(`${api.url}/api/action/status_show`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body)['result'].ckan_version).toMatch(/^2\.10/);
  });

  it('reads POST bodies as JSON, urlencoded forms and multipart forms', async () => {
    const json = await fetch(`${api.url}/api/3/action/package_search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: '주차', rows: 0 }),
    });
    const form = await fetch(`${api.url}/api/3/action/package_search`, {
      method: 'POST',
      body: new URLSearchParams({ q: '주차', rows: '0' }),
    });
    const data = new FormData();
    data.set('q', '주차');
    data.set('rows', '0');
    const multipart = await fetch(`${api.url}/api/3/action/package_search`, { method: 'POST', body: data });
    const counts = await Promise.all(
      [json, form, multipart].map(async (r) => ((await r.json()) as Body)['result'].count),
    );
    expect(counts).toEqual([475, 475, 475]);
  });

  it('accepts datastore fields as a list and q as an object', async () => {
    const res = await fetch(`${api.url}/api/3/action/datastore_search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        resource_id: 'busan-presidential-vote-2022-by-district-1',
        fields: ['SGGNM', 'VOTER'],
        q: { SGGNM: '해운대'.normalize('NFD') },
      }),
    });
    const body = (await res.json()) as Body;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body['result'].records).toEqual([{ SGGNM: '해운대구', VOTER: expect.any(Number) }]);
  });
});
