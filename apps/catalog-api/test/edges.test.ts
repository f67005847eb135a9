import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '../src/lucene-query.js';
import { DEFAULT_DB, FILES_DIR } from '../src/paths.js';
import { startTestApi, type TestApi } from './server.js';

/**
 * The API's edges from issue 19, over real HTTP on loopback against the real catalogue: malformed encodings,
 * unbounded queries, unknown methods (CONNECT included), forwarded headers, Range/HEAD/conditional file
 * requests (RFC 9110 §14, §13), validators on GET actions, and the search cache's invalidation.
 */
let api: TestApi;
let trusted: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  trusted = await startTestApi({ trustProxy: true });
});
afterAll(async () => {
  await api?.close();
  await trusted?.close();
});

/** A raw request line (fetch refuses malformed URLs and CONNECT), answered with status, headers and body. */
function raw(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const ACTION = '/api/3/action';

describe('malformed percent-encodings', () => {
  it.each([
    `${ACTION}/package_%`,
    `${ACTION}/package_%E0%A4%A`,
    `${ACTION}/%ED%A0%80`,
    `/files/%`,
    `/files/busan%G1.csv`,
    `${ACTION}/package_search?q=%E0%A4%A`,
    `${ACTION}/package_search?q%ZZ=1`,
    `${ACTION}/package_show?id=%C0%AF`,
  ])('%s → 400 CKAN JSON, not 500', async (path) => {
    const res = await raw(api.url, 'GET', path);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body) as { success: boolean; error: { message: string } };
    expect(body.success).toBe(false);
    expect(body.error.message).toMatch(/percent-encoding/);
  });
});

