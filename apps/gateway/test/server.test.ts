import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, staticMount, type Mount } from '../src/server.js';

let base: string;
let close: () => void;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>sb</title>');
  writeFileSync(join(dir, 'assets', 'iframe-CkQBUsPl.js'), 'export {}');
  const cdn = mkdtempSync(join(tmpdir(), 'gateway-cdn-'));
  mkdirSync(join(cdn, 'chunks'));
  writeFileSync(join(cdn, 'bdw-widgets.js'), 'export {}');
  writeFileSync(join(cdn, 'chunks', 'chunk-LO62VR2X.js'), 'export {}');
  const api: Mount = {
    prefix: '/api/',
    label: 'API',
    keepPrefix: true,
    handler: (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ url: req.url }));
    },
  };
  const server = createGateway(
    [staticMount('/storybook/', dir, 'Storybook')!, staticMount('/cdn/', cdn, 'CDN', { anyOrigin: true })!, api],
    '/storybook/',
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe('gateway', () => {
  it('serves a built directory under its prefix', async () => {
    const res = await fetch(`${base}/storybook/index.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>sb</title>');
  });

  it('marks hashed assets immutable', async () => {
    const res = await fetch(`${base}/storybook/assets/iframe-CkQBUsPl.js`);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the CDN bundle to any origin (module scripts are fetched in CORS mode), other mounts to their own', async () => {
    const entry = await fetch(`${base}/cdn/bdw-widgets.js`, { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(entry.status).toBe(200);
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    const chunk = await fetch(`${base}/cdn/chunks/chunk-LO62VR2X.js`);
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    const other = await fetch(`${base}/storybook/index.html`, { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('redirects the bare prefix and the root', async () => {
    const bare = await fetch(`${base}/storybook?x=1`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/storybook/?x=1');
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/storybook/');
  });

  it('strips a static prefix, and keeps it (with the query) for a mount that routes itself', async () => {
    expect((await fetch(`${base}/storybook/`)).status).toBe(200);
    const res = await fetch(`${base}/api/3/action/package_search?q=%EC%A3%BC%EC%B0%A8`);
    expect(await res.json()).toEqual({ url: '/api/3/action/package_search?q=%EC%A3%BC%EC%B0%A8' });
  });

  it('answers 404 outside every mount and a health check', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({
      ok: true,
      mounts: ['/storybook/', '/cdn/', '/api/'],
    });
  });

  it('skips a directory that has not been built', () => {
    expect(staticMount('/portal/', '/no/such/dir', 'Portal')).toBeNull();
  });
});
