import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lightTokens } from '@bdw/core';
import { collectPageErrors, launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';
import { startHostSite, type HostSite } from './host-site.js';

/**
 * A hostile host page: `*` rules (plain and important) for colour, font, size and line height. Inherited text styles
 * must not leak into a widget's shadow root; the page's `--bdw-*` tokens still theme it. Computed styles read in
 * Chromium, inside the shadow roots (nested ones too: the list's cards), once each widget shows its real data.
 */

// The issue's \`* { color: red; font-family: serif }\`, and more. The size is set below the root: the tokens' sizes are
// rem, which follow the root's font size (the user's browser setting, or a page's \`html { font-size }\`) by design.
const HOSTILE = `
  * { color: red; font-family: serif; line-height: 1; font-style: italic; letter-spacing: 4px;
      text-transform: uppercase; text-align: center; }
  body * { font-size: 30px; }
  #important * { color: red !important; font-family: serif !important; font-size: 30px !important; }
  #themed { --bdw-color-text: rgb(0, 0, 128); --bdw-font-family: Georgia, serif; --bdw-font-size-md: 18px;
            --bdw-line-height: 1.5; }
`;

const widgets = (api: string) => `
  <bdw-dataset-search api="${api}" q="주차"></bdw-dataset-search>
  <bdw-chart-viewer api="${api}" resource="busan-population-by-age-sex-census-1"></bdw-chart-viewer>
  <bdw-data-map src="${api}/files/busan_districts_kostat2018_simple.geojson"></bdw-data-map>
  <bdw-market-list api="${api}" page-size="3"></bdw-market-list>
  <bdw-market-card api="${api}" listing-id="bnk-atm-usage" variant="full"></bdw-market-card>
  <bdw-council-agenda api="${api}" meeting-id="2025-05-23-inaugural"></bdw-council-agenda>`;

const TAGS = [
  'bdw-dataset-search',
  'bdw-chart-viewer',
  'bdw-data-map',
  'bdw-market-list',
  'bdw-market-card',
  'bdw-council-agenda',
] as const;
/** An element of each widget that shows its data: the check waits for it. */
const LOADED: Record<(typeof TAGS)[number], string> = {
  'bdw-dataset-search': '[part~="result"]',
  'bdw-chart-viewer': 'canvas',
  'bdw-data-map': 'path.leaflet-interactive',
  'bdw-market-list': 'bdw-market-card [part~="title"]',
  'bdw-market-card': '[part~="title"]',
  'bdw-council-agenda': '[part~="title"]',
};

interface TextStyle {
  text: string;
  color: string;
  fontFamily: string;
  fontSize: string;
  fontStyle: string;
  letterSpacing: string;
  textTransform: string;
}

/** The computed style of every element in the widget's shadow roots that holds text of its own (up to 400). */
const textStyles = (el: Locator): Promise<{ host: TextStyle; inside: TextStyle[] }> =>
  el.evaluate((host) => {
    const read = (node: Element, text: string) => {
      const s = getComputedStyle(node);
      return {
        text: text.slice(0, 40),
        color: s.color,
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        fontStyle: s.fontStyle,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
      };
    };
    const inside: ReturnType<typeof read>[] = [];
    const visit = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) visit(node.shadowRoot);
        const own = [...node.childNodes]
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent!.trim())
          .join(' ')
          .trim();
        if (own && node.getClientRects().length && inside.length < 400) inside.push(read(node, own));
      }
    };
    visit(host.shadowRoot!);
    return { host: read(host, ''), inside };
  });

let site: Site;
let host: HostSite;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [site, host, browser] = await Promise.all([startSite(), startHostSite(), launchChromium()]);
  const url = host.page(
    '/hostile.html',
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>hostile host</title>
<style>${HOSTILE}</style><script type="module" src="${site.url}/cdn/bdw-widgets.js"></script></head>
<body><p>기관 페이지의 글</p>
<section id="plain">${widgets(site.url)}</section>
<section id="important">${widgets(site.url)}</section>
<section id="themed"><bdw-dataset-search api="${site.url}" q="주차"></bdw-dataset-search></section>
</body></html>`,
  );
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' })).newPage();
  errors = collectPageErrors(page);
  await page.goto(url);
  // The page's own text does get the hostile styles: the test would pass vacuously otherwise.
  expect(
    await page
      .locator('p')
      .first()
      .evaluate((p) => getComputedStyle(p).color),
  ).toBe('rgb(255, 0, 0)');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  host?.close();
  site?.stop();
});

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const DEFAULT_COLOR = rgb(lightTokens['color-text']);
const DEFAULT_FAMILY = lightTokens['font-family'].split(',')[0]!;

describe.each(['plain', 'important'])("a host page's %s `*` text styles", (section) => {
  it.each(TAGS)('do not reach <%s>: its text keeps the tokens', { timeout: 60_000 }, async (tag) => {
    const el = page.locator(`#${section} > ${tag}`);
    await expect.poll(() => el.locator(LOADED[tag]).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const { host: own, inside } = await textStyles(el);
    expect(own).toMatchObject({
      color: DEFAULT_COLOR,
      fontSize: '16px',
      fontStyle: 'normal',
      letterSpacing: 'normal',
      textTransform: 'none',
    });
    expect(own.fontFamily.startsWith(DEFAULT_FAMILY)).toBe(true);
    expect(inside.length).toBeGreaterThan(3);
    const leaked = inside.filter(
      (s) =>
        s.color === 'rgb(255, 0, 0)' ||
        /^serif$/i.test(s.fontFamily) ||
        s.fontSize === '30px' ||
        s.fontStyle === 'italic' ||
        s.letterSpacing === '4px' ||
        s.textTransform === 'uppercase',
    );
    expect(leaked).toEqual([]);
  });
});

it("takes the page's tokens: --bdw-color-text, --bdw-font-family, --bdw-font-size-md, --bdw-line-height", async () => {
  const el = page.locator('#themed > bdw-dataset-search');
  await expect.poll(() => el.locator('[part~="result"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const { host: own, inside } = await textStyles(el);
  expect(own).toMatchObject({ color: 'rgb(0, 0, 128)', fontFamily: 'Georgia, serif', fontSize: '18px' });
  expect(await el.evaluate((node) => getComputedStyle(node).lineHeight)).toBe('27px');
  // The results' text is in the page's colour and font (muted labels have a token of their own).
  expect(inside.filter((s) => s.color === 'rgb(0, 0, 128)').length).toBeGreaterThan(3);
  expect(inside.every((s) => s.color !== 'rgb(255, 0, 0)')).toBe(true);
  expect(inside.filter((s) => s.fontFamily === 'Georgia, serif').length).toBeGreaterThan(3);
});

it('logs no error', () => expect(errors).toEqual([]));
