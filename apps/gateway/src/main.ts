import { DEFAULT_DB, createCatalogApi, seed } from '@bdw/catalog-api';
import { fileURLToPath } from 'node:url';
import { createGateway, staticMount, type Mount } from './server.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const port = Number(process.env['PORT'] ?? 8080);
const host = process.env['HOST'] ?? '0.0.0.0';

// The embedded catalogue: built from the real data.go.kr list on first start (seconds).
const dbPath = process.env['CATALOG_DB'] ?? DEFAULT_DB;
const seeded = seed(dbPath);
console.log(
  `Catalogue ${dbPath}: ${seeded.packages} datasets${seeded.rebuilt ? ` (seeded in ${Math.round(seeded.ms)} ms)` : ''}`,
);
const api = createCatalogApi({ dbPath });

const mounts = [
  { prefix: '/api/', label: 'CKAN API', keepPrefix: true, handler: api.handle },
  { prefix: '/files/', label: 'Files', keepPrefix: true, handler: api.handle },
  staticMount('/storybook/', root('storybook-static'), 'Storybook'),
  staticMount('/docs/', root('apps/docs/dist'), 'Docs'),
  staticMount('/', root('apps/portal/dist'), 'Portal'),
].filter((mount): mount is Mount => mount !== null);

// Without a built portal, `/` sends visitors to Storybook.
const server = createGateway(mounts, '/storybook/');
server.listen(port, host, () => {
  console.log(`Big-Data Wave widgets on http://localhost:${port}/`);
  for (const mount of mounts) console.log(`  ${mount.label.padEnd(12)} http://localhost:${port}${mount.prefix}`);
  console.log(`  e.g.         http://localhost:${port}/api/3/action/package_search?q=주차`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => (api.close(), process.exit(0))));
}
