import { DEFAULT_DB, createCatalogApi, seed } from '@bdw/catalog-api';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createGateway, staticMount, type Mount } from './server.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const port = Number(process.env['PORT'] ?? 8080);
const host = process.env['HOST'] ?? '0.0.0.0';
const dbPath = process.env['CATALOG_DB'] ?? DEFAULT_DB;
// One process per core (at most 4). The primary only accepts connections and hands them round-robin to the
// workers, so a burst of new clients is accepted at once even while every worker is busy answering.
const workers = Number(process.env['WORKERS'] ?? Math.min(availableParallelism(), 4));

function mountsOf(api: ReturnType<typeof createCatalogApi>): Mount[] {
  return [
    { prefix: '/api/', label: 'CKAN API', keepPrefix: true, handler: api.handle },
    { prefix: '/files/', label: 'Files', keepPrefix: true, handler: api.handle },
    // The CDN bundle, as the embed guide's snippet loads it from another site: http://localhost:8080/cdn/bdw-widgets.js
    staticMount('/cdn/', root('packages/widgets/dist/cdn'), 'CDN bundle', { anyOrigin: true }),
    staticMount('/storybook/', root('storybook-static'), 'Storybook'),
    staticMount('/docs/', root('apps/docs/dist'), 'Docs'),
    staticMount('/', root('apps/portal/dist'), 'Portal'),
  ].filter((mount): mount is Mount => mount !== null);
}

/** Serves everything on `port`: the catalogue API and files, Storybook, docs and the portal. */
function serve(announce: boolean): void {
  const api = createCatalogApi({ dbPath });
  const mounts = mountsOf(api);
  // Without a built portal, `/` sends visitors to Storybook.
  const server = createGateway(mounts, '/storybook/');
  // CONNECT is not an HTTP request handler's business in Node: without this the socket is left hanging.
  server.on('connect', api.connect);
  server.listen(port, host, () => {
    if (!announce) return;
    console.log(`Big-Data Wave widgets on http://localhost:${port}/ (${Math.max(1, workers)} process(es))`);
    for (const mount of mounts) console.log(`  ${mount.label.padEnd(12)} http://localhost:${port}${mount.prefix}`);
    console.log(`  e.g.         http://localhost:${port}/api/3/action/package_search?q=주차`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A worker's server is the primary's: stopping it would message a primary that may be gone already.
      if (cluster.isWorker) return void (api.close(), process.exit(0));
      server.close(() => (api.close(), process.exit(0)));
    });
  }
}

if (cluster.isPrimary) {
  // The embedded catalogue: built from the real data.go.kr list on first start (seconds), once, before any worker.
  const seeded = seed(dbPath);
  console.log(
    `Catalogue ${dbPath}: ${seeded.packages} datasets${seeded.rebuilt ? ` (seeded in ${Math.round(seeded.ms)} ms)` : ''}`,
  );
  if (workers <= 1) serve(true);
  else {
    let stopping = false;
    let live = workers;
    for (let i = 0; i < workers; i++) cluster.fork({ BDW_ANNOUNCE: i === 0 ? '1' : '' });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) {
        if (--live === 0) process.exit(0);
        return;
      }
      console.error(`gateway worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      cluster.fork();
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        stopping = true;
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      });
    }
  }
} else {
  // When a whole process group is stopped, the primary may go first: its channel closing is not an error here.
  cluster.worker?.on('error', () => {});
  serve(process.env['BDW_ANNOUNCE'] === '1');
}
