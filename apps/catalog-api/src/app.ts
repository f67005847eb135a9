import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { ACTIONS, isWriteAction, loadMeetings, type ActionContext } from './actions/index.js';
import { ActionError } from './errors.js';
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
}

export interface CatalogApi {
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): void;
}

const MAX_BODY = 64 * 1024;
const MAX_URL = 8 * 1024;
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
  const text = escapeJson(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(text);
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
  const files = new Map(readdirSync(FILES_DIR).map((name) => [name, join(FILES_DIR, name)]));
  const log = options.log ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`));
  const origins = options.corsOrigins ?? '*';

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
    const proto = String(req.headers['x-forwarded-proto'] ?? 'http')
      .split(',')[0]!
      .trim();
    const host = String(req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost')
      .split(',')[0]!
      .trim();
    return `${proto === 'https' ? 'https' : 'http'}://${host.replace(/[^\w.:[\]-]/g, '')}`;
  }

  async function runAction(req: IncomingMessage, url: URL, name: string, ctx: ActionContext, help: string) {
    if (isWriteAction(name))
      throw new ActionError(403, 'Authorization Error', 'Access denied: this catalogue is read-only');
    const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
    if (!action) throw new ActionError(400, 'Bad request', `Action name not known: ${name}`);
    if (req.method !== 'GET' && req.method !== 'POST') throw new ActionError(405, 'Bad request', 'Use GET or POST');
    const params = { ...queryParams(url), ...(req.method === 'POST' ? await bodyParams(req) : {}) };
    return { help, success: true, result: action(ctx, params) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const cors = corsHeaders(req);
    let status = 200;
    let action: string | undefined;
    let help = '';
    try {
      if ((req.url ?? '').length > MAX_URL) throw new ActionError(414, 'Bad request', 'URL too long');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const base = baseUrl(req);
      const ctx: ActionContext = {
        db,
        listings,
        meetings,
        actionUrl: `${base}/api/3/action`,
        filesUrl: `${base}/files`,
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
        send(res, 200, await runAction(req, url, action, ctx, help), cors);
        return;
      }
      if (url.pathname === '/api/3' || url.pathname === '/api/3/' || url.pathname === '/api') {
        send(res, 200, { version: 3 }, cors);
        return;
      }
      const fileMatch = /^\/files\/([^/]+)$/.exec(url.pathname);
      const file = fileMatch ? files.get(decodeURIComponent(fileMatch[1]!)) : undefined;
      if (file && (req.method === 'GET' || req.method === 'HEAD')) {
        serveFile(req, res, file, cors);
        status = res.statusCode;
        return;
      }
      throw new ActionError(404, 'Not Found Error', 'Not found');
    } catch (error) {
      const known = error instanceof ActionError;
      status = known ? error.status : 500;
      if (!known) log({ level: 'error', message: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) {
        send(
          res,
          status,
          {
            help,
            success: false,
            error: known ? error.body() : { __type: 'Internal Server Error', message: 'Internal Server Error' },
          },
          cors,
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
    close: () => db.close(),
  };
}

function serveFile(req: IncomingMessage, res: ServerResponse, path: string, cors: Record<string, string>): void {
  const stat = statSync(path);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    ...cors,
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'public, max-age=3600',
    ETag: etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = readFileSync(path);
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
