import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indexDatastoreTable,
  loadDatastoreTable,
  parseIndexes,
  type DatastoreFieldDef,
} from '../src/datastore-load.js';
import { ActionError } from '../src/errors.js';
import { startTestApi, type TestApi } from './server.js';

/**
 * Datastore indexes: CKAN's `indexes` of `datastore_create` (read as CKAN reads them), the default indexes a loaded
 * table gets for a view's filters and GROUP BYs, `datastore_info`'s `is_index`, and SQLite using them for the
 * queries core's DatastoreEngine sends. Expectations come from the shipped CSVs, parsed here with papaparse.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`../data/files/${file}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

async function info(id: string): Promise<Map<string, boolean>> {
  const res = await fetch(`${api.url}/api/3/action/datastore_info?id=${id}`);
  const body = (await res.json()) as { result: { fields: { id: string; schema: { is_index: boolean } }[] } };
  return new Map(body.result.fields.map((f) => [f.id, f.schema.is_index]));
}

describe('default indexes of a loaded table', () => {
  it('index the accident table’s places, kinds, days, numbers and times (all repeat or are numbers or dates)', async () => {
    const { data, meta } = csv('busan_fatal_traffic_accidents_2020.csv');
    const indexed = await info('busan-fatal-traffic-accidents-2020-1');
    expect([...indexed.keys()]).toEqual(meta.fields);
    // Every column here is a number, a date/time (발생년월일시) or a text with few values: all are indexed.
    expect(new Set(data.map((r) => r['발생지시군구'])).size).toBeLessThan(data.length / 2);
    expect(data.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}$/.test(r['발생년월일시']!))).toBe(true);
    expect([...indexed.values()].every(Boolean)).toBe(true);
  });

  it('leave out text columns whose values are all different (names, addresses, phone numbers)', async () => {
    const { data, meta } = csv('busan_119_safety_centers_addresses.csv');
    const indexed = await info('busan-119-safety-centers-1');
    for (const field of meta.fields!) {
      const values = data.map((r) => r[field]!.trim());
      const numeric = values.every((v) => /^-?\d+$/.test(v));
      const repeats = new Set(values).size <= values.length / 2;
      expect([field, indexed.get(field)]).toEqual([field, numeric || repeats]);
    }
    expect(indexed.get('주소')).toBe(false);
    expect(indexed.get('소방서')).toBe(true);
    expect(indexed.get('순번')).toBe(true);
  });

  it("are used by SQLite for the engine's filtered GROUP BY, facet count and first page", () => {
    const db = new Database(api.dbPath, { readonly: true });
    try {
      const { datastore_table: table } = db
        .prepare('SELECT datastore_table FROM resources WHERE id = ?')
        .get('busan-fatal-traffic-accidents-2020-1') as { datastore_table: string };
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
      // The SQL core's DatastoreEngine writes (packages/core/src/data/engine/sql.ts) for {발생지시군구: [사상구, 북구]}.
      const where = `WHERE "발생지시군구" IN ('사상구', '북구')`;
      expect(plan(`SELECT "요일" AS k0, count(*) AS n FROM ${table} ${where} GROUP BY 1`)).toMatch(
        /USING (COVERING )?INDEX .*\(발생지시군구=\?\)/,
      );
      expect(plan(`SELECT count(*) AS n FROM ${table} ${where}`)).toMatch(/USING COVERING INDEX/);
      expect(plan(`SELECT "발생지시군구" AS v, count(*) AS n FROM ${table} GROUP BY 1`)).toMatch(
        /SCAN .* USING COVERING INDEX/,
      );
      expect(plan(`SELECT count(*) FROM ${table} WHERE "부상자수" >= 1`)).toMatch(/INDEX .*\(부상자수>\?\)/);
    } finally {
      db.close();
    }
  });
});

describe("CKAN's indexes parameter", () => {
  const fields: DatastoreFieldDef[] = ['a', 'b', 'c'].map((id) => ({ id, type: 'text' }));

  it('reads a comma-separated string as one index per field, and a list entry as one index over its fields', () => {
    expect(parseIndexes('a, b', fields)).toEqual([['a'], ['b']]);
    expect(parseIndexes(['a,b', 'c'], fields)).toEqual([['a', 'b'], ['c']]);
    expect(parseIndexes([['b', 'a'], '', []], fields)).toEqual([['b', 'a']]);
  });

  it("refuses a field the table lacks with CKAN's ValidationError under index", () => {
    const error = (() => {
      try {
        parseIndexes(['a', 'b,nope'], fields);
      } catch (e) {
        return e;
      }
    })() as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(error.status).toBe(409);
    expect(error.body()).toEqual({
      __type: 'Validation Error',
      index: ['The field "b,nope" is not a valid column name.'],
    });
  });

  it('creates exactly the indexes asked for (CKAN drops the others), composite ones in order', () => {
    const db = new Database(':memory:');
    // a: numbers; b: two values in four rows (repeated); c: four different texts.
    const text = 'a,b,c\n1,x,p\n2,x,q\n3,y,r\n4,y,s\n';
    const list = () =>
      (
        db
          .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ds_t'")
          .pluck()
          .all() as string[]
      )
        .map((name) => db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(name))
        .sort();
    const fields = loadDatastoreTable(db, 'ds_t', text, 'CSV', { indexes: [['c', 'b']] });
    expect(list()).toEqual([['c', 'b']]);
    db.exec('DROP TABLE ds_t');
    loadDatastoreTable(db, 'ds_t', text, 'CSV');
    expect(list()).toEqual([['a'], ['b']]);
    // An empty list asks for none.
    db.exec('DROP TABLE ds_t');
    loadDatastoreTable(db, 'ds_t', text, 'CSV', { indexes: [] });
    expect(list()).toEqual([]);
    expect(indexDatastoreTable(db, 'ds_t', fields, 'c')).toEqual([['c']]);
    db.close();
  });
});
