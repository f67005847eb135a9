import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';
import { PAYLOADS } from './payloads.js';

/**
 * Every payload into the catalog API's parameters (`q`, `fq`, `id`, `sort`, ids of the extension actions, and the
 * action name itself), on the built gateway: the answer is always CKAN JSON (a result or a `success: false`
 * error, never a 5xx), served as `application/json` with `nosniff`, and a reflected payload never appears with a
 * raw `<` (JSON may say `\u003c`). Then Chromium opens a share of those URLs as pages: nothing runs.
 */
let site: Site;
let browser: Browser;

const ACTION = '/api/3/action';
const enc = encodeURIComponent;

function urlsFor(p: string): string[] {
  return [
    `${ACTION}/package_search?q=${enc(p)}`,
    `${ACTION}/package_search?fq=${enc(p)}`,
    `${ACTION}/package_search?fq=${enc(`organization:"${p}"`)}`,
    `${ACTION}/package_search?fq=${enc(`tags:(${p} OR x)`)}`,
    `${ACTION}/package_search?sort=${enc(p)}`,
    `${ACTION}/package_search?facet.field=${enc(JSON.stringify([p]))}&rows=${enc(p)}`,
    `${ACTION}/package_show?id=${enc(p)}`,
    `${ACTION}/organization_show?id=${enc(p)}`,
    `${ACTION}/datastore_search?resource_id=${enc(p)}&filters=${enc(p)}`,
    `${ACTION}/bdw_market_search?q=${enc(p)}&sort=${enc(p)}`,
    `${ACTION}/bdw_meeting_show?id=${enc(p)}`,
    `${ACTION}/${enc(p)}`,
  ];
}

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.stop();
});

describe('XSS payloads through the catalog API', () => {
  it('answers every request with CKAN JSON, as application/json + nosniff, without a raw reflection', async () => {
    const requests = PAYLOADS.flatMap((p) => urlsFor(p).map((path) => ({ p, path })));
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let reflected = 0;
    const queue = [...requests];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          const response = await fetch(`${site.url}${r.path}`);
          const body = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const where = `${r.path.slice(0, 90)} → ${response.status}`;
          if (response.status >= 500) problems.push(`${where}: server error`);
          if (!/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
            problems.push(`${where}: content-type ${response.headers.get('content-type')}`);
          }
          if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${where}: no nosniff`);
          let json: { success?: unknown } | string | null = null;
          try {
            json = JSON.parse(body) as { success?: unknown } | string;
          } catch {
            problems.push(`${where}: not JSON: ${body.slice(0, 80)}`);
          }
          // CKAN answers an unknown action with its message alone, a JSON string (ckan/views/api.py _finish_bad_request).
          const unknownAction =
            response.status === 400 &&
            typeof json === 'string' &&
            json.startsWith('Bad request - Action name not known');
          if (json && !unknownAction && (typeof json !== 'object' || typeof json.success !== 'boolean')) {
            problems.push(`${where}: no success flag`);
          }
          if (r.p.includes('<') && body.includes(r.p)) problems.push(`${where}: payload reflected raw`);
          if (JSON.stringify(json).includes(r.p)) reflected++;
        }
      }),
    );
    console.log(
      `API: ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `${reflected} echoed the payload (escaped)`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('runs nothing when Chromium opens those URLs as pages', async () => {
    const context = await browser.newContext();
    const dialogs: string[] = [];
    context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The URL whose error echoes the input (datastore_search), four tabs at a time.
    const queue = PAYLOADS.map((p) => urlsFor(p)[8]!);
    const total = queue.length;
    let markup = 0;
    const flags: unknown[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path; path = queue.shift()) {
          await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
          const seen = await page.evaluate(() => ({
            markup:
              document.contentType !== 'application/json' ||
              document.querySelector('img, script, svg, iframe, object, embed, xss') !== null,
            flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
          }));
          if (seen.markup) markup++;
          if (seen.flag !== null) flags.push(seen.flag);
        }
      }),
    );
    await context.close();
    console.log(`API in Chromium: ${total} pages opened`);
    expect({ dialogs, markup, flags }).toEqual({ dialogs: [], markup: 0, flags: [] });
  });
});
