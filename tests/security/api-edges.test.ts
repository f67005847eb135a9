import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../support/site.js';

/**
 * The catalog API's edges through the built gateway, as a hostile client sends them (written anew from RFC 3986
 * §2.1 on percent-encoding, RFC 9110 §15.5.6 (405 + Allow) and §14 (Range), and the OWASP Web Security Testing
 * Guide's host header and cache-poisoning tests): malformed encodings are 400 and never 500, unknown methods 405
 * with Allow, `X-Forwarded-Host` does not move links, `/files/` answers a range with 206.
 */
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.stop());

function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('catalog API edges through the gateway', () => {
  it('answers malformed percent-encodings in action names, files and parameters with 400 JSON', async () => {
    const paths = [
      '/api/3/action/package_%',
      '/api/3/action/%E0%A4%A',
      '/api/action/%ED%A0%80',
      '/files/%',
      '/files/%C0%AF',
      '/api/3/action/package_search?q=%E0%A4%A',
      '/api/3/action/package_search?fq=tags:%ZZ',
    ];
    const answers = await Promise.all(paths.map((path) => raw('GET', path)));
    expect(answers.map((a) => a.status)).toEqual(paths.map(() => 400));
    for (const a of answers) expect((JSON.parse(a.body) as { success: boolean }).success).toBe(false);
  });

  it('answers other methods with 405 and Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await raw(method, '/api/3/action/package_search');
      expect(res.status).toBe(405);
      expect(res.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
    }
  });

  it('answers CONNECT with 405 instead of leaving the socket open', async () => {
    const { hostname, port } = new URL(site.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: hostname, port, method: 'CONNECT', path: 'evil.example:443' });
      req.on('connect', (res, socket) => {
        socket.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.setTimeout(5000, () => reject(new Error('CONNECT got no answer in 5 s')));
      req.end();
    });
    expect(status).toBe(405);
  });

  it('builds links from the Host, not from an unchecked X-Forwarded-Host', async () => {
    const res = await raw('GET', '/api/3/action/package_show?id=busan-fatal-traffic-accidents-2020', {
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('evil.example');
  });

  it('answers a Range request on a shipped file with 206 and those bytes', async () => {
    const full = await fetch(`${site.url}/files/busan_population_by_age_sex_census_1925_2021.csv`);
    const bytes = Buffer.from(await full.arrayBuffer());
    const part = await fetch(`${site.url}/files/busan_population_by_age_sex_census_1925_2021.csv`, {
      headers: { Range: 'bytes=0-99' },
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(0, 100))).toBe(true);
  });

  it('refuses a query over the term limit with a 409 naming it', async () => {
    const q = Array.from({ length: 300 }, (_, i) => `부산${i}`).join(' ');
    const res = await fetch(`${site.url}/api/3/action/package_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q }),
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('distinct terms');
  });
});
