import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { extname } from 'node:path';
import sirv from 'sirv';
import { ACTIONS, isWriteAction, loadMeetings, type ActionContext } from './actions/index.js';
import { closeSqlPool } from './datastore-sql.js';
import { ActionError, UnknownActionError } from './errors.js';
import { ResponseCache } from './http/cache.js';
import { hasMalformedEncoding } from './http/encoding.js';
import { loadListings } from './market.js';
import type { Params } from './params.js';
import { FILES_DIR } from './paths.js';

export interface CatalogApiOptions {
  /** A database built by `seed()`; opened read-only. */
  dbPath: string;
  /** Origins allowed to read the API from a browser: `*` (default) or a list. */
  corsOrigins?: '*' | string[];
  /** Where each request's log line goes (JSON); default stdout. */
  log?: (line: Record<string, unknown>) => void;
  /** Public base URL (`https://data.example.kr`) for links; default from the request's Host. */
  publicUrl?: string;
  /**
   * Read `X-Forwarded-Proto`/`X-Forwarded-Host` for links (default `false`; `TRUST_PROXY=1` in main). Only behind
   * a proxy that sets them: else any client chooses the host that links (and a shared cache) point to.
   */
  trustProxy?: boolean;
  /** Recent `package_search` and `datastore_search_sql` answers kept in memory (default 500; 0 turns it off). */
  searchCache?: number;
  /**
   * Offer `datastore_search_sql` (default `true`). `false` is a CKAN as installed, where
   * `ckan.datastore.sqlsearch.enabled` is off: the action does not exist, so it is answered as CKAN answers any
   * unknown action (400, the bare JSON string `"Bad request - Action name not known: datastore_search_sql"`) and
   * `help_show` does not know it. `DATASTORE_SQLSEARCH_ENABLED=false` in main.
   */
  sqlSearch?: boolean;
}

export interface CatalogApi {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** For `server.on('connect', api.connect)`: a CONNECT request is answered 405, not left hanging. */
  connect(req: IncomingMessage, socket: Duplex): void;
  /** The search cache's counts, for measurements. */
  cacheStats(): { hits: number; misses: number; size: number };
  close(): void;
}

/** The methods the API answers; any other is a 405 naming these. */
const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
/** How long a browser or shared cache may reuse a GET answer: the catalogue changes only when reseeded. */
const ACTION_CACHE_CONTROL = 'public, max-age=60';
/**
 * Actions whose answers the in-process cache keeps. `datastore_search_sql` too: the DB is read-only, and a view's
 * filter change repeats some of its queries exactly (the counts of the field being filtered leave out its own
 * filter), each a scan of up to every row.
 */
const CACHED_ACTIONS = new Set(['package_search', 'datastore_search_sql']);
/** Longer answers are not cached (a 32,000-row SQL answer is megabytes; aggregates are a few hundred bytes). */
const CACHE_MAX_CHARS = 64 * 1024;

const MAX_BODY = 64 * 1024;
const MAX_URL = 8 * 1024;
/** Content types of the shipped files, with their charset (sirv's own lookup has none). */
const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** `<`, `>`, `&` and the JS line separators as JSON escapes: the same JSON, but echoed input can never read as markup. */
const UNSAFE_IN_JSON = /[<>&\u2028\u2029]/g;
const escapeJson = (text: string) =>
  text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(res, status, escapeJson(JSON.stringify(body)), headers);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(text);
}

/** A strong validator of a response text. */
function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

/** Whether `If-None-Match` names `etag` (or `*`); weak comparison, as RFC 9110 §13.1.2 asks for GET. */
function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Query parameters; a repeated key (`fq_list=a&fq_list=b`) becomes a list. */
function queryParams(url: URL): Params {
  const params: Params = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length > 1 ? values : values[0];
  }
  return params;
}

/**
 * The body's parameters, as CKAN's `_get_request_data` reads them: a JSON object; a form
 * (`application/x-www-form-urlencoded` or `multipart/form-data`, repeated keys as lists), or a form whose only key
 * is a JSON object with the value `''` or `'1'` (what some old clients post).
 */
