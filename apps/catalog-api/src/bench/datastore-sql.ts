import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogApi } from '../app.js';
import { quoteIdent, type DatastoreFieldDef } from '../datastore-load.js';
import { DEFAULT_DB } from '../paths.js';
import { seed } from '../seed.js';
import { prng } from './prng.js';

/**
 * `datastore_search_sql` timings over loopback (`node dist/bench/datastore-sql.js`; not part of `pnpm bench`): a
 * GROUP BY over the real accident table and over a table of `BENCH_ROWS` (1,000,000) rows drawn deterministically
 * from the accident table's rows (a seeded PRNG picks each row), and how long a `package_search` takes while both
 * workers run queries that the time limit stops. `BENCH_INDEX=1` indexes the grouped columns of the large table, as
 * CKAN's `datastore_create` does for the fields in its `indexes`.
 */
const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const ACCIDENTS = 'busan-fatal-traffic-accidents-2020-1';
const BIG = 'bench-accidents-1m';

function buildDb(): string {
  seed(DEFAULT_DB);
  const path = join(tmpdir(), `bdw-bench-sql-${process.pid}.db`);
  copyFileSync(DEFAULT_DB, path);
  const db = new Database(path);
  const source = db.prepare('SELECT * FROM resources WHERE id = ?').get(ACCIDENTS) as {
    package: number;
    datastore_table: string;
    datastore_fields: string;
  };
  const fields = JSON.parse(source.datastore_fields) as DatastoreFieldDef[];
  const columns = fields.map((f) => quoteIdent(f.id)).join(', ');
  const rows = db.prepare(`SELECT ${columns} FROM ${source.datastore_table}`).raw().all() as unknown[][];
  db.exec(`CREATE TABLE ds_bench AS SELECT _id, ${columns} FROM ${source.datastore_table} WHERE 0`);
  const insert = db.prepare(`INSERT INTO ds_bench VALUES (${['?', ...fields.map(() => '?')].join(', ')})`);
  const random = prng(20201231);
  db.transaction(() => {
    for (let id = 1; id <= ROWS; id++) insert.run(id, ...rows[Math.floor(random() * rows.length)]!);
  })();
  if (process.env['BENCH_INDEX'] === '1') {
    for (const column of ['발생지시군구', '요일'])
      db.exec(`CREATE INDEX ${quoteIdent(`ds_bench_${column}`)} ON ds_bench (${quoteIdent(column)})`);
  }
  db.prepare(
    `INSERT INTO resources (id, package, position, name, description, format, file, size, datastore_table, datastore_fields)
     VALUES (?, ?, 99, 'bench', '', 'CSV', 'bench.csv', 0, 'ds_bench', ?)`,
  ).run(BIG, source.package, source.datastore_fields);
  db.close();
  return path;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function main(): Promise<void> {
  const built = performance.now();
  const path = buildDb();
  console.log(`built ${ROWS} rows in ${Math.round(performance.now() - built)} ms`);
  const api = createCatalogApi({ dbPath: path, log: () => {} });
  const server = createServer(api.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/3/action`;
  const time = async (action: string, params: Record<string, unknown>) => {
    const started = performance.now();
    const res = await fetch(`${url}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    await res.json();
    return { ms: performance.now() - started, status: res.status };
  };
  const groupBy = (id: string) => `SELECT "발생지시군구", count(*) AS n FROM "${id}" GROUP BY 1 ORDER BY 2 DESC`;
  await time('datastore_search_sql', { sql: 'SELECT 1' });
  const quiet: number[] = [];
  for (let i = 0; i < RUNS; i++) quiet.push((await time('package_search', { q: `주차 ${i}`, rows: 1 })).ms);
  console.log(
    `package_search alone: p50 ${percentile(quiet, 50).toFixed(1)} ms, p95 ${percentile(quiet, 95).toFixed(1)} ms`,
  );
  for (const [name, sql] of [
    ['GROUP BY 발생지시군구, 100 rows', groupBy(ACCIDENTS)],
    [`GROUP BY 발생지시군구, ${ROWS} rows`, groupBy(BIG)],
    [
      `filtered GROUP BY 요일, ${ROWS} rows`,
      `SELECT "요일", count(*) AS n FROM "${BIG}" WHERE "발생지시군구" IN ('사상구', '북구') GROUP BY 1`,
    ],
  ] as const) {
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) ms.push((await time('datastore_search_sql', { sql })).ms);
    console.log(`${name}: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`);
  }
  // Two runaway queries hold both workers; package_search and datastore_search answer meanwhile.
  const runaway = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c';
  const stopped = Promise.all([
    time('datastore_search_sql', { sql: runaway }),
    time('datastore_search_sql', { sql: runaway }),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const during: number[] = [];
  for (let i = 0; i < RUNS; i++) during.push((await time('package_search', { q: `주차 ${i}`, rows: 1 })).ms);
  const ends = await stopped;
  console.log(
    `during two runaway queries: package_search p50 ${percentile(during, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(during, 95).toFixed(1)} ms; the runaways answered ${ends.map((e) => `${e.status} after ${Math.round(e.ms)} ms`).join(', ')}`,
  );
  const after = await time('datastore_search_sql', { sql: groupBy(ACCIDENTS) });
  console.log(`first query after the kills: ${after.ms.toFixed(1)} ms`);
  server.close();
  api.close();
  rmSync(path, { force: true });
}

await main();
