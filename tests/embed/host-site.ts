import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An embedding site on its own loopback port (another origin than the gateway's): serves the pages it is given. */
export interface HostSite {
  url: string;
  /** Serves `html` at `path` (from now on). */
  page(path: string, html: string): string;
  close(): void;
}

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    page: (path, html) => (pages.set(path, html), `${url}${path}`),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
