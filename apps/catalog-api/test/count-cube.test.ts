import { CkanClient } from '@bdw/core';
import { DatastoreEngine, type ViewFilters } from '@bdw/core/data';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './server.js';

/**
 * Core's `DatastoreEngine` builds a count cube of the fields a linked view asks about, from this API's
 * `datastore_search_sql` (the real accident resource; `cubeMinRows: 0`, since the cube is only built for large
 * tables by default). Every answer is compared with a tally of the shipped CSV, and with an engine without the cube;
 * the requests show what still reaches the server.
 */
let api: TestApi;
const ACCIDENTS = 'busan-fatal-traffic-accidents-2020-1';
const rows = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/** An engine whose `datastore_search_sql` queries are recorded (and refused where `refuse` says so). */
function engine(options: { cube?: boolean; refuse?: (sql: string) => boolean } = {}) {
  const asked: string[] = [];
  const client = new CkanClient({
    baseUrl: api.url,
    fetch: (input, init) => {
      const url = new URL(String(input));
      const sql =
        url.searchParams.get('sql') ??
        (typeof init?.body === 'string' ? (JSON.parse(init.body) as { sql?: string }).sql : undefined);
      if (sql) {
        asked.push(sql);
        if (options.refuse?.(sql))
          return Promise.resolve(new Response('{"success":false,"error":{"message":"boom"}}', { status: 500 }));
      }
      return fetch(input, init);
    },
  });
  const e = new DatastoreEngine(client, ACCIDENTS, {
    cubeMinRows: 0,
    ...(options.cube === false ? { cube: false } : {}),
  });
  return { engine: e, asked };
}

/** What the linked dashboard asks at a filter change: the weekday chart, two filters' counts and the first page. */
async function change(e: DatastoreEngine, filters: ViewFilters) {
  const [chart, districts, kinds, page] = await Promise.all([
    e.group({ by: ['요일'], measures: [{ field: null, agg: 'count' }], filters }),
    e.facet({ field: '발생지시군구', filters, limit: 50 }),
    e.facet({ field: '사고유형', filters, limit: 50 }),
    e.rows({ filters, limit: 50 }),
  ]);
  return {
    chart: Object.fromEntries(chart.map((g) => [g.keys[0], g.rows])),
    districts: Object.fromEntries(districts.values.map((v) => [v.value, v.count])),
    kinds: Object.fromEntries(kinds.values.map((v) => [v.value, v.count])),
    total: page.total,
    firstIds: page.rows.slice(0, 5).map((r) => r[0]),
  };
}

/** Rows by their value of `field` under the filters; a facet leaves out its own field's filter, a chart does not. */
const tally = (field: string, filters: ViewFilters, facet = true) => {
  const out: Record<string, number> = {};
  for (const row of rows)
    if (
      Object.entries(filters).every(([f, values]) => (facet && f === field) || (values as string[]).includes(row[f]!))
    )
      out[row[field]!] = (out[row[field]!] ?? 0) + 1;
  return out;
};
const kept = (filters: ViewFilters) =>
  rows.filter((row) => Object.entries(filters).every(([f, values]) => (values as string[]).includes(row[f]!))).length;

const STATES: ViewFilters[] = [
  { 발생지시군구: ['사상구'] },
  { 발생지시군구: ['사상구', '북구'] },
  { 발생지시군구: ['사상구'], 사고유형: ['횡단중'] },
  { 사고유형: ['횡단중', '측면충돌'], 요일: ['토'] },
  { 발생지시군구: ['없는구'] },
];

describe('a count cube of the view’s fields, from datastore_search_sql', () => {
  it('is built once the dashboard has opened, after which a change asks the server for the table’s page only', async () => {
    const { engine: e, asked } = engine();
    const { engine: plain } = engine({ cube: false });
    const opened = await change(e, {});
    expect(opened.total).toBe(rows.length);
    await e.settled();
    expect([...(e.cubeDims ?? [])].sort()).toEqual(['발생지시군구', '사고유형', '요일'].sort());
    for (const filters of STATES) {
      asked.length = 0;
      const answer = await change(e, filters);
      expect(asked.length).toBe(1);
      expect(asked[0]).toMatch(/LIMIT 50 OFFSET 0$/);
      expect(asked[0]).not.toMatch(/GROUP BY|count\(/);
      expect(answer.total).toBe(kept(filters));
      expect(answer.chart).toEqual(tally('요일', filters, false));
      expect(answer.districts).toEqual(tally('발생지시군구', filters));
      expect(answer.kinds).toEqual(tally('사고유형', filters));
      // The same answers as every count asked of the server.
      expect(answer).toEqual(await change(plain, filters));
    }
    expect((await change(e, { 발생지시군구: ['사상구'] })).total).toBe(11);
    e.dispose();
    plain.dispose();
  });

  it('leaves to the server what it cannot answer: a field outside it, a range, a text search', async () => {
    const { engine: e, asked } = engine();
    await change(e, {});
    await e.settled();
    asked.length = 0;
    const night = { 주야: ['야'] };
    expect((await change(e, night)).total).toBe(kept(night));
    expect(asked.some((sql) => sql.includes('count(*) AS n FROM') && sql.includes('"주야"'))).toBe(true);
    asked.length = 0;
    const injured = await e.rows({ filters: { 부상자수: { min: 2 } }, limit: 10 });
    expect(injured.total).toBe(rows.filter((r) => Number(r['부상자수']) >= 2).length);
    expect(asked.some((sql) => /^SELECT count\(\*\)/.test(sql))).toBe(true);
    const searched = await e.rows({ filters: { 발생지시군구: ['사상구'] }, q: '횡단', limit: 10 });
    expect(searched.total).toBe(
      rows.filter((r) => r['발생지시군구'] === '사상구' && Object.values(r).some((v) => v.includes('횡단'))).length,
    );
    e.dispose();
  });

  it('is not built for a table smaller than cubeMinRows (the default is 100,000 rows)', async () => {
    const e = new DatastoreEngine(new CkanClient({ baseUrl: api.url }), ACCIDENTS);
    await change(e, {});
    await e.settled();
    expect(e.cubeDims).toBeNull();
    e.dispose();
  });

  it('a cube the server fails to build is given up quietly: the answers stay right, and it is not asked again', async () => {
    const { engine: e, asked } = engine({ refuse: (sql) => sql.includes(' AS k2') });
    await change(e, {});
    await e.settled();
    expect(e.cubeDims).toBeNull();
    const tries = asked.filter((sql) => sql.includes(' AS k2')).length;
    expect(tries).toBe(1);
    const answer = await change(e, { 발생지시군구: ['사상구'] });
    await e.settled();
    expect(answer.total).toBe(11);
    expect(answer.chart).toEqual(tally('요일', { 발생지시군구: ['사상구'] }, false));
    expect(asked.filter((sql) => sql.includes(' AS k2')).length).toBe(tries);
    e.dispose();
  });
});
