import { Portal } from 'ckanapi';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_ROWS_MAX, SQL_TIME_LIMIT_MS } from '../src/datastore-sql.js';
import { SqlPool } from '../src/sql/pool.js';
import { startTestApi, type TestApi } from './server.js';

/**
 * `datastore_search_sql` and the rest of `datastore_search`, against the real tables: every number is computed here
 * from the shipped CSV (parsed with papaparse, not through the server's loader).
 */
let api: TestApi;
let portal: InstanceType<typeof Portal>;

const ACCIDENTS = 'busan-fatal-traffic-accidents-2020-1';
const T = `"${ACCIDENTS}"`;
const rows = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** How many rows have each value of a column, in the CSV. */
function countBy(column: string, where: (row: Record<string, string>) => boolean = () => true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows.filter(where)) counts.set(row[column]!, (counts.get(row[column]!) ?? 0) + 1);
  return counts;
}

// Raw CKAN JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function sql(query: string): Promise<{ status: number; body: Json; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${api.url}/api/3/action/datastore_search_sql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sql: query }),
  });
  return { status: res.status, body: await res.json(), ms: performance.now() - started };
}

beforeAll(async () => {
  api = await startTestApi();
  portal = new Portal(api.url);
  // The worker processes start with the first query.
  await Promise.all([sql('SELECT 1'), sql('SELECT 2')]);
});
afterAll(() => api.close());

