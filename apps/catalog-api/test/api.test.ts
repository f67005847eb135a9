import { ApiError, CkanClient } from '@bdw/core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './server.js';

let api: TestApi;
let ckan: CkanClient;

beforeAll(async () => {
  api = await startTestApi();
  ckan = new CkanClient({ baseUrl: api.url, timeoutMs: 20_000 });
});
afterAll(() => api.close());

const get = (path: string, init?: RequestInit) => fetch(`${api.url}${path}`, init);
// Raw CKAN JSON, asserted field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawBody = Record<string, any>;
const action = async (name: string, query = '') => {
  const res = await get(`/api/3/action/${name}${query ? `?${query}` : ''}`);
  return { status: res.status, body: (await res.json()) as RawBody };
};

describe('CkanClient from @bdw/core against the running API', () => {
  it('searches with text, OR/AND filters and facets, and normalises every field', async () => {
    const result = await ckan.packageSearch({
      q: '주차',
      filters: { res_format: ['FILE', 'API'] },
      facetFields: ['organization', 'groups', 'res_format', 'tags'],
      sort: 'relevance',
      pageSize: 5,
    });
    expect(result.count).toBeGreaterThan(100);
    expect(result.items).toHaveLength(5);
    for (const dataset of result.items) {
      expect(dataset.title).not.toBe('');
      expect(dataset.organization?.title).toBeTruthy();
      expect(dataset.groups[0]?.title).toBeTruthy();
      expect(dataset.resources[0]?.format).toMatch(/^(FILE|API)$/);
      expect(dataset.resources[0]?.url).toMatch(/^https:\/\/www\.data\.go\.kr\//);
      expect(dataset.metadataModified).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
      expect(dataset.views).toBeGreaterThanOrEqual(0);
    }
    expect(result.facets['organization']?.items[0]).toMatchObject({ displayName: expect.any(String) });
    expect(result.facets['res_format']?.items.map((i) => i.name).sort()).toEqual(['API', 'FILE']);
    expect(result.facets['res_format']?.items.find((i) => i.name === 'API')?.displayName).toBe('오픈API');
  });

  it('shows a package by name with its datastore resources, and lists organisations and groups', async () => {
    const dataset = await ckan.packageShow('busan-presidential-vote-2022-by-district');
    expect(dataset.license).toMatchObject({ id: 'cc-by-4.0', isOpen: true });
    expect(dataset.resources.map((r) => [r.format, r.datastoreActive])).toEqual([
      ['TSV', true],
      ['GEOJSON', false],
    ]);
    expect(dataset.resources[1]?.url).toBe(`${api.url}/files/busan_sgg_admdongkor_20220309_vote_simple.geojson`);
    const orgs = await ckan.organizationList();
    expect(orgs).toHaveLength(992);
    expect(orgs.find((o) => o.title === '부산광역시')?.packageCount).toBe(428);
    const groups = await ckan.groupList();
    expect(groups).toHaveLength(16);
    expect(groups.reduce((sum, g) => sum + (g.packageCount ?? 0), 0)).toBe(61_359 + 7);
    expect((await ckan.statusShow()).extensions).toContain('datastore');
  });

  it('pages through a datastore resource by the limit it echoes', async () => {
    const progress: number[] = [];
    const pages = [];
    for await (const page of ckan.datastorePages(
      { resourceId: 'busan-presidential-vote-2022-by-district-1', limit: 5 },
      { onProgress: (p) => progress.push(p.loaded) },
    )) {
      pages.push(page);
    }
    const records = pages.flatMap((p) => p.records);
    expect(records).toHaveLength(16);
    expect(records[0]).toMatchObject({ sgg: 26110, SGGNM: '중구', POPU_ALL: 38032 });
    expect(progress).toEqual([5, 10, 15, 16]);
    expect(pages[0]?.fields.find((f) => f.id === 'VOTER')?.type).toBe('int');
  });

  it('serves the inaugural council meeting exactly as published, in Korean and English', async () => {
    const [ko] = await ckan.meetingList({ lang: 'ko', rows: 1 });
    expect(ko).toMatchObject({
      id: '2025-05-23-inaugural',
      start: '2025-05-23T14:00:00+09:00',
      end: '2025-05-23T16:00:00+09:00',
      location: { room: 'A동 104호', capacity: 80 },
      expectedParticipants: 50,
    });
    expect(ko?.agenda.map((i) => [i.start?.slice(11, 16), i.durationMinutes])).toEqual([
      ['14:00', 5],
      ['14:05', 5],
      ['14:10', 20],
      ['14:30', 70],
      ['15:40', null],
    ]);
    const en = await ckan.meetingShow('2025-05-23-inaugural', { lang: 'en' });
    expect(en.location?.room).toBe('Room 104, Building A');
    expect(en.agenda[2]?.presenter).toBe('Busan City');
    const upcoming = await ckan.meetingList({ from: '2025-06-01T00:00:00+09:00' });
    expect(upcoming.every((m) => m.status === 'tentative')).toBe(true);
  });

  it('turns a missing package into a CKAN Not Found ApiError', async () => {
    const error = await ckan.packageShow('no-such-dataset').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'ckan', status: 404, ckanType: 'Not Found Error' });
  });
});

