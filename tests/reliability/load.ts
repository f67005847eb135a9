/**
 * The catalog API's throughput beside raw SQLite's, on loopback only, bounded in time (3 runs × SECONDS, default
 * 10 s; CONNECTIONS default 50). Each side runs in its own process on the same machine: the API (`dist/main.js`,
 * one Node worker, request logging to a pipe as in production) without and with its package_search cache, driven
 * by autocannon from this process; raw SQLite (`dist/bench/raw-mix.js`) doing the same searches' work by hand in
 * one thread. The query mix is load-mix.ts (70 % among the 20 most frequent queries). Prints a table; exits 1 on
 * any error, timeout or non-2xx answer. Run: pnpm --filter @bdw/tests load.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FREQUENT, queryMix, searchPath, tailWords } from './load-mix.js';

const connections = Number(process.env['CONNECTIONS'] ?? 50);
const seconds = Math.min(60, Number(process.env['SECONDS'] ?? 10));
const API_DIR = fileURLToPath(new URL('../../apps/catalog-api/', import.meta.url));

interface Measure {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The API in its own process on 127.0.0.1, ready when it says so. */
async function startApi(searchCache: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: API_DIR,
    env: { ...process.env, PORT: String(port), SEARCH_CACHE: String(searchCache), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the API did not start within 120 s')), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('CKAN Action API on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code})`)));
  });
  child.stdout!.resume();
  return { url: `http://127.0.0.1:${port}`, child };
}

async function drive(url: string, paths: string[]): Promise<Measure> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function rawSqlite(queriesFile: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/bench/raw-mix.js', queriesFile, String(seconds)], {
      cwd: API_DIR,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve({ ...(JSON.parse(out) as Omit<Measure, 'errors'>), errors: 0 }) : reject(new Error(out)),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'bdw-load-'));
const children: ChildProcess[] = [];
try {
  // The tail comes from the catalogue's own titles, read through the API.
  const first = await startApi(0);
  children.push(first.child);
  const titles: string[] = [];
  for (const start of [0, 1000, 2000]) {
    const res = await fetch(`${first.url}/api/3/action/package_search?rows=1000&start=${start}&fl=title`);
    const body = (await res.json()) as { result: { results: { title: string }[] } };
    titles.push(...body.result.results.map((r) => r.title));
  }
  const mix = queryMix(tailWords(titles, 400));
  const file = join(dir, 'queries.json');
  writeFileSync(file, JSON.stringify(mix));
  const paths = mix.map(searchPath);

  const raw = await rawSqlite(file);
  const uncached = await drive(first.url, paths);
  first.child.kill();
  const second = await startApi(500);
  children.push(second.child);
  const cached = await drive(second.url, paths);

  const frequentShare = mix.filter((q) => FREQUENT.includes(q)).length / mix.length;
  console.log(
    `\ncatalog API vs raw SQLite, ${seconds} s each on loopback (${cpus().length} CPUs, Node ${process.version}); ` +
      `${mix.length} searches cycled, ${Math.round(frequentShare * 100)} % among the ${FREQUENT.length} most frequent, ` +
      `${new Set(mix).size} distinct; API with ${connections} connections\n`,
  );
  console.log('| side | requests/s | p50 ms | p99 ms | ÷ raw SQLite | errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const row = (label: string, m: Measure) =>
    console.log(
      `| ${label} | ${Math.round(m.rps)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${(m.rps / raw.rps).toFixed(2)}× | ${m.errors} |`,
    );
  row('raw SQLite (same work, one thread)', raw);
  row('API, no cache', uncached);
  row('API, package_search cache', cached);
  console.log(
    '\nraw SQLite latency is per query in-process; API latency is per request over HTTP with 50 in flight (queueing included).',
  );
  process.exitCode = uncached.errors + cached.errors === 0 ? 0 : 1;
} finally {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
}
