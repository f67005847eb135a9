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
/** `BENCH_ALTERNATE=0`: time raw and ours one after the other, as this bench did before (to compare with it). */
const ALTERNATE = process.env['BENCH_ALTERNATE'] !== '0';
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
/**
 * Lucene syntax, each with the FTS5 expression written by hand for the raw baseline: fielded text, OR, NOT and
 * a one-syllable word (the unigram columns).
 */
const FIELDED: [string, string][] = [
  ['title:주차', '{title title1} : "주차"'],
  ['title:버스 AND 정류장', '{title title1} : "버스" AND "정류 류장"'],
  ['주차 OR 버스', '"주차" OR "버스"'],
  ['관광 -부산', '"관광" NOT "부산"'],
  ['title:(미세먼지 OR 대기)', '{title title1} : ("미세 세먼 먼지" OR "대기")'],
  ['물', '"물"'],
  ['notes:CCTV', '{notes notes1} : "cctv"'],
  ['"주차장 현황"', '"주차 차장 현황"'],
];
const RAW_MATCH = new Map<string, string>([
  ...QUERIES.map((q) => [q, matchExpression(q)!] as [string, string]),
  ...FIELDED,
]);
const FACETS = ['organization', 'groups'];
const SUGGEST = ['ㅂㅅㅈㅊ', '주ㅊ', '부산ㅈ', '미세먼', 'ㄱㅇㅈㅊㅈ'];

/**
 * Times two implementations of the same work query by query, alternating, so that load from other processes on
 * a shared machine falls on both alike (timing one after the other, a busy minute lands on one side only).
 */
function timePair(
  runs: number,
  a: (query: string) => unknown,
  b: (query: string) => unknown,
  queries: readonly string[],
): [number[], number[]] {
  if (!ALTERNATE) {
    const one = (fn: typeof a) =>
      Array.from({ length: runs }, () =>
        queries.map((query) => {
          const started = performance.now();
          fn(query);
          return performance.now() - started;
        }),
      ).flat();
    queries.forEach(a);
    const first = one(a);
    queries.forEach(b);
    return [first, one(b)];
  }
  const samples: [number[], number[]] = [[], []];
  // Warm up caches and statements.
  for (const query of queries) {
    a(query);
    b(query);
  }
  for (let i = 0; i < runs; i++) {
    for (const query of queries) {
      for (const [side, fn] of (i % 2
        ? [
            [1, b],
            [0, a],
          ]
        : [
            [0, a],
            [1, b],
          ]) as [0 | 1, typeof a][]) {
        const started = performance.now();
        fn(query);
        samples[side].push(performance.now() - started);
      }
    }
  }
  return samples;
}

async function time(
  runs: number,
  fn: (query: string) => unknown | Promise<unknown>,
  queries: readonly string[] = QUERIES,
): Promise<number[]> {
  const samples: number[] = [];
  for (const query of queries) await fn(query); // warm up caches and statements
  for (let i = 0; i < runs; i++) {
    for (const query of queries) {
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
    const match = RAW_MATCH.get(query)!;
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

  const search = (q: string) => JSON.stringify(ACTIONS['package_search']!(ctx, params(q)));
  const [raw, inProcess] = timePair(RUNS, rawSqlite(db), search, QUERIES);
  const fieldedQueries = FIELDED.map(([q]) => q);
  const [rawFielded, fielded] = timePair(RUNS, rawSqlite(db), search, fieldedQueries);
  const suggest = await time(
    RUNS,
    (q) => JSON.stringify(ACTIONS['package_autocomplete']!(ctx, { q, limit: '6' })),
    SUGGEST,
  );

  const api = createCatalogApi({ dbPath: DB, log: () => {} });
  const server = createServer(api.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/3/action/package_search`;
  const http = await time(RUNS, async (q) => (await fetch(`${base}?${new URLSearchParams(params(q))}`)).json());
  server.close();
  api.close();
  db.close();

  const rawP95 = percentile(raw, 95);
  const rawFieldedP95 = percentile(rawFielded, 95);
  const rows = [
    ['raw SQLite (match + count + page + 2 facets)', raw, rawP95],
    ['package_search in-process', inProcess, rawP95],
    ['package_search over HTTP (loopback)', http, rawP95],
    ['raw SQLite, Lucene-syntax queries written as FTS5', rawFielded, rawFieldedP95],
    ['package_search in-process, Lucene syntax', fielded, rawFieldedP95],
    ['package_autocomplete in-process (choseong, half-typed)', suggest, null],
  ] as const;
  console.log(
    `\n${QUERIES.length} plain and ${FIELDED.length} Lucene queries × ${RUNS} runs, two facets (${FACETS.join(', ')}), 20 rows\n`,
  );
  console.log('| measure | p50 ms | p95 ms | p95 ÷ raw |');
  console.log('|---|---:|---:|---:|');
  for (const [label, samples, base] of rows) {
    const p95 = percentile(samples, 95);
    const ratio = base === null ? '–' : `${(p95 / base).toFixed(2)}×`;
    console.log(`| ${label} | ${percentile(samples, 50).toFixed(2)} | ${p95.toFixed(2)} | ${ratio} |`);
  }
  const baseline = { label: 'raw SQLite, same match + count + page + facets', ms: rawP95 };
  const at = `${(SIZE / 1000).toFixed(0)}k datasets`;
  recordResult({
    bench: '@bdw/catalog-api',
    measure: `package_search in-process, ${at}`,
    stat: 'p95',
    ms: percentile(inProcess, 95),
    baseline,
    goal: { ratio: 1.2, ms: 10 },
  });
  recordResult({
    bench: '@bdw/catalog-api',
    measure: `package_search in-process, Lucene syntax, ${at}`,
    stat: 'p95',
    ms: percentile(fielded, 95),
    baseline: { label: 'raw SQLite, the same queries as hand-written FTS5', ms: rawFieldedP95 },
    goal: { ratio: 1.2 },
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
