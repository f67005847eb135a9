import { build } from 'esbuild';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Dialog, Page } from 'playwright-core';

/**
 * A page with every widget and nothing else, for the security and reliability suites: a tiny
 * node:http server serving one HTML page (optionally under a strict Content-Security-Policy),
 * an esbuild bundle of the widgets' sources (plus `page-helpers.ts`, the in-page half of the
 * harness), core's data worker, data-map's points worker, and whatever files and API answers a test registers.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = `${ROOT}packages`;
const TSCONFIG = `${ROOT}tests/config/tsconfig.esbuild.json`;

/** Each widget's define module, from source: what the security suite tests is what the next build ships. */
const DEFINES = [
  '@bdw/core/bdw-catalog.js',
  `${PACKAGES}/dataset-search/src/bdw-dataset-search.ts`,
  `${PACKAGES}/chart-viewer/src/bdw-chart-viewer.ts`,
  `${PACKAGES}/data-map/src/bdw-data-map.ts`,
  `${PACKAGES}/market-card/src/bdw-market-card.ts`,
  `${PACKAGES}/market-card/src/bdw-market-list.ts`,
  `${PACKAGES}/council-agenda/src/bdw-council-agenda.ts`,
  `${PACKAGES}/data-view/src/bdw-data-table.ts`,
  `${PACKAGES}/data-view/src/bdw-filter.ts`,
];
const HELPERS = fileURLToPath(new URL('./page-helpers.ts', import.meta.url));

type Bundles = { app: Uint8Array; worker: Uint8Array; mapWorker: Uint8Array };
let bundles: Promise<Bundles> | null = null;

async function bundle(options: { entry: string; resolveDir: string } | { file: string }): Promise<Uint8Array> {
  const result = await build({
    ...('file' in options
      ? { entryPoints: [options.file] }
      : { stdin: { contents: options.entry, resolveDir: options.resolveDir, loader: 'ts' } }),
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: TSCONFIG,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

/** Bundles once per test file (about a second). */
export function widgetBundles(): Promise<Bundles> {
  bundles ??= (async () => {
    const entry = [...DEFINES, HELPERS].map((path) => `import ${JSON.stringify(path)};`).join('\n');
    const [app, worker, mapWorker] = await Promise.all([
      // Resolved from a widget package, so that `@bdw/core` is the same copy every widget imports.
      bundle({ entry, resolveDir: `${PACKAGES}/dataset-search` }),
      bundle({ file: `${PACKAGES}/core/src/data/load/data.worker.ts` }),
      bundle({ file: `${PACKAGES}/data-map/src/points.worker.ts` }),
    ]);
    return { app, worker, mapWorker };
  })();
  return bundles;
}

export type CspMode = 'none' | 'strict' | 'strict-tt' | 'strict-tt-map';

/**
 * No inline script or style, no eval, same-origin everything; `strict-tt` adds Trusted Types (the widgets' policies
 * only), `strict-tt-map` also the `default` policy a page installs with data-map's `allowLeafletMarkup()`.
 */
export function cspHeader(mode: CspMode, extra = ''): string | null {
  if (mode === 'none') return null;
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    'report-uri /csp-report',
  ];
  const policies = 'lit-html bdw-json-ld bdw-data-worker bdw-map-worker';
  if (mode === 'strict-tt') directives.push("require-trusted-types-for 'script'", `trusted-types ${policies}`);
  if (mode === 'strict-tt-map')
    directives.push("require-trusted-types-for 'script'", `trusted-types ${policies} default`);
  return [...directives, extra].filter(Boolean).join('; ');
}

export interface Reply {
  status?: number;
  type?: string;
  body: string | Uint8Array;
  /** Milliseconds before answering (slow servers). */
  delay?: number;
}

/** A reply computed per request (a server that pages, or misbehaves by the request's parameters). */
export type DynamicReply = (url: URL) => Reply;

export interface Harness {
  url: string;
  /** Serves `reply` at `path` (a file, or `/api/<key>/api/3/action/<any action>` for an API). */
  put(path: string, reply: Reply | DynamicReply | string): void;
  /** The reports the browser POSTed to `report-uri`. */
  cspReports: unknown[];
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <title>bdw harness</title>
  </head>
  <body>
    <main id="root"></main>
    <script type="module" src="/app.js"></script>
  </body>
</html>`;

export async function startHarness(): Promise<Harness> {
  const { app, worker, mapWorker } = await widgetBundles();
  const files = new Map<string, Reply | DynamicReply>();
  const cspReports: unknown[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname === '/page') {
      const csp = cspHeader((url.searchParams.get('csp') ?? 'none') as CspMode, url.searchParams.get('extra') ?? '');
      return send(200, 'text/html; charset=utf-8', PAGE, csp ? { 'Content-Security-Policy': csp } : {});
    }
    if (url.pathname === '/app.js') return send(200, 'text/javascript', app);
    if (url.pathname === '/data.worker.js') return send(200, 'text/javascript', worker);
    if (url.pathname === '/points.worker.js') return send(200, 'text/javascript', mapWorker);
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        try {
          cspReports.push(JSON.parse(body));
        } catch {
          cspReports.push(body);
        }
        send(204, 'text/plain', '');
      });
      return;
    }
    // An API registered under /api/<key>/ answers every action the same way.
    const api = /^\/api\/([^/]+)\//.exec(url.pathname);
    const stored = files.get(api ? `/api/${api[1]}/` : url.pathname);
    if (!stored) return send(404, 'text/html', '<!doctype html><title>404</title><h1>Not found</h1>');
    const reply = typeof stored === 'function' ? stored(url) : stored;
    const answer = () => send(reply.status ?? 200, reply.type ?? 'application/octet-stream', reply.body);
    if (reply.delay) setTimeout(answer, reply.delay);
    else answer();
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    put(path, reply) {
      const value = typeof reply === 'string' ? { body: reply } : reply;
      files.set(path.startsWith('/api/') ? `${path.replace(/^(\/api\/[^/]+\/).*$/, '$1')}` : path, value);
    },
    cspReports,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a page did that it must not: executed script (dialogs, the `__xss` flag) and uncaught errors. */
export interface PageWatch {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** Opens the harness page in a fresh context and waits for the widgets to be defined. */
export async function openHarness(browser: Browser, harness: Harness, csp: CspMode = 'none'): Promise<PageWatch> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) =>
    errors.push(`pageerror: ${error.message} ${(error.stack ?? '').split('\n').slice(1, 6).join(' | ')}`),
  );
  await page.goto(`${harness.url}/page?csp=${csp}`);
  await page.waitForFunction(() => (window as unknown as { bdw?: unknown }).bdw !== undefined, null, {
    timeout: 20_000,
  });
  return { page, dialogs, errors };
}