describe('datastore_search_sql', () => {
  it('groups the 2020 fatal accidents by district as the CSV counts them', async () => {
    const { status, body } = await sql(`SELECT "발생지시군구", count(*) AS n FROM ${T} GROUP BY 1 ORDER BY 2 DESC, 1`);
    expect(status).toBe(200);
    const expected = countBy('발생지시군구');
    expect(expected.get('사상구')).toBeGreaterThan(0);
    expect(Object.fromEntries(body.result.records.map((r: Json) => [r['발생지시군구'], r.n]))).toEqual(
      Object.fromEntries(expected),
    );
    expect(body.result.fields).toEqual([
      { id: '발생지시군구', type: 'text' },
      { id: 'n', type: 'int' },
    ]);
    expect(body.result.sql).toBe(`SELECT "발생지시군구", count(*) AS n FROM ${T} GROUP BY 1 ORDER BY 2 DESC, 1`);
    expect(body.result.records_truncated).toBeUndefined();
  });

  it('runs WITH … SELECT, sums and a trailing semicolon', async () => {
    const night = rows.filter((r) => r['주야'] === '야');
    const { body } = await sql(
      `WITH night AS (SELECT * FROM ${T} WHERE "주야" = '야') SELECT count(*) AS n, sum("사망자수") AS dead FROM night;`,
    );
    expect(body.result.records).toEqual([
      { n: night.length, dead: night.reduce((sum, r) => sum + Number(r['사망자수']), 0) },
    ]);
  });

  it('cuts the answer at the row cap and says so', async () => {
    const { body } = await sql(`SELECT a._id, b._id AS b, c._id AS c FROM ${T} a, ${T} b, ${T} c`);
    expect(rows.length ** 3).toBeGreaterThan(SQL_ROWS_MAX);
    expect(body.result.records).toHaveLength(SQL_ROWS_MAX);
    expect(body.result.records_truncated).toBe(true);
  });

  it('stops a runaway query at the time limit without holding up other requests', async () => {
    let stoppedAt = Infinity;
    const stopped = Promise.all([
      sql('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c'),
      sql(`SELECT count(*) FROM ${T} a, ${T} b, ${T} c, ${T} d, ${T} e`),
    ]).finally(() => (stoppedAt = performance.now()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // While both workers spin, the rest of the API answers: a search, and its count equals a count made after.
    const search = await fetch(`${api.url}/api/3/action/package_search?q=주차&rows=1`);
    const answeredAt = performance.now();
    expect(search.status).toBe(200);
    const during = ((await search.json()) as Json).result.count;
    for (const { status, body, ms } of await stopped) {
      expect(status).toBe(409);
      expect(body.error).toEqual({ __type: 'Validation Error', query: ['Query took too long'] });
      expect(ms).toBeGreaterThanOrEqual(SQL_TIME_LIMIT_MS);
      expect(ms).toBeLessThan(SQL_TIME_LIMIT_MS + 3000);
    }
    expect(answeredAt).toBeLessThan(stoppedAt);
    const after = await (await fetch(`${api.url}/api/3/action/package_search?q=주차&rows=1`)).json();
    expect(during).toBe((after as Json).result.count);
    // The killed workers are replaced.
    const { body } = await sql(`SELECT count(*) AS n FROM ${T}`);
    expect(body.result.records).toEqual([{ n: rows.length }]);
  });

  const refused: [string, string, number, Json][] = [
    ['no sql', '', 409, { __type: 'Validation Error', sql: ['Missing value'] }],
    [
      'stacked statements',
      `SELECT 1; DELETE FROM ${T}`,
      409,
      { __type: 'Validation Error', query: ['Query is not a single statement.'] },
    ],
    [
      'a second statement after a comment',
      `SELECT 1 /* x */; DROP VIEW ${T} --`,
      409,
      { __type: 'Validation Error', query: ['Query is not a single statement.'] },
    ],
    [
      'sqlite_master',
      'SELECT sql FROM sqlite_master',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to access system tables' },
    ],
    [
      'sqlite_schema in a comment-hidden UNION',
      `SELECT "발생지시군구" FROM ${T} /* */ UNION ALL SELECT sql FROM sqlite_schema -- `,
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to access system tables' },
    ],
    [
      'sqlite_temp_master',
      'SELECT sql FROM sqlite_temp_master',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to access system tables' },
    ],
    [
      'the catalogue table',
      'SELECT title FROM packages',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'a datastore table joined with the catalogue',
      `SELECT a._id FROM ${T} a JOIN resources r ON r.position = a._id`,
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'the FTS index',
      "SELECT rowid FROM package_fts WHERE package_fts MATCH '주차'",
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'an FTS shadow table',
      'SELECT * FROM package_fts_data',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'a pragma table function',
      "SELECT * FROM pragma_table_info('packages')",
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'load_extension',
      "SELECT load_extension('/tmp/x.so')",
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to call function load_extension' },
    ],
    [
      'a huge blob',
      'SELECT length(zeroblob(1000000000))',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to call function zeroblob' },
    ],
    [
      'a write inside WITH',
      'WITH x AS (SELECT 1) DELETE FROM packages WHERE rowid IN (SELECT * FROM x)',
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
    [
      'a write to the catalogue',
      "UPDATE packages SET title = 'x'",
      403,
      { __type: 'Authorization Error', message: 'Access denied: Not authorized to read resource.' },
    ],
  ];
  it.each(refused)('refuses %s as CKAN does', async (_name, query, status, error) => {
    const { status: actual, body } = await sql(query);
    expect(actual).toBe(status);
    expect(body.success).toBe(false);
    expect(body.error).toEqual(error);
  });

  it.each([
    ['PRAGMA', 'PRAGMA table_info(packages)'],
    ['ATTACH', "ATTACH DATABASE '/tmp/bdw-attack.db' AS x"],
    ['VACUUM INTO', "VACUUM INTO '/tmp/bdw-attack.db'"],
    ['a temporary table', 'CREATE TEMP TABLE t AS SELECT 1'],
    [
      'a write to a datastore table inside WITH',
      `WITH x AS (SELECT 1) DELETE FROM ${T} WHERE _id IN (SELECT * FROM x)`,
    ],
    ['a subquery escape', 'SELECT 1) UNION SELECT sql FROM sqlite_master --'],
    ['readfile', "SELECT readfile('/etc/passwd')"],
    ['sqlite_offset', `SELECT sqlite_offset("발생지시군구") FROM ${T}`],
  ])('refuses %s (no statement but a query runs)', async (_name, query) => {
    const { status, body } = await sql(query);
    expect([403, 409]).toContain(status);
    expect(body.success).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/CREATE TABLE|root:/);
  });

  it('is still whole after every attempt', async () => {
    const { body } = await sql(`SELECT count(*) AS n FROM ${T}`);
    expect(body.result.records).toEqual([{ n: rows.length }]);
    const res = await fetch(`${api.url}/api/3/action/package_show?id=busan-fatal-traffic-accidents-2020`);
    const dataset: Json = await res.json();
    expect(dataset.result.title).toBe('부산광역시 사망 교통사고 정보 (2020)');
  });
});

describe('SqlPool', () => {
  it('answers, and stops starting workers, when they cannot open the database', async () => {
    const pool = new SqlPool('/nonexistent/catalog.db', { timeLimitMs: 1000 });
    const first = await pool.run('SELECT 1', 10);
    expect(first).toMatchObject({ ok: false, kind: 'crash' });
    // Each query fails with the worker it waited for, until the pool gives up starting them (bounded, not a loop).
    let outcome = first;
    for (let i = 0; i < 6 && (outcome.ok || outcome.message !== 'The SQL workers cannot start'); i++) {
      outcome = await pool.run('SELECT 1', 10);
    }
    expect(outcome).toMatchObject({ ok: false, message: 'The SQL workers cannot start' });
    pool.close();
  });
});

describe('datastore_search: the rest of CKAN’s parameters', () => {
  const search = async (params: Record<string, unknown>): Promise<Json> => {
    const res = await fetch(`${api.url}/api/3/action/datastore_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resource_id: ACCIDENTS, ...params }),
    });
    return ((await res.json()) as Json).result;
  };

  it('filters with a list (OR within a field, AND across fields)', async () => {
    const result = await search({ filters: { 발생지시군구: ['사상구', '북구'], 주야: '주' }, limit: 0 });
    expect(result.total).toBe(
      rows.filter((r) => ['사상구', '북구'].includes(r['발생지시군구']!) && r['주야'] === '주').length,
    );
  });

  it('returns distinct values, ordered by them when no sort is given', async () => {
    const result = await search({ fields: ['발생지시군구'], distinct: true, limit: 1000 });
    const districts = [...countBy('발생지시군구').keys()].sort();
    expect(result.total).toBe(districts.length);
    expect(result.records.map((r: Json) => r['발생지시군구'])).toEqual(districts);
  });

  it('matches q per field and sorts on several fields', async () => {
    const result = await search({ q: { 사고유형: '횡단' }, sort: '요일 asc, 사망자수 desc', limit: 1000 });
    const matching = rows.filter((r) => r['사고유형']!.includes('횡단'));
    expect(matching.length).toBeGreaterThan(0);
    expect(result.total).toBe(matching.length);
    const keys = result.records.map((r: Json) => [r['요일'], r['사망자수']]);
    const sorted = [...keys].sort(([a, x]: Json, [b, y]: Json) => (a < b ? -1 : a > b ? 1 : y - x));
    expect(keys).toEqual(sorted);
  });

  it('answers lists, CSV and TSV in the order of fields', async () => {
    const fields = ['경도', '발생지시군구', '사망자수'];
    const objects = await search({ fields, limit: 5 });
    const lists = await search({ fields, limit: 5, records_format: 'lists' });
    const csv = await search({ fields: fields.join(','), limit: 5, records_format: 'csv' });
    const tsv = await search({ fields, limit: 5, records_format: 'tsv' });
    expect(objects.fields.map((f: Json) => f.id)).toEqual(fields);
    const expected = rows.slice(0, 5).map((r) => [Number(r['경도']), r['발생지시군구'], Number(r['사망자수'])]);
    expect(lists.records).toEqual(expected);
    expect(lists.records_format).toBe('lists');
    for (const [text, delimiter] of [
      [csv.records, ','],
      [tsv.records, '\t'],
    ]) {
      const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true, dynamicTyping: true }).data;
      expect(parsed).toEqual(expected);
    }
  });

  it('counts exactly whatever total_estimation_threshold asks, and can leave the total out', async () => {
    const estimated = await search({ total_estimation_threshold: 10, limit: 0 });
    expect(estimated).toMatchObject({ total: rows.length, total_was_estimated: false });
    const none = await search({ include_total: false, limit: 1 });
    expect(none.total).toBeUndefined();
  });
});

describe('the answer cache', () => {
  it('answers a repeated query from memory, and keeps no answer over 64 KB', async () => {
    const small = `SELECT "주야", count(*) AS n FROM ${T} GROUP BY 1 ORDER BY 1`;
    const first = api.api.cacheStats();
    const a = await sql(small);
    const b = await sql(small);
    expect(b.body.result).toEqual(a.body.result);
    expect(a.body.result.records).toEqual(
      [...countBy('주야')].sort(([x], [y]) => (x < y ? -1 : 1)).map(([주야, n]) => ({ 주야, n })),
    );
    const second = api.api.cacheStats();
    expect(second.hits - first.hits).toBe(1);
    // 10,000 rows of {"_id": n}: over 64 KB, so each time from SQLite.
    const large = `SELECT a._id FROM ${T} a, ${T} b`;
    const c = await sql(large);
    await sql(large);
    expect(c.body.result.records).toHaveLength(rows.length * rows.length);
    expect(JSON.stringify(c.body.result).length).toBeGreaterThan(64 * 1024);
    expect(api.api.cacheStats().hits).toBe(second.hits);
  });
});

describe('the ckanapi client', () => {
  it('calls datastore_search_sql and reads CKAN’s error', async () => {
    const result: Json = await portal.action.datastore_search_sql({
      sql: `SELECT "요일", count(*) AS n FROM ${T} WHERE "발생지시군구" = '사상구' GROUP BY 1`,
    });
    const expected = countBy('요일', (r) => r['발생지시군구'] === '사상구');
    expect(Object.fromEntries(result.records.map((r: Json) => [r['요일'], r.n]))).toEqual(Object.fromEntries(expected));
    await expect(portal.action.datastore_search_sql({ sql: 'SELECT * FROM sqlite_master' })).rejects.toMatchObject({
      message: expect.stringContaining('system tables'),
    });
  });

  it('calls datastore_search with distinct, filter lists, q as an object and records_format', async () => {
    const result: Json = await portal.action.datastore_search({
      resource_id: ACCIDENTS,
      filters: { 발생지시군구: ['사상구', '북구'] },
      q: { 사고유형: '차' },
      fields: ['발생지시군구', '사고유형'],
      distinct: true,
      sort: '발생지시군구 desc, 사고유형',
      records_format: 'lists',
      limit: 100,
    });
    const pairs = new Set(
      rows
        .filter((r) => ['사상구', '북구'].includes(r['발생지시군구']!) && r['사고유형']!.includes('차'))
        .map((r) => `${r['발생지시군구']}|${r['사고유형']}`),
    );
    expect(result.total).toBe(pairs.size);
    expect(result.records.map((r: string[]) => r.join('|'))).toEqual(
      [...pairs].sort((a, b) => {
        const [da = '', ta = ''] = a.split('|');
        const [db = '', tb = ''] = b.split('|');
        return da === db ? (ta < tb ? -1 : 1) : da < db ? 1 : -1;
      }),
    );
  });
});