describe("CKAN's exact response shape", () => {
  it('package_search has count, results, facets, search_facets and sort', async () => {
    const { status, body } = await action('package_search', 'q=관광&rows=1&facet.field=["groups"]&facet.limit=2');
    expect(status).toBe(200);
    expect(body['success']).toBe(true);
    expect(body['help']).toMatch(/\/api\/3\/action\/help_show\?name=package_search$/);
    const result = body['result'];
    expect(Object.keys(result).sort()).toEqual(['count', 'facets', 'results', 'search_facets', 'sort']);
    expect(Object.keys(result.facets.groups)).toHaveLength(2);
    expect(result.search_facets.groups).toMatchObject({ title: 'groups', items: expect.any(Array) });
    const pkg = result.results[0];
    for (const key of [
      'id',
      'name',
      'title',
      'notes',
      'url',
      'organization',
      'groups',
      'tags',
      'resources',
      'license_id',
      'license_title',
      'metadata_created',
      'metadata_modified',
      'author',
      'maintainer',
      'version',
      'extras',
      'isopen',
      'num_resources',
      'num_tags',
      'owner_org',
      'type',
      'state',
      'tracking_summary',
    ]) {
      expect(pkg).toHaveProperty(key);
    }
    for (const key of [
      'id',
      'name',
      'format',
      'url',
      'size',
      'mimetype',
      'datastore_active',
      'created',
      'last_modified',
    ]) {
      expect(pkg.resources[0]).toHaveProperty(key);
    }
  });

  it('caps rows at 1000 silently, as CKAN does', async () => {
    const { body } = await action('package_search', 'rows=5000');
    expect(body['result'].count).toBeGreaterThan(61_000);
    expect(body['result'].results).toHaveLength(1000);
  });

  it('accepts POST with a JSON body, as CKAN clients may send', async () => {
    const res = await get('/api/3/action/package_search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: '방사선', rows: 1, fq_list: ['res_format:API'] }),
    });
    const body = (await res.json()) as { result: { count: number } };
    expect(res.status).toBe(200);
    expect(body.result.count).toBeGreaterThan(0);
  });
});

