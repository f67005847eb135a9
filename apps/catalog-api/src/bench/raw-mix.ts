import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { DEFAULT_DB } from '../paths.js';
import { matchExpression } from '../tokenize.js';

/**
 * Raw SQLite on a query mix, for `pnpm --filter @bdw/tests load`: for each query the work `package_search` does
 * for it (FTS5 match, total, the first 20 rows with their columns, and the organization, groups and res_format
 * facets), hand-written, in a loop for the given seconds on one thread, as the API's one worker would run it.
 * Usage: `node dist/bench/raw-mix.js <queries.json> <seconds>`; prints `{ requests, rps, p50, p99 }` as JSON.
 */
const [file, secondsArg] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(file!, 'utf8')) as string[];
const seconds = Number(secondsArg ?? 10);

const db = new Database(process.env['CATALOG_DB'] ?? DEFAULT_DB, { readonly: true });
const count = db.prepare('SELECT COUNT(*) AS n FROM package_fts WHERE package_fts MATCH ?').pluck();
const page = db.prepare(`SELECT p.* FROM packages p WHERE p.rowid IN
  (SELECT rowid FROM package_fts WHERE package_fts MATCH ? ORDER BY rank LIMIT 20)`);
const facet = (column: string) =>
  db.prepare(`SELECT ${column} AS value, COUNT(*) AS n FROM package_fts f JOIN packages p ON p.rowid = f.rowid
    WHERE package_fts MATCH ? AND ${column} IS NOT NULL GROUP BY ${column} ORDER BY n DESC LIMIT 50`);
const byOrg = facet('p.org_name');
const byGroup = facet('p.group_name');
const byFormat = db.prepare(`SELECT x.format AS value, COUNT(*) AS n FROM package_fts f
  JOIN package_formats x ON x.package = f.rowid WHERE package_fts MATCH ? GROUP BY x.format ORDER BY n DESC LIMIT 50`);
const matches = queries.map((q) => matchExpression(q));

function run(match: string | null): unknown {
  if (match === null) return null;
  return [count.get(match), page.all(match), byOrg.all(match), byGroup.all(match), byFormat.all(match)];
}

// Warm up statements and pages, as the API is warmed by its first requests.
for (const match of matches.slice(0, 50)) run(match);
const samples: number[] = [];
const started = performance.now();
const until = started + seconds * 1000;
for (let i = 0; performance.now() < until; i++) {
  const t = performance.now();
  run(matches[i % matches.length]!);
  samples.push(performance.now() - t);
}
const elapsed = (performance.now() - started) / 1000;
samples.sort((a, b) => a - b);
const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;
process.stdout.write(
  `${JSON.stringify({ requests: samples.length, rps: samples.length / elapsed, p50: at(50), p99: at(99) })}\n`,
);
