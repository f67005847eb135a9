import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';
import { startHostSite, type HostSite } from './host-site.js';

/**
 * The documented embed: an institution's page (its own origin) loads the CDN bundle from the gateway (another
 * origin). A worker must come from the page's origin, so the widgets start theirs through a same-origin wrapper that
 * imports the bundle's worker file (served with CORS): a large map layer is still read off the page's main thread.
 */
let site: Site;
let host: HostSite;
let browser: Browser;

beforeAll(async () => {
  [site, host, browser] = await Promise.all([startSite(), startHostSite(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  host?.close();
  site?.stop();
});

/** 12,000 points on a fixed spiral over Busan: a layer the map keeps in its worker (over 5,000 points). */
function largeCsv(n = 12_000): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const r = 0.002 + 0.1 * Math.sqrt(i / n);
    return `지점 ${i + 1},${(35.17 + r * Math.sin(i * 2.4)).toFixed(6)},${(129.07 + r * Math.cos(i * 2.4)).toFixed(6)}`;
  });
  return ['이름,위도,경도', ...rows].join('\n');
}

describe('the CDN bundle on another origin', () => {
  it('reads a large map layer in the map worker, started through a same-origin wrapper', async () => {
    host.page('/large.csv', largeCsv());
    const url = host.page(
      '/map.html',
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>기관 누리집</title>
      <script type="module" src="${site.url}/cdn/bdw-widgets.js"></script></head>
      <body><bdw-data-map src="/large.csv"></bdw-data-map></body></html>`,
    );
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(url);
    await page.waitForFunction(
      () => (document.querySelector('bdw-data-map') as unknown as { loadedLayers: unknown[] }).loadedLayers?.length > 0,
      undefined,
      { timeout: 20_000 },
    );
    const layer = await page.evaluate(() => {
      const el = document.querySelector('bdw-data-map') as unknown as {
        loadedLayers: { size: number; points: { inWorker: boolean } | null }[];
      };
      return { size: el.loadedLayers[0]!.size, inWorker: el.loadedLayers[0]!.points?.inWorker };
    });
    expect(layer).toEqual({ size: 12_000, inWorker: true });
    expect(page.workers().map((w) => new URL(w.url()).protocol)).toContain('blob:');
    expect(errors).toEqual([]);
    await page.close();
  });
});
