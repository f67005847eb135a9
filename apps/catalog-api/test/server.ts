import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalogApi, type CatalogApi } from '../src/app.js';
import { DEFAULT_DB } from '../src/paths.js';
import { seed } from '../src/seed.js';

export interface TestApi {
  url: string;
  dbPath: string;
  close(): Promise<void>;
}

/** The real catalogue (seeded once, idempotently) behind a real HTTP server on loopback. */
export async function startTestApi(options: { corsOrigins?: string[] } = {}): Promise<TestApi> {
  seed(DEFAULT_DB);
  const api: CatalogApi = createCatalogApi({ dbPath: DEFAULT_DB, log: () => {}, ...options });
  const server: Server = createServer(api.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dbPath: DEFAULT_DB,
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
