import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './api-failure.js';
import { ApiError } from '../src/ckan/ApiError.js';
import { CkanClient, actionRoot } from '../src/ckan/CkanClient.js';
import { startCkanServer, type RecordingServer } from './ckan-server.js';

let server: RecordingServer;
let client: CkanClient;

beforeAll(async () => {
  server = await startCkanServer();
  // Generous: on a loaded two-core machine a cold first request can take a while.
  client = new CkanClient({ baseUrl: server.url, timeoutMs: 10_000 });
});
afterAll(() => server.close());

describe('CkanClient over real HTTP', () => {
  it('searches with CKAN parameters and normalises the recorded answer', async () => {
    const result = await client.packageSearch({
      q: 'plants',
      filters: { res_format: ['CSV', 'PDF'] },
      facetFields: ['organization', 'res_format'],
      sort: 'title',
      pageSize: 2,
    });
    const sent = server.requests.at(-1)!;
    expect(sent.pathname).toBe('/api/3/action/package_search');
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      q: 'plants',
      rows: '2',
      start: '0',
      fq: 'res_format:("CSV" OR "PDF")',
      sort: 'title_string asc',
      'facet.field': '["organization","res_format"]',
      'facet.limit': '50',
    });
    expect(result.count).toBe(3);
    expect(result.items.map((d) => d.title)).toEqual(['100 Validated Species of Plants', expect.any(String)]);
    expect(result.facets['res_format']?.items.find((i) => i.name === 'CSV')?.count).toBe(2);
    expect(result.pageSize).toBe(2);
  });

  it('reports the page size the server really used when it caps rows', async () => {
    const result = await client.packageSearch({ pageSize: 50 });
    expect(result.items).toHaveLength(2);
    expect(result.pageSize).toBe(2);
  });

  it('shows a package and tells a CKAN Not Found apart from HTTP trouble', async () => {
    const dataset = await client.packageShow('17be64bb-da74-4195-9bb8-565c39846af2');
    expect(dataset.id).toBe('17be64bb-da74-4195-9bb8-565c39846af2');
    const error = await failure(client.packageShow('missing'));
    expect(error).toMatchObject({ kind: 'ckan', status: 404, ckanType: 'Not Found Error', message: 'Not found' });
    expect(error.retryable).toBe(false);
  });

  it('joins the per-field messages of a CKAN validation error', async () => {
    const error = await failure(client.action('validation_error'));
    expect(error).toMatchObject({
      kind: 'ckan',
      status: 409,
      ckanType: 'Validation Error',
      message: 'name: Missing value',
    });
  });

  it('turns an HTML 500 into an http error and a non-JSON 200 into invalid-json', async () => {
    const http = await failure(client.action('html_500'));
    expect(http).toMatchObject({ kind: 'http', status: 500 });
    expect(http.retryable).toBe(true);
    expect(await failure(client.action('not_json'))).toMatchObject({ kind: 'invalid-json', status: 200 });
    expect(await failure(client.action('not_ckan'))).toMatchObject({ kind: 'invalid-json' });
  });

  it('refuses answers of the wrong shape instead of showing blank items', async () => {
    const answering = (result: unknown) =>
      new CkanClient({
        baseUrl: 'http://ckan.invalid',
        fetch: async () => new Response(JSON.stringify({ success: true, result }), { status: 200 }),
      });
    for (const result of [null, 'ok', 7, [], { count: 1, results: [] }]) {
      expect(await failure(answering(result).marketShow('x'))).toMatchObject({ kind: 'invalid-json' });
      expect(await failure(answering(result).meetingShow('x'))).toMatchObject({ kind: 'invalid-json' });
      expect(await failure(answering(result).packageShow('x'))).toMatchObject({ kind: 'invalid-json' });
    }
    const notAList = answering({ count: 1, results: 'x' });
    expect(await failure(notAList.packageSearch({}))).toMatchObject({ kind: 'invalid-json' });
    expect(await failure(notAList.marketSearch({}))).toMatchObject({ kind: 'invalid-json' });
    expect(await failure(notAList.meetingList({}))).toMatchObject({ kind: 'invalid-json' });
    expect(await failure(answering({ count: 1, results: [null] }).packageSearch({}))).toMatchObject({
      kind: 'invalid-json',
    });
    // A count that is not a count is an error (issue 19: "… Infinity" results, a pager over 1e309 pages).
    expect(await failure(answering({ count: 'many', results: [] }).packageSearch({}))).toMatchObject({
      kind: 'invalid-json',
    });
    const junk = answering({ count: 1, results: [1, null, 'x', [], { id: 'a', name: 'a', title: 'A' }] });
    const page = await junk.packageSearch({});
    expect(page.items.map((d) => d.title)).toEqual(['A']);
    expect(page.count).toBe(1);
    expect(await junk.meetingList({})).toHaveLength(1);
  });

  it('fails with a network error when nothing listens', async () => {
    const closed = new CkanClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 });
    expect(await failure(closed.statusShow())).toMatchObject({ kind: 'network', status: null });
  });

  it('fails with a timeout error when the server is too slow', async () => {
    // The server answers after 2 s; this client gives up after 200 ms.
    const impatient = new CkanClient({ baseUrl: server.url, timeoutMs: 200 });
    const error = await failure(impatient.action('slow'));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('rejects an aborted call with an AbortError, not an ApiError, and keeps working', async () => {
    const controller = new AbortController();
    const call = client.action('slow', {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    await expect(call).rejects.not.toBeInstanceOf(ApiError);
    const already = new AbortController();
    already.abort();
    await expect(client.statusShow({ signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect((await client.statusShow()).ckanVersion).toBe('2.8.2');
  });

  it('lists organisations and groups with all fields', async () => {
    const orgs = await client.organizationList();
    expect(orgs).toEqual([expect.objectContaining({ name: 'test-org', title: 'Test org', packageCount: 2 })]);
    expect(server.requests.at(-1)?.searchParams.get('all_fields')).toBe('true');
    const groups = await client.groupList();
    expect(groups.map((g) => g.title)).toEqual(['transport', '환경']);
  });

  it('pages through a datastore resource by the limit the server echoes, not the one sent', async () => {
    const progress: number[] = [];
    const pages = [];
    for await (const page of client.datastorePages(
      { resourceId: 'gdp', limit: 100 },
      { onProgress: ({ loaded }) => progress.push(loaded) },
    )) {
      pages.push(page);
    }
    const offsets = server.requests.slice(-3).map((u) => u.searchParams.get('offset'));
    expect(offsets).toEqual(['0', '5', '10']);
    expect(pages.flatMap((p) => p.records)).toHaveLength(12);
    expect(progress).toEqual([5, 10, 12]);
    expect(pages[0]?.limit).toBe(5);
  });
});

describe('actionRoot', () => {
  it.each([
    ['https://demo.ckan.org', 'https://demo.ckan.org/api/3/action'],
    ['https://demo.ckan.org/', 'https://demo.ckan.org/api/3/action'],
    ['https://x.kr/api/3', 'https://x.kr/api/3/action'],
    ['https://x.kr/api/3/action/', 'https://x.kr/api/3/action'],
    ['/', '/api/3/action'],
  ])('%s → %s', (base, expected) => {
    expect(actionRoot(base)).toBe(expected);
  });
});
