import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalogApi, type CatalogApi, type CatalogApiOptions } from '../src/app.js';
import { DEFAULT_DB } from '../src/paths.js';
import { seed } from '../src/seed.js';

export interface TestApi {
  url: string;
  dbPath: string;
  api: CatalogApi;
  close(): Promise<void>;
}

/** The real catalogue (seeded once, idempotently) behind a real HTTP server on loopback. */
export async function startTestApi(options: Partial<CatalogApiOptions> = {}): Promise<TestApi> {
  const dbPath = options.dbPath ?? DEFAULT_DB;
  if (!options.dbPath) seed(DEFAULT_DB);
  const api: CatalogApi = createCatalogApi({ log: () => {}, ...options, dbPath });
  const server: Server = createServer(api.handle);
  server.on('connect', api.connect);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dbPath,
    api,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          api.close();
          resolve();
        });
      }),
  };
}