async function bodyParams(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ActionError(413, 'Bad request', `Request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  const buffer = Buffer.concat(chunks);
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    return formParams(buffer, type);
  }
  return jsonParams(buffer.toString('utf8').trim());
}

function jsonParams(text: string): Params {
  if (!text) return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Params;
  } catch {
    // fall through
  }
  throw new ActionError(400, 'Bad request', 'The request body must be a JSON object');
}

async function formParams(buffer: Buffer, type: string): Promise<Params> {
  let form: FormData;
  try {
    // The platform's own form parser (undici), for both encodings.
    form = await new Response(buffer, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new ActionError(400, 'Bad request', 'The request body is not a valid form');
  }
  const params: Params = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
    if (values.length > 0) params[key] = values.length > 1 ? values : values[0];
  }
  const keys = Object.keys(params);
  if (keys.length === 1 && (params[keys[0]!] === '' || params[keys[0]!] === '1') && keys[0]!.trim().startsWith('{')) {
    return jsonParams(keys[0]!);
  }
  return params;
}

/**
 * The CKAN Action API v3 over the catalogue DB, plus the shipped resource files under
 * `/files/`. Read-only: the DB is opened read-only and write actions are refused.
 */
export function createCatalogApi(options: CatalogApiOptions): CatalogApi {
  const db = new Database(options.dbPath, { readonly: true, fileMustExist: true });
  const listings = loadListings();
  const meetings = loadMeetings();
  const log = options.log ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`));
  const origins = options.corsOrigins ?? '*';
  const cache = new ResponseCache(options.searchCache ?? 500);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const withoutActions: ReadonlySet<string> = new Set(options.sqlSearch === false ? ['datastore_search_sql'] : []);
  // The shipped files, with Range, HEAD, ETag and If-None-Match/If-Modified-Since (sirv, prescanned: dev off).
  const files = sirv(FILES_DIR, {
    dev: false,
    etag: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      const type = CONTENT_TYPES[extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    const allowed = origins === '*' ? '*' : origin && origins.includes(origin) ? origin : null;
    if (!allowed) return {};
    return {
      'Access-Control-Allow-Origin': allowed,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Authorization',
      'Access-Control-Max-Age': '86400',
      ...(allowed === '*' ? {} : { Vary: 'Origin' }),
    };
  }

  function baseUrl(req: IncomingMessage): string {
    if (options.publicUrl) return options.publicUrl.replace(/\/$/, '');
    const forwarded = (name: string) => (options.trustProxy ? req.headers[name] : undefined);
    const proto = String(forwarded('x-forwarded-proto') ?? 'http')
      .split(',')[0]!
      .trim();
    const host = String(forwarded('x-forwarded-host') ?? req.headers.host ?? 'localhost')
      .split(',')[0]!
      .trim();
    return `${proto === 'https' ? 'https' : 'http'}://${host.replace(/[^\w.:[\]-]/g, '')}`;
  }

  /** The action's `result` as escaped JSON text, from the search cache where it holds it. */
  async function runAction(req: IncomingMessage, url: URL, name: string, ctx: ActionContext): Promise<string> {
    // An action this instance does not offer is unknown, as in a CKAN without the plugin or setting.
    if (withoutActions.has(name)) throw new UnknownActionError(name);
    if (isWriteAction(name))
      throw new ActionError(403, 'Authorization Error', 'Access denied: this catalogue is read-only');
    const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
    if (!action) throw new UnknownActionError(name);
    const params = { ...queryParams(url), ...(req.method === 'POST' ? await bodyParams(req) : {}) };
    // An action may answer later (datastore_search_sql runs in a worker process).
    if (!CACHED_ACTIONS.has(name) || cache.capacity <= 0) return escapeJson(JSON.stringify(await action(ctx, params)));
    // Links in results depend on the base URL: it is part of the key.
    const key = JSON.stringify([name, ctx.actionUrl, Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))]);
    const version = dataVersion.get() as number;
    const hit = cache.get(key, version);
    if (hit !== undefined) return hit;
    const text = escapeJson(JSON.stringify(await action(ctx, params)));
    if (text.length <= CACHE_MAX_CHARS) cache.set(key, version, text);
    return text;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const cors = corsHeaders(req);
    let status = 200;
    let action: string | undefined;
    let help = '';
    try {
      if ((req.url ?? '').length > MAX_URL) throw new ActionError(414, 'Bad request', 'URL too long');
      if (!ALLOWED_METHODS.split(', ').includes(req.method ?? '')) {
        throw new ActionError(405, 'Bad request', `Method ${req.method} not allowed: use ${ALLOWED_METHODS}`);
      }
      if (hasMalformedEncoding(req.url ?? '/')) {
        throw new ActionError(400, 'Bad request', 'The URL has a malformed percent-encoding');
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const base = baseUrl(req);
      const ctx: ActionContext = {
        db,
        listings,
        meetings,
        actionUrl: `${base}/api/3/action`,
        filesUrl: `${base}/files`,
        withoutActions,
      };
      if (req.method === 'OPTIONS') {
        status = 204;
        res.writeHead(204, cors);
        res.end();
        return;
      }
      // CKAN routes both `/api/action/…` and `/api/3/action/…` to the same actions.
      const actionMatch = /^\/api\/(?:3\/)?action\/([^/]*)\/?$/.exec(url.pathname);
      if (actionMatch) {
        action = decodeURIComponent(actionMatch[1]!);
        help = `${ctx.actionUrl}/help_show?name=${encodeURIComponent(action)}`;
        const result = await runAction(req, url, action, ctx);
        const text = `{"help":${escapeJson(JSON.stringify(help))},"success":true,"result":${result}}`;
        if (req.method === 'POST') {
          sendText(res, 200, text, { ...cors, 'Cache-Control': 'no-store' });
          return;
        }
        // GET and HEAD: a validator and a lifetime, so browsers and shared caches revalidate for a 304.
        const etag = etagOf(text);
        const headers = { ...cors, ETag: etag, 'Cache-Control': ACTION_CACHE_CONTROL };
        if (notModified(req, etag)) {
          status = 304;
          res.writeHead(304, headers);
          res.end();
          return;
        }
        sendText(res, 200, text, headers);
        return;
      }
      if (url.pathname === '/api/3' || url.pathname === '/api/3/' || url.pathname === '/api') {
        send(res, 200, { version: 3 }, cors);
        return;
      }
      if (url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
        for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
        const served = await serveFile(req, res, files);
        status = res.statusCode;
        if (served) return;
        for (const name of Object.keys(cors)) res.removeHeader(name);
      }
      throw new ActionError(404, 'Not Found Error', 'Not found');
    } catch (error) {
      const known = error instanceof ActionError;
      status = known ? error.status : 500;
      if (!known) log({ level: 'error', message: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent && error instanceof UnknownActionError) {
        // CKAN's `_finish_bad_request`: the message alone, as a JSON string.
        send(res, status, error.text(), cors);
      } else if (!res.headersSent) {
        send(
          res,
          status,
          {
            help,
            success: false,
            error: known ? error.body() : { __type: 'Internal Server Error', message: 'Internal Server Error' },
          },
          status === 405 ? { ...cors, Allow: ALLOWED_METHODS } : cors,
        );
      }
    } finally {
      log({
        time: new Date().toISOString(),
        method: req.method,
        path: (req.url ?? '').split('?')[0],
        action,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  }

  return {
    handle: (req, res) => void handle(req, res),
    connect: (_req, socket) => {
      const body = JSON.stringify({
        help: '',
        success: false,
        error: { __type: 'Bad request', message: `Method CONNECT not allowed: use ${ALLOWED_METHODS}` },
      });
      socket.end(
        `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOWED_METHODS}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      log({ time: new Date().toISOString(), method: 'CONNECT', path: _req.url, status: 405, ms: 0 });
    },
    cacheStats: () => ({ hits: cache.hits, misses: cache.misses, size: cache.size }),
    close: () => {
      closeSqlPool(db);
      db.close();
    },
  };
}

/**
 * Serves `/files/<name>` with sirv (under the URL without its `/files` prefix); resolves `false` when there is
 * no such file, so the caller answers the API's JSON 404.
 */
function serveFile(req: IncomingMessage, res: ServerResponse, files: ReturnType<typeof sirv>): Promise<boolean> {
  const original = req.url ?? '/';
  req.url = original.slice('/files'.length) || '/';
  return new Promise((resolve) => {
    res.once('finish', () => resolve(true));
    files(req, res, () => {
      req.url = original;
      resolve(false);
    });
  });
}
