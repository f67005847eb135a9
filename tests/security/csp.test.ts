import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { cspHeader, openHarness, startHarness, type CspMode, type Harness } from '../support/harness.js';
import type { PageApi } from '../support/page-helpers.js';
import { widgetsFor } from './fields.js';

/**
 * Every widget on a page with a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval', same-origin
 * only; see cspHeader) and, in the second run, Trusted Types enforced with only Lit's policy allowed. Each widget
 * must render its data (maps: list and popup opened; chart CSV parsed by the worker), and the page must report no
 * violation, neither as `securitypolicyviolation` events nor to `report-uri`.
 */
let harness: Harness;
let browser: Browser;

const sample = widgetsFor('부산 공영주차장 현황', 0);
const TAGS = sample.specs.map((s) => s.tag);

beforeAll(async () => {
  harness = await startHarness();
  for (const [path, file] of Object.entries(sample.files)) harness.put(path, file);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function run(csp: CspMode, specs = sample.specs) {
  harness.cspReports.length = 0;
  const { page, errors, dialogs } = await openHarness(browser, harness, csp);
  const response = await page.request.get(`${harness.url}/page?csp=${csp}`);
  const settled = await page.evaluate((s) => (window as unknown as { bdw: PageApi }).bdw.mount(s, 15_000), specs);
  await page.waitForTimeout(500);
  const violations = await page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.violations);
  await page.context().close();
  return {
    header: response.headers()['content-security-policy'],
    states: settled.map((s) => `${s.tag}: ${s.state}`),
    violations,
    reports: harness.cspReports.map((r) => JSON.stringify(r)),
    errors: [...errors, ...dialogs],
  };
}

/**
 * What Trusted Types still catches without the page's opt-in, exactly (anything else fails the test): Leaflet 1.9
 * assigns strings to innerHTML (at import: `div.innerHTML = '<svg/>'`; zoom buttons, attribution, popups), so it
 * cannot load under `require-trusted-types-for 'script'` without a `default` policy; the map shows its error state
 * instead of throwing. With data-map's `allowLeafletMarkup()` (a default policy passing only Leaflet's own markup)
 * it loads and works with no violation.
 */
const LEAFLET_TT = /^require-trusted-types-for: .* Element innerHTML\|<svg\/>$/;

describe('strict CSP', () => {
  it("renders every widget with no 'unsafe-inline', no 'unsafe-eval' and reports no violation", async () => {
    const result = await run('strict');
    expect(result.header).toBe(cspHeader('strict'));
    expect(result.header).not.toMatch(/unsafe-/);
    expect(result.states).toEqual(TAGS.map((t) => `${t}: ready`));
    expect(result.violations).toEqual([]);
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('with Trusted Types enforced (only the lit-html, bdw-json-ld, bdw-data-worker and bdw-map-worker policies), every widget but the map works with 0 violations', async () => {
    const specs = sample.specs.filter((s) => s.tag !== 'bdw-data-map');
    const result = await run('strict-tt', specs);
    expect(result.header).toContain(
      "require-trusted-types-for 'script'; trusted-types lit-html bdw-json-ld bdw-data-worker bdw-map-worker",
    );
    expect(result.states).toEqual(specs.map((s) => `${s.tag}: ready`));
    // JSON-LD went through bdw-json-ld (dataset search, market card and list, council), the chart's CSV worker URL
    // through bdw-data-worker: a refused sink would show up here.
    expect(result.violations).toEqual([]);
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('with Trusted Types and the page opting in with allowLeafletMarkup() (`default` allowed), the map works too, with 0 violations', async () => {
    const result = await run('strict-tt-map');
    expect(result.header).toContain('trusted-types lit-html bdw-json-ld bdw-data-worker bdw-map-worker default');
    expect(result.states).toEqual(TAGS.map((t) => `${t}: ready`));
    expect(result.violations).toEqual([]);
    expect(result.reports).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('with Trusted Types enforced and no opt-in, the map cannot load Leaflet and shows its error state (no uncaught error)', async () => {
    const specs = sample.specs.filter((s) => s.tag === 'bdw-data-map');
    const result = await run('strict-tt', specs);
    expect(result.states).toEqual(['bdw-data-map: error']);
    expect(result.violations.filter((v) => !LEAFLET_TT.test(v))).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('a large point layer is read in the map worker under strict CSP and Trusted Types (through bdw-map-worker), with 0 violations', async () => {
    // 12,000 rows (over the 256 KB at which the map reads a file in its worker), from a fixed spiral over Busan.
    const lines = Array.from({ length: 12_000 }, (_, i) => {
      const r = 0.002 + 0.1 * Math.sqrt(i / 12_000);
      return `지점 ${i + 1},${(35.17 + r * Math.sin(i * 2.4)).toFixed(6)},${(129.07 + r * Math.cos(i * 2.4)).toFixed(6)}`;
    });
    harness.put('/files/large-points.csv', { type: 'text/csv', body: ['이름,위도,경도', ...lines].join('\n') });
    harness.cspReports.length = 0;
    const { page, errors, dialogs } = await openHarness(browser, harness, 'strict-tt-map');
    const specs = [{ tag: 'bdw-data-map', attrs: { src: '/files/large-points.csv' } }];
    const settled = await page.evaluate((s) => (window as unknown as { bdw: PageApi }).bdw.mount(s, 15_000), specs);
    const layer = await page.evaluate(() => {
      const el = document.querySelector('bdw-data-map')!;
      return { size: el.loadedLayers[0]?.size, inWorker: el.loadedLayers[0]?.points?.inWorker };
    });
    const violations = await page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.violations);
    await page.context().close();
    expect(settled.map((s) => s.state)).toEqual(['ready']);
    expect(layer).toEqual({ size: 12_000, inWorker: true });
    expect(violations).toEqual([]);
    expect(harness.cspReports).toEqual([]);
    expect([...errors, ...dialogs]).toEqual([]);
  });
});
