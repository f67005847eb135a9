import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ACTIONS, loadMeetings, type ActionContext } from '../actions/index.js';
import { createCatalogApi } from '../app.js';
import { seed } from '../seed.js';
import { matchExpression } from '../tokenize.js';
// Shared with every bench of the repo; `pnpm bench` collects what recordResult writes into one table.
import { percentile, recordResult } from '../../../../tests/config/bench-report.mjs';

/**
 * package_search at the seed's scale (145,000 datasets: the real catalogue replicated with
 * distinct ids): p50/p95 in-process and over HTTP, next to hand-written SQLite doing the
 * same work (match, total, first page, two facets), as a ratio.
 */
const SIZE = Number(process.env['BENCH_SIZE'] ?? 145_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const DB = fileURLToPath(new URL(`../../.data/catalog-${SIZE}.db`, import.meta.url));
const QUERIES = [
  '주차',
  '방사선',
  '버스 정류장',
  '관광',
  '미세먼지',
  '부산 교통',
  '어린이집',
  'CCTV',
  '공공와이파이',
  'API',
];
const FACETS = ['organization', 'groups'];

async function time(runs: number, fn: (query: string) => unknown | Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const query of QUERIES) await fn(query); // warm up caches and statements
  for (let i = 0; i < runs; i++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await fn(query);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

function rawSqlite(db: Database.Database) {
  const count = db.prepare('SELECT COUNT(*) AS n FROM package_fts WHERE package_fts MATCH ?');
  const page = db.prepare('SELECT rowid FROM package_fts WHERE package_fts MATCH ? ORDER BY rank LIMIT 20');
  const byOrg = db.prepare(`SELECT p.org_name, COUNT(*) AS n FROM package_fts f JOIN packages p ON p.rowid = f.rowid
    WHERE package_fts MATCH ? GROUP BY p.org_name ORDER BY n DESC LIMIT 50`);
  const byGroup = db.prepare(`SELECT p.group_name, COUNT(*) AS n FROM package_fts f JOIN packages p ON p.rowid = f.rowid
    WHERE package_fts MATCH ? GROUP BY p.group_name ORDER BY n DESC LIMIT 50`);
  return (query: string) => {
    const match = matchExpression(query)!;
    return [count.get(match), page.all(match), byOrg.all(match), byGroup.all(match)];
  };
}

async function main(): Promise<void> {
  const seeded = seed(DB, { size: SIZE });
  console.log(
    `catalogue: ${seeded.packages} packages (${seeded.rebuilt ? `built in ${Math.round(seeded.ms)} ms` : 'reused'})`,
  );
  const db = new Database(DB, { readonly: true });
  const ctx: ActionContext = {
    db,
    listings: [],
    meetings: loadMeetings(),
    actionUrl: 'http://localhost/api/3/action',
    filesUrl: 'http://localhost/files',
  };
  const params = (q: string) => ({ q, rows: '20', 'facet.field': JSON.stringify(FACETS) });

  const raw = await time(RUNS, rawSqlite(db));
  const inProcess = await time(RUNS, (q) => JSON.stringify(ACTIONS['package_search']!(ctx, params(q))));

  const api = createCatalogApi({ dbPath: DB, log: () => {} });
  const server = createServer(api.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/3/action/package_search`;
  const http = await time(RUNS, async (q) => (await fetch(`${base}?${new URLSearchParams(params(q))}`)).json());
  server.close();
  api.close();
  db.close();

  const rawP95 = percentile(raw, 95);
  const rows = [
    ['raw SQLite (match + count + page + 2 facets)', raw],
    ['package_search in-process', inProcess],
    ['package_search over HTTP (loopback)', http],
  ] as const;
  console.log(`\n${QUERIES.length} queries × ${RUNS} runs, two facets (${FACETS.join(', ')}), 20 rows\n`);
  console.log('| measure | p50 ms | p95 ms | p95 ÷ raw |');
  console.log('|---|---:|---:|---:|');
  for (const [label, samples] of rows) {
    const p95 = percentile(samples, 95);
    console.log(
      `| ${label} | ${percentile(samples, 50).toFixed(2)} | ${p95.toFixed(2)} | ${(p95 / rawP95).toFixed(2)}× |`,
    );
  }
  const baseline = { label: 'raw SQLite, same match + count + page + facets', ms: rawP95 };
  const at = `${(SIZE / 1000).toFixed(0)}k datasets`;
  recordResult({
    bench: '@bdw/catalog-api',
    measure: `package_search in-process, ${at}`,
    stat: 'p95',
    ms: percentile(inProcess, 95),
    baseline,
    goal: { ratio: 1.5, ms: 10 },
  });
  recordResult({
    bench: '@bdw/catalog-api',
    measure: `package_search over HTTP (loopback), ${at}`,
    stat: 'p95',
    ms: percentile(http, 95),
    baseline,
  });
}

await main();
