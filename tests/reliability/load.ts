/**
 * The catalog API under load on loopback: 100 connections for 30 s against the built gateway (`startSite()`),
 * printing errors and latency. Run: pnpm --filter @bdw/tests load (CONNECTIONS / SECONDS override).
 * The test run does a 3 s version (load.test.ts).
 */
import { cpus } from 'node:os';
import { startSite } from '../support/site.js';
import { load } from './load-run.js';

const connections = Number(process.env['CONNECTIONS'] ?? 100);
const seconds = Number(process.env['SECONDS'] ?? 30);

const site = await startSite();
try {
  const r = await load(site.url, connections, seconds);
  console.log(
    `catalog API, ${connections} connections × ${seconds} s on loopback (${cpus().length} CPUs, Node ${process.version})`,
  );
  console.log(
    `requests ${r.requests} (${Math.round(r.rps)}/s), errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
  );
  console.log(`latency p50 ${r.p50} ms, p99 ${r.p99} ms`);
  process.exitCode = r.errors + r.timeouts + r.non2xx === 0 ? 0 : 1;
} finally {
  site.stop();
}
