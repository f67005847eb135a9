import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalogApi } from './app.js';
import { DEFAULT_DB } from './paths.js';
import { seed } from './seed.js';

// `pnpm --filter @bdw/catalog-api start`: seed if needed, then serve on $PORT (default 8787).
const dbPath = process.env['CATALOG_DB'] ?? DEFAULT_DB;
const report = seed(dbPath);
console.log(
  `${report.rebuilt ? 'Seeded' : 'Catalogue'} ${dbPath}: ${report.packages} packages (${Math.round(report.ms)} ms)`,
);
const origins = process.env['CORS_ORIGINS'];
const api = createCatalogApi({
  dbPath,
  corsOrigins: origins && origins !== '*' ? origins.split(',').map((o) => o.trim()) : '*',
  ...(process.env['PUBLIC_URL'] ? { publicUrl: process.env['PUBLIC_URL'] } : {}),
  // X-Forwarded-* only behind a proxy that sets them (TRUST_PROXY=1).
  trustProxy: ['1', 'true', 'yes'].includes((process.env['TRUST_PROXY'] ?? '').toLowerCase()),
  ...(process.env['SEARCH_CACHE'] ? { searchCache: Number(process.env['SEARCH_CACHE']) } : {}),
  // DATASTORE_SQLSEARCH_ENABLED=false: no datastore_search_sql, as a CKAN's default (ckan.datastore.sqlsearch.enabled).
  sqlSearch: !['0', 'false', 'no', 'off'].includes((process.env['DATASTORE_SQLSEARCH_ENABLED'] ?? '').toLowerCase()),
});
const port = Number(process.env['PORT'] ?? 8787);
const server = createServer(api.handle);
server.on('connect', api.connect);
// HOST=127.0.0.1 keeps it on loopback (the load test); by default every interface, as before.
const host = process.env['HOST'];
// PORT=0 takes a free port: the line says which.
const listening = () => {
  const bound = (server.address() as AddressInfo).port;
  console.log(`CKAN Action API on http://${host ?? 'localhost'}:${bound}/api/3/action/`);
};
if (host) server.listen(port, host, listening);
else server.listen(port, listening);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => (api.close(), process.exit(0))));
}