describe('query cost is bounded', () => {
  const post = (q: string) =>
    fetch(`${api.url}${ACTION}/package_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q, 'facet.field': ['organization', 'groups', 'res_format'] }),
    });

  it('refuses more distinct terms than the limit with a 409 naming it, before parsing', async () => {
    const q = Array.from({ length: 1000 }, (_, i) => `부산${i}`).join(' ');
    const res = await post(q.slice(0, MAX_QUERY_CHARS));
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(res.status).toBe(409);
    expect(JSON.stringify(body.error.q)).toContain(`at most ${MAX_QUERY_TERMS} distinct terms`);
  });

  it('refuses a query longer than the limit with a 409 naming it (4,000 and 7,000 words took 6.5 s and 18 s)', async () => {
    for (const words of [4000, 7000]) {
      const res = await post('주차 버스 '.repeat(words / 2));
      const body = (await res.json()) as { error: Record<string, unknown> };
      expect(res.status).toBe(409);
      expect(JSON.stringify(body.error.q)).toContain(`at most ${MAX_QUERY_CHARS} characters`);
    }
  });

  it('counts a repeated word once and answers as for the word alone', async () => {
    const once = (await (await post('주차')).json()) as { result: { count: number } };
    const repeated = (await (await post('주차 '.repeat(600))).json()) as { result: { count: number } };
    expect(repeated.result.count).toBe(once.result.count);
    expect(once.result.count).toBeGreaterThan(100);
  });

  it('answers the largest query allowed, and refuses one term more', async () => {
    const terms = (n: number) =>
      Array.from({ length: n }, (_, i) => `${['부산', '교통', '관광', '공원'][i % 4]!}${i}`).join(' OR ');
    expect((await post(terms(MAX_QUERY_TERMS))).status).toBe(200);
    expect((await post(terms(MAX_QUERY_TERMS + 1))).status).toBe(409);
  });
});

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE'])('%s → 405 with Allow', async (method) => {
    const res = await raw(api.url, method, `${ACTION}/package_search`);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('CONNECT → 405 with Allow, not a connection left hanging', async () => {
    const { hostname, port } = new URL(api.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.setTimeout(3000, () => reject(new Error('no answer within 3 s')));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toContain('Allow: GET, HEAD, POST, OPTIONS');
  });

  it('HEAD on an action answers its headers without a body', async () => {
    const res = await raw(api.url, 'HEAD', `${ACTION}/status_show`);
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['etag']).toMatch(/^"/);
  });
});

describe('X-Forwarded-*', () => {
  const evil = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
  const helpOf = async (base: string) =>
    (JSON.parse((await raw(base, 'GET', `${ACTION}/site_read`, evil)).body) as { help: string }).help;

  it('is ignored unless TRUST_PROXY is set: links keep the Host', async () => {
    expect(await helpOf(api.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/3\/action\/help_show/);
  });

  it('is honoured behind a trusted proxy', async () => {
    expect(await helpOf(trusted.url)).toBe('https://evil.example/api/3/action/help_show?name=site_read');
  });
});

describe('/files/ (sirv)', () => {
  const NAME = 'busan_population_by_age_sex_census_1925_2021.csv';
  const bytes = readFileSync(join(FILES_DIR, NAME));

  it('answers Range with 206 and exactly those bytes', async () => {
    const res = await fetch(`${api.url}/files/${NAME}`, { headers: { Range: 'bytes=10-109' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 10-109/${bytes.length}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(10, 110))).toBe(true);
    const unsatisfiable = await fetch(`${api.url}/files/${NAME}`, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(unsatisfiable.status).toBe(416);
  });

  it('answers HEAD with the length and no body, and If-None-Match with 304', async () => {
    const head = await raw(api.url, 'HEAD', `/files/${NAME}`);
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(bytes.length);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe('text/csv; charset=utf-8');
    const etag = head.headers['etag'] as string;
    expect((await raw(api.url, 'GET', `/files/${NAME}`, { 'if-none-match': etag })).status).toBe(304);
    expect((await raw(api.url, 'GET', `/files/${NAME}`, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('answers a missing file with CKAN JSON 404', async () => {
    const res = await raw(api.url, 'GET', '/files/nope.csv');
    expect(res.status).toBe(404);
    expect((JSON.parse(res.body) as { success: boolean }).success).toBe(false);
  });
});

describe('GET actions carry validators', () => {
  it('an ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const path = `${ACTION}/package_search?q=${encodeURIComponent('주차')}&rows=2`;
    const first = await raw(api.url, 'GET', path);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await raw(api.url, 'GET', path, { 'if-none-match': `W/${etag}` });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const other = await raw(api.url, 'GET', `${ACTION}/package_search?q=${encodeURIComponent('버스')}&rows=2`);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('POST answers are not stored by caches', async () => {
    const res = await fetch(`${api.url}${ACTION}/status_show`, { method: 'POST', body: '{}' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the package_search cache', () => {
  let copy: string;
  let own: TestApi;

  beforeAll(async () => {
    copy = join(tmpdir(), `bdw-catalog-${process.pid}.db`);
    copyFileSync(DEFAULT_DB, copy);
    own = await startTestApi({ dbPath: copy });
  });
  afterAll(async () => {
    await own?.close();
    rmSync(copy, { force: true });
  });

  it('answers a repeated search from memory, identically', async () => {
    const path = `${ACTION}/package_search?q=${encodeURIComponent('공원')}&rows=5`;
    const before = own.api.cacheStats();
    const a = await raw(own.url, 'GET', path);
    const b = await raw(own.url, 'GET', path);
    expect(b.body).toBe(a.body);
    const after = own.api.cacheStats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
  });

  it('is invalidated when the catalogue is rewritten (reseeded) under it', async () => {
    const path = `${ACTION}/package_search?q=${encodeURIComponent('공원')}&rows=1`;
    const first = JSON.parse((await raw(own.url, 'GET', path)).body) as { result: { results: { title: string }[] } };
    const name = first.result.results[0]!.title;
    const writer = new Database(copy);
    writer.prepare('UPDATE packages SET title = ? WHERE title = ?').run(`${name} (개정)`, name);
    writer.close();
    const second = JSON.parse((await raw(own.url, 'GET', path)).body) as { result: { results: { title: string }[] } };
    expect(second.result.results[0]!.title).toBe(`${name} (개정)`);
  });
});
