import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';

/** A part of the site: requests under `prefix` go to `handler` with the prefix stripped. */
export interface Mount {
  prefix: string;
  handler: RequestListener;
  /** What the startup banner calls it. */
  label: string;
  /** Pass the full path on (an API that routes `/api/3/action/…` itself). */
  keepPrefix?: boolean;
}

export interface StaticOptions {
  /**
   * Readable from any origin (`Access-Control-Allow-Origin: *`), as a public CDN answers: module scripts loaded by
   * another site's `<script type="module">` and their `import()` chunks are fetched in CORS mode.
   */
  anyOrigin?: boolean;
}

/** Serves a built directory with caching headers; hashed assets are immutable. */
export function staticMount(prefix: string, dir: string, label: string, options: StaticOptions = {}): Mount | null {
  if (!existsSync(dir)) return null;
  const files = sirv(dir, {
    etag: true,
    single: false,
    // Builds write .br/.gz beside their assets; sirv serves them to clients that accept them.
    brotli: true,
    gzip: true,
    setHeaders(res, path) {
      if (options.anyOrigin) res.setHeader('Access-Control-Allow-Origin', '*');
      if (/\/(assets|chunks)\/.+-[\w-]{8,}\.(js|css)$/.test(path)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  return {
    prefix,
    label,
    handler: (req, res) => files(req, res, () => notFound(res)),
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

/**
 * One origin for everything: each request goes to the mount with the longest matching
 * prefix. `/` redirects to `home` when nothing is mounted at the root.
 */
export function createGateway(mounts: Mount[], home: string): Server {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (path === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, mounts: ordered.map((m) => m.prefix) }));
      return;
    }
    const mount = ordered.find((m) => path === m.prefix.replace(/\/$/, '') || path.startsWith(m.prefix));
    if (!mount) {
      if (path === '/') {
        res.writeHead(302, { Location: home });
        res.end();
      } else notFound(res);
      return;
    }
    if (path === mount.prefix.replace(/\/$/, '') && mount.prefix !== '/') {
      // `/storybook` → `/storybook/`, so the build's relative URLs resolve.
      res.writeHead(301, { Location: `${mount.prefix}${url.slice(path.length)}` });
      res.end();
      return;
    }
    if (!mount.keepPrefix) req.url = `/${url.slice(mount.prefix.length)}`;
    mount.handler(req, res);
  });
}
