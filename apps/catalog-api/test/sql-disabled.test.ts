import { CkanClient } from '@bdw/core';
import { DatastoreEngine } from '@bdw/core/data';
import { Portal } from 'ckanapi';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './server.js';

/**
 * `sqlSearch: false`: the API as a CKAN installed with its defaults, where `ckan.datastore.sqlsearch.enabled` is off
 * and the datastore plugin does not register `datastore_search_sql`. CKAN then answers the action as any unknown one
 * (ckan/views/api.py `action()`: `get_action` raises KeyError → `_finish_bad_request`): status 400 and, as the whole
 * body, the JSON string `"Bad request - Action name not known: datastore_search_sql"`; `help_show` raises NotFound
 * ("Action function not found"). Counts are computed here from the shipped CSV.
 */
let api: TestApi;
let full: TestApi;

const ACCIDENTS = 'busan-fatal-traffic-accidents-2020-1';
const REFUSAL = 'Bad request - Action name not known: datastore_search_sql';
const rows = Papa.parse<Record<string, string>>(
  readFileSync(new URL('../data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

beforeAll(async () => {
  [api, full] = await Promise.all([startTestApi({ sqlSearch: false }), startTestApi()]);
});
afterAll(async () => {
  await Promise.all([api.close(), full.close()]);
});

const sqlUrl = (base: string) =>
  `${base}/api/3/action/datastore_search_sql?${new URLSearchParams({ sql: `SELECT count(*) FROM "${ACCIDENTS}"` })}`;

describe('without datastore_search_sql (a default CKAN)', () => {
  it('answers the action as CKAN answers an unknown one, by GET and by POST', async () => {
    const get = await fetch(sqlUrl(api.url));
    const post = await fetch(`${api.url}/api/3/action/datastore_search_sql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sql: 'SELECT 1' }),
    });
    for (const res of [get, post]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      // The whole body is one JSON string: no `success`, no `help`, no `error` object.
      expect(await res.text()).toBe(JSON.stringify(REFUSAL));
    }
  });

  it('is the same answer as for any unknown action, on both instances', async () => {
    for (const base of [api.url, full.url]) {
      const res = await fetch(`${base}/api/3/action/no_such_action`);
      expect(res.status).toBe(400);
      expect(await res.json()).toBe('Bad request - Action name not known: no_such_action');
    }
  });

  it('does not document the action, and the default instance still runs it', async () => {
    const help = await fetch(`${api.url}/api/3/action/help_show?name=datastore_search_sql`);
    expect(help.status).toBe(404);
    expect(((await help.json()) as { error: unknown }).error).toEqual({
      __type: 'Not Found Error',
      message: 'Not found: Action function not found',
    });
    const ran = await fetch(sqlUrl(full.url));
    expect(ran.status).toBe(200);
    expect(((await ran.json()) as { result: { records: unknown[] } }).result.records).toEqual([
      { 'count(*)': rows.length },
    ]);
  });

  it('still serves datastore_search', async () => {
    const res = await fetch(
      `${api.url}/api/3/action/datastore_search?${new URLSearchParams({
        resource_id: ACCIDENTS,
        filters: JSON.stringify({ 발생지시군구: '사상구' }),
        limit: '0',
      })}`,
    );
    const body = (await res.json()) as { result: { total: number } };
    expect(body.result.total).toBe(rows.filter((r) => r['발생지시군구'] === '사상구').length);
  });

  it('is refused to the ckanapi client as a real CKAN refuses it (400, the bare string)', async () => {
    const portal = new Portal(api.url);
    const seen: { status: number; body: unknown }[] = [];
    // The client's own fetch answer (a Response in Node; ckanapi types it only as something with json()).
    portal.addInterceptor(async (_url, _params, answer) => {
      const response = answer as Response | undefined;
      if (response) seen.push({ status: response.status, body: await response.clone().json() });
      return null;
    });
    // ckanapi throws the body's `error`: a string body has none, so it rejects with `undefined`, as against CKAN.
    await expect(portal.action.datastore_search_sql({ sql: 'SELECT 1' })).rejects.toBeUndefined();
    expect(seen).toEqual([{ status: 400, body: REFUSAL }]);
  });

  it("lets core's DatastoreEngine fall back to the browser with the CSV's counts", async () => {
    const engine = new DatastoreEngine(new CkanClient({ baseUrl: api.url }), ACCIDENTS);
    const groups = await engine.group({ by: ['발생지시군구'], measures: [{ field: null, agg: 'count' }] });
    expect(engine.mode).toBe('browser');
    const expected = new Map<string, number>();
    for (const row of rows) expected.set(row['발생지시군구']!, (expected.get(row['발생지시군구']!) ?? 0) + 1);
    expect(expected.get('사상구')).toBe(11);
    expect(new Map(groups.map((g) => [g.keys[0], g.values[0]]))).toEqual(expected);
    const server = new DatastoreEngine(new CkanClient({ baseUrl: full.url }), ACCIDENTS);
    const same = await server.group({ by: ['발생지시군구'], measures: [{ field: null, agg: 'count' }] });
    expect(server.mode).toBe('server');
    expect(new Map(same.map((g) => [g.keys[0], g.values[0]]))).toEqual(expected);
    engine.dispose();
    server.dispose();
  });
});
