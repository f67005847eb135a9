import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { openHarness, startHarness, type Harness, type PageWatch } from '../support/harness.js';
import type { MountSpec, PageApi, Settled } from '../support/page-helpers.js';
import { listing, meeting } from './fields.js';
import { OBFUSCATED_URLS, obfuscatedTemplates } from './url-payloads.js';

/**
 * Scheme-obfuscated addresses (url-payloads.ts) through every `href` and `src` the widgets build from a page
 * attribute (`href-template`, `href`, `card-href`) or from data (homepages, logos, stream links, documents), in
 * real Chromium: every link and image that ends up in a shadow root has an http(s) address *as the browser
 * parsed it* (`a.protocol`), nothing runs, and a placeholder value can never bring its own scheme.
 */
let harness: Harness;
let browser: Browser;
let watch: PageWatch;

const CATALOGUE = '/files/url-catalogue.json';
const LISTINGS = '/files/url-listings.json';
const LOGO = '/files/logo.png';
/** A 1×1 PNG, so the logo loads and stays (a broken one falls back to the monogram). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  harness = await startHarness();
  harness.put(CATALOGUE, {
    type: 'application/json',
    body: JSON.stringify({
      datasets: [
        { id: 'a', name: 'javascript:alert(1)', title: '부산 공영주차장 현황', notes: '부산' },
        { id: 'b', name: 'java\tscript:alert(1)', title: '부산 버스 정류장', notes: '부산' },
      ],
    }),
  });
  harness.put(LOGO, { type: 'image/png', body: new Uint8Array(PNG) });
  harness.put(LISTINGS, { type: 'application/json', body: JSON.stringify({ listings: [listing('교통')] }) });
  browser = await launchChromium();
  watch = await openHarness(browser, harness);
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

interface Found {
  links: number;
  images: number;
  bad: string[];
}

/** Every link and image under the widgets, with the scheme Chromium itself read from it. */
const INSPECT = `(() => {
  const found = { links: 0, images: 0, bad: [] };
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.localName === 'a' && el.hasAttribute('href')) {
        found.links++;
        if (!['http:', 'https:'].includes(el.protocol)) found.bad.push('<a href=' + JSON.stringify(el.getAttribute('href')) + '> → ' + el.protocol);
      }
      if (el.localName === 'img' && el.hasAttribute('src')) {
        found.images++;
        const protocol = new URL(el.getAttribute('src'), document.baseURI).protocol;
        if (!['http:', 'https:'].includes(protocol)) found.bad.push('<img src=' + JSON.stringify(el.getAttribute('src')) + '>');
      }
    }
  };
  walk(document.getElementById('root'));
  return found;
})()`;

/**
 * Mounts, reads every link and image as Chromium parsed it, and runs the suites' markup scan (minus the
 * widgets' own host attributes, which are their input and never followed).
 */
async function mountAndInspect(specs: MountSpec[]): Promise<{ settled: Settled[]; found: Found; scan: string[] }> {
  const settled: Settled[] = await watch.page.evaluate(
    (s) => (window as unknown as { bdw: PageApi }).bdw.mount(s, 10_000),
    specs,
  );
  await watch.page.waitForTimeout(50);
  const found = (await watch.page.evaluate(INSPECT)) as Found;
  const scan = await watch.page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.scan());
  await watch.page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.clear());
  return { settled, found, scan: scan.filter((finding) => !finding.startsWith('<bdw-')) };
}

describe('scheme-obfuscated URLs', () => {
  it(`never become an href or src, through templates and data (${OBFUSCATED_URLS.length} addresses)`, async () => {
    const specs: MountSpec[] = [];
    for (const [i, url] of OBFUSCATED_URLS.entries()) {
      const template = obfuscatedTemplates('{name}')[i]!;
      const idTemplate = obfuscatedTemplates('{id}')[i]!;
      const hostile = {
        ...listing('교통'),
        id: `l${i}`,
        provider: { name: '부산교통공사', type: 'public', logoUrl: url, url },
      };
      const hostileMeeting = {
        ...meeting('정기회의'),
        streamUrl: url,
        agenda: [{ order: 1, title: '안건', documents: [{ title: '자료', url }] }],
      };
      specs.push(
        { tag: 'bdw-dataset-search', attrs: { src: CATALOGUE, debounce: '0', 'href-template': template } },
        { tag: 'bdw-market-card', attrs: { variant: 'full', href: idTemplate }, props: { listing: hostile } },
        { tag: 'bdw-market-list', attrs: { src: LISTINGS, 'card-href': idTemplate } },
        { tag: 'bdw-council-agenda', attrs: { now: '2025-05-23T14:40:00+09:00' }, props: { meeting: hostileMeeting } },
      );
    }
    const bad: string[] = [];
    const unsettled: string[] = [];
    for (let start = 0; start < specs.length; start += 16) {
      const { settled, found, scan } = await mountAndInspect(specs.slice(start, start + 16));
      bad.push(...found.bad, ...scan);
      settled.forEach((s) => s.state !== 'ready' && unsettled.push(`${s.tag}: ${s.state} ${s.message}`));
    }
    expect(watch.dialogs).toEqual([]);
    expect(bad).toEqual([]);
    expect(unsettled).toEqual([]);
  });

  it('lets data fill a template only as percent-encoded text: the link stays on the page’s own scheme', async () => {
    const { settled, found } = await mountAndInspect([
      { tag: 'bdw-dataset-search', attrs: { src: CATALOGUE, debounce: '0', 'href-template': '{name}' } },
      { tag: 'bdw-dataset-search', attrs: { src: CATALOGUE, debounce: '0', 'href-template': '/dataset/{name}' } },
    ]);
    expect(settled.map((s) => s.state)).toEqual(['ready', 'ready']);
    // Both datasets of both widgets are links, each on http: (the harness page's scheme) as Chromium reads them;
    // `javascript%3Aalert(1)` is a relative path, however it looks.
    expect(found.links).toBe(4);
    expect(found.bad).toEqual([]);
  });

  it('still links and shows images from http(s) data', async () => {
    const good = {
      ...listing('교통'),
      provider: {
        name: '부산교통공사',
        type: 'public',
        logoUrl: '/files/logo.png',
        url: 'https://www.humetro.busan.kr/',
      },
    };
    const { found, scan } = await mountAndInspect([
      { tag: 'bdw-market-card', attrs: { variant: 'full', href: '/market/{id}' }, props: { listing: good } },
    ]);
    expect(found.links).toBeGreaterThanOrEqual(1);
    expect(found.images).toBe(1);
    expect(found.bad).toEqual([]);
    expect(scan).toEqual([]);
  });
});