describe('bad input gets a 4xx CKAN error and changes nothing', () => {
  const fingerprint = () => createHash('sha256').update(readFileSync(api.dbPath)).digest('hex');
  let before: string;
  beforeAll(() => {
    before = fingerprint();
  });
  afterAll(() => {
    expect(fingerprint()).toBe(before);
  });

  it.each([
    ['package_search', 'rows=1e9', 409, 'Validation Error'],
    ['package_search', 'start=-1', 409, 'Validation Error'],
    ['package_search', 'rows=abc', 409, 'Validation Error'],
    ['package_search', 'fq=organization:(a OR', 409, 'Search Error'],
    ['package_search', "fq=organization:x'); DROP TABLE packages; --", 409, 'Search Error'],
    ['package_search', 'fq=secret:x', 409, 'Search Error'],
    ['package_search', 'q=title:주차~', 409, 'Search Error'],
    ['package_search', 'sort=title_string asc; DROP TABLE packages', 409, 'Validation Error'],
    ['package_search', 'facet.field=not json', 409, 'Validation Error'],
    ['package_search', 'facet.field=["secret"]', 409, 'Validation Error'],
    ['package_search', 'facet.limit=x', 409, 'Validation Error'],
    ['package_show', '', 409, 'Validation Error'],
    ['package_show', "id=' OR 1=1 --", 404, 'Not Found Error'],
    ['datastore_search', 'resource_id=busan-vote; DROP TABLE ds_1', 404, 'Not Found Error'],
    [
      'datastore_search',
      'resource_id=busan-presidential-vote-2022-by-district-1&sort=sgg; DROP TABLE ds_1',
      409,
      'Validation Error',
    ],
    [
      'datastore_search',
      'resource_id=busan-presidential-vote-2022-by-district-1&filters={"nope":1}',
      409,
      'Validation Error',
    ],
    ['datastore_search', 'resource_id=busan-presidential-vote-2022-by-district-1&filters=[1', 409, 'Validation Error'],
    ['bdw_meeting_list', 'from=yesterday', 409, 'Validation Error'],
    ['bdw_meeting_show', 'id=nope', 404, 'Not Found Error'],
    ['package_create', 'name=x', 403, 'Authorization Error'],
    ['datastore_upsert', '', 403, 'Authorization Error'],
    ['package_delete', 'id=datago-15000000', 403, 'Authorization Error'],
  ])('%s?%s → %i %s', async (name, query, status, type) => {
    const res = await get(
      `/api/3/action/${name}?${new URLSearchParams(Object.fromEntries(new URLSearchParams(query)))}`,
    );
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { success: boolean; error: Record<string, unknown> };
    expect(body.success).toBe(false);
    expect(body.error['__type']).toBe(type);
    if (type === 'Validation Error') {
      // CKAN's shape: the fields as keys, each with a list of messages, and no `message`.
      const fields = Object.entries(body.error).filter(([key]) => key !== '__type');
      expect(fields.length).toBeGreaterThan(0);
      for (const [, messages] of fields) expect(messages).toEqual([expect.stringMatching(/./)]);
    } else {
      expect(body.error['message']).toEqual(expect.stringMatching(/./));
    }
  });

  it('echoes bad input only as escaped JSON, with nosniff', async () => {
    const xss = '<script>alert(1)</script>&\u2028';
    const res = await get(`/api/3/action/datastore_search?resource_id=${encodeURIComponent(xss)}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await res.text();
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003cscript\\u003e');
    expect((JSON.parse(text) as { error: { message: string } }).error.message).toContain(xss);
  });

  it('finds SQL injection in q as plain words, not SQL', async () => {
    const { status, body } = await action('package_search', `q=${encodeURIComponent("'; DROP TABLE packages; --")}`);
    expect(status).toBe(200);
    expect(body['result'].count).toBeGreaterThanOrEqual(0);
    expect((await action('package_search', 'rows=0')).body['result'].count).toBe(61_366);
  });

  it('refuses a body over 64 KB and a URL over 8 KB', async () => {
    const big = await get('/api/3/action/package_search', { method: 'POST', body: 'x'.repeat(70_000) });
    expect(big.status).toBe(413);
    const long = await get(`/api/3/action/package_search?q=${'가'.repeat(1000)}`);
    expect(long.status).toBe(414);
  });

  it('answers a non-object JSON body with 400', async () => {
    const res = await get('/api/3/action/package_search', { method: 'POST', body: '[1,2]' });
    expect(res.status).toBe(400);
  });
});

describe('files, CORS and caching', () => {
  it('serves shipped files with their content types, caching headers and ETags', async () => {
    const csv = await get('/files/busan_population_by_age_sex_census_1925_2021.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await csv.text()).split(/\r?\n/)[0]).toBe('행정구역별,연령별,연도,분류,인구수');
    const geo = await get('/files/busan_districts_kostat2018_simple.geojson');
    expect(geo.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const etag = geo.headers.get('etag')!;
    expect(
      (await get('/files/busan_districts_kostat2018_simple.geojson', { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304);
  });

  it('does not serve anything outside the shipped files', async () => {
    expect((await get('/files/..%2Fpackage.json')).status).toBe(404);
    expect((await get('/files/../package.json')).status).toBe(404);
    expect((await get('/.data/catalog.db')).status).toBe(404);
  });

  it('lets any origin read by default, and answers preflight', async () => {
    const res = await get('/api/3/action/status_show', { headers: { Origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await get('/api/3/action/package_search', {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.kr' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('echoes only configured origins when a list is set', async () => {
    const restricted = await startTestApi({ corsOrigins: ['https://data.busan.go.kr'] });
    try {
      const ok = await fetch(`${restricted.url}/api/3/action/status_show`, {
        headers: { Origin: 'https://data.busan.go.kr' },
      });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://data.busan.go.kr');
      expect(ok.headers.get('vary')).toBe('Origin');
      const other = await fetch(`${restricted.url}/api/3/action/status_show`, {
        headers: { Origin: 'https://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await restricted.close();
    }
  });
});
