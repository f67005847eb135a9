import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './fixtures.js';

type Handler = (url: URL, req: IncomingMessage, res: ServerResponse) => void;

export interface RecordingServer {
  url: string;
  requests: URL[];
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const GDP_ROWS = 12;

/**
 * A CKAN stand-in on loopback that answers with the real recorded responses, plus
 * the failure modes real servers show. `datastore_search` caps `limit` at 5, as
 * `ckan.datastore.search.rows_max` does, and echoes the limit it applied.
 */
const routes: Record<string, Handler> = {
  package_search: (url, _req, res) => {
    const recorded = fixture('demo-ckan-org-2017/packages.json');
    const rows = Number(url.searchParams.get('rows'));
    // Like `ckan.search.rows_max`: never more than 2 rows per page.
    const result = recorded.result as { results: unknown[] };
    json(res, 200, { ...recorded, result: { ...result, results: result.results.slice(0, Math.min(rows, 2)) } });
  },
  package_show: (url, _req, res) => {
    const id = url.searchParams.get('id');
    try {
      json(res, 200, fixture(`demo-ckan-org-2017/${id}.json`));
    } catch {
      json(res, 404, {
        help: 'http://127.0.0.1/api/3/action/help_show?name=package_show',
        success: false,
        error: { __type: 'Not Found Error', message: 'Not found' },
      });
    }
  },
  organization_list: (_url, _req, res) => json(res, 200, fixture('datopian-ckan28/organization_list_all_fields.json')),
  group_list: (_url, _req, res) =>
    json(res, 200, { success: true, result: ['transport', { name: 'env', title: '환경' }] }),
  status_show: (_url, _req, res) =>
    json(res, 200, { success: true, result: { site_title: 'CKAN', ckan_version: '2.8.2', extensions: ['datastore'] } }),
  datastore_search: (url, _req, res) => {
    const recorded = fixture('datopian-ckan28/datastore_search_gdp_limit5.json').result as Record<string, unknown>;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 5);
    const records = Array.from({ length: Math.max(0, Math.min(limit, GDP_ROWS - offset)) }, (_, i) => ({
      _id: offset + i + 1,
      Year: 1968 + offset + i,
    }));
    json(res, 200, { success: true, result: { ...recorded, records, limit, offset, total: GDP_ROWS } });
  },
  validation_error: (_url, _req, res) =>
    json(res, 409, { success: false, error: { __type: 'Validation Error', name: ['Missing value'] } }),
  html_500: (_url, _req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('<html><body>Internal Server Error</body></html>');
  },
  not_json: (_url, _req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Portal</title>');
  },
  not_ckan: (_url, _req, res) => json(res, 200, { hello: 'world' }),
  slow: (_url, _req, res) => {
    const timer = setTimeout(() => json(res, 200, { success: true, result: 'late' }), 2_000);
    res.on('close', () => clearTimeout(timer));
  },
};

export async function startCkanServer(): Promise<RecordingServer> {
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const action = url.pathname.replace(/^\/api\/3\/action\//, '');
    const handler = routes[action];
    if (handler) handler(url, req, res);
    else json(res, 400, { success: false, error: { __type: 'Bad Request', message: `Unknown action: ${action}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
