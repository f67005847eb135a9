import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './api-failure.js';
import { ApiError, parseRetryAfter } from '../src/ckan/ApiError.js';
import { CkanClient, MAX_GET_URL, type DatastoreProgress } from '../src/ckan/CkanClient.js';
import { describeError } from '../src/i18n/messages.js';

/**
 * The client against servers that misbehave the ways the hardening run found (issue 19): over real HTTP on
 * loopback, each answer written by hand from the CKAN Action API's documented shapes.
 */
type Handler = (url: URL, req: IncomingMessage, res: ServerResponse, body: string) => void;
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();
let server: Server;
let base: string;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
const ok = (result: unknown) => ({ help: '', success: true, result });

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname.split('/')[1]!;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const handler = handlers.get(key);
      if (handler) handler(url, req, res, body);
      else json(res, 404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function clientFor(key: string, handler: Handler, options: { timeoutMs?: number; maxRetryWaitMs?: number } = {}) {
  handlers.set(key, handler);
  return new CkanClient({ baseUrl: `${base}/${key}`, timeoutMs: 5000, ...options });
}

describe('Retry-After (RFC 9110 §10.2.3)', () => {
  it('parses delay-seconds and HTTP-dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('waits as long as a 429 says, then tries again', async () => {
    let calls = 0;
    const client = clientFor('r429', (_u, _q, res) =>
      ++calls === 1 ? json(res, 429, 'Too Many Requests', { 'retry-after': '1' }) : json(res, 200, ok({ version: 1 })),
    );
    const started = performance.now();
    await expect(client.action('status_show')).resolves.toEqual({ version: 1 });
    expect(calls).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('fails at once, saying how long to wait, when a 503 asks for longer than the client waits', async () => {
    let calls = 0;
    const client = clientFor('r503', (_u, _q, res) => {
      calls++;
      json(res, 503, { success: false, error: { __type: 'Busy' } }, { 'retry-after': '120' });
    });
    const error = await failure(client.action('status_show'));
    expect(calls).toBe(1);
    expect(error.retryAfterMs).toBe(120_000);
    expect(describeError(error, 'ko')).toBe(
      '요청이 많아 서버가 잠시 쉬어 가기를 요청했습니다. 120초 뒤에 다시 시도해 주세요.',
    );
    expect(describeError(error, 'en')).toContain('try again in 120 s');
  });
});

describe('long queries', () => {
  it('are POSTed as JSON instead of a URL a proxy would refuse', async () => {
    let seen: { method?: string; url?: string; body?: string } = {};
    const client = clientFor('long', (u, req, res, body) => {
      seen = { method: req.method ?? '', url: u.pathname + u.search, body };
      json(res, 200, ok({ count: 0, results: [] }));
    });
    const q = '부산 '.repeat(1600);
    await client.packageSearch({ q });
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/long/api/3/action/package_search');
    expect((JSON.parse(seen.body!) as { q: string }).q).toBe(q.trim());
    expect(encodeURIComponent(q).length).toBeGreaterThan(MAX_GET_URL);
  });
});

describe('counts and shapes', () => {
  it.each([
    ['1e309 (Infinity)', '1e309'],
    ['negative', '-1'],
    ['fractional', '2.5'],
    ['a string', '"12"'],
    ['beyond 2^53', '9007199254740993'],
  ])('refuses a search count that is %s', async (_name, count) => {
    const client = clientFor(`count${count.length}${count.charCodeAt(0)}`, (_u, _q, res) =>
      json(res, 200, `{"success":true,"result":{"count":${count},"results":[]}}`),
    );
    const error = await failure(client.packageSearch({}));
    expect(error.kind).toBe('invalid-json');
    expect(describeError(error, 'ko')).toBe('서버 응답의 형식이 올바르지 않습니다.');
  });

  it('accepts 1e15, a safe integer, as it is', async () => {
    const client = clientFor('big', (_u, _q, res) => json(res, 200, ok({ count: 1e15, results: [{ id: 'a' }] })));
    expect((await client.packageSearch({})).count).toBe(1e15);
  });

  it.each([
    ['results is a string', { count: 1, results: 'x' }],
    ['results holds no object', { count: 2, results: [1, 'a'] }],
    ['result is a list', [1, 2]],
  ])('turns wrong types into an error, never an endless wait: %s', async (name, result) => {
    const client = clientFor(`shape${name.length}`, (_u, _q, res) => json(res, 200, ok(result)));
    expect((await failure(client.packageSearch({}))).kind).toBe('invalid-json');
  });

  it('keeps technical detail out of the sentence a person reads', () => {
    const notFound = new ApiError('Not found: package "x" (id)', {
      kind: 'ckan',
      action: 'package_show',
      url: '/',
      status: 404,
      ckanType: 'Not Found Error',
    });
    expect(describeError(notFound, 'ko')).toBe('요청한 항목을 찾을 수 없습니다.');
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'trim')"), 'ko')).toBe(
      '알 수 없는 오류가 발생했습니다.',
    );
  });
});

/** A datastore of `rows` rows paged honestly, but with `total` as given and `offset` read or ignored. */
function datastore(rows: number, { total, ignoreOffset = false }: { total: number | null; ignoreOffset?: boolean }) {
  return ((url, _req, res) => {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 1000);
    const offset = ignoreOffset ? 0 : Number(url.searchParams.get('offset') ?? 0);
    const records = Array.from({ length: Math.max(0, Math.min(limit, rows - offset)) }, (_, i) => ({
      _id: offset + i + 1,
      v: offset + i,
    }));
    json(res, 200, ok({ fields: [{ id: '_id', type: 'int' }], records, total, limit, offset }));
  }) satisfies Handler;
}

async function readAll(client: CkanClient, maxRows?: number) {
  const progress: DatastoreProgress[] = [];
  let rows = 0;
  for await (const page of client.datastorePages(
    { resourceId: 'r', limit: 1000 },
    { onProgress: (p) => progress.push(p), ...(maxRows ? { maxRows } : {}) },
  )) {
    rows += page.records.length;
  }
  return { rows, end: progress.at(-1)?.end, requests: progress.length };
}

describe('datastore paging always ends', () => {
  it('stops at the reported total', async () => {
    expect(await readAll(clientFor('ds-total', datastore(2500, { total: 2500 })))).toEqual({
      rows: 2500,
      end: 'total',
      requests: 3,
    });
  });

  it('stops at a short page when the total is missing', async () => {
    expect(await readAll(clientFor('ds-short', datastore(2500, { total: null })))).toEqual({
      rows: 2500,
      end: 'short',
      requests: 3,
    });
  });

  it('stops at the row cap when the total is missing and every page is full', async () => {
    const client = clientFor('ds-endless', datastore(Number.MAX_SAFE_INTEGER, { total: null }));
    expect(await readAll(client, 5000)).toEqual({ rows: 5000, end: 'cap', requests: 5 });
  });

  it('fails with a paging error when the server ignores offset', async () => {
    const client = clientFor('ds-offset', datastore(1_000_000, { total: null, ignoreOffset: true }));
    const error = await failure(readAll(client));
    expect(error.kind).toBe('paging');
    expect(hits.get('ds-offset')).toBe(2);
    expect(describeError(error, 'ko')).toContain('같은 행을 되풀이해');
    expect(describeError(error, 'en')).toContain('same rows again');
  });

  it('stops at a short page even when the total promises more', async () => {
    expect(await readAll(clientFor('ds-lie', datastore(1500, { total: 1_000_000 })))).toEqual({
      rows: 1500,
      end: 'short',
      requests: 2,
    });
  });
});
