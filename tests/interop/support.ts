import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';
import { serveDirectory, type StaticServer } from '../support/static-server.js';
import { CHART, CHART_TYPES, LAYERS, MARKET, MEETING, QUERIES, type State } from './shared.js';

/**
 * The interop suite's driver: builds one host page (plain HTML with the CDN bundle, or a React, Vue or Angular app
 * bundled with esbuild), serves it on its own origin next to the gateway (real catalogue API and files, CORS), and
 * checks in Chromium that every element shows its data, that its events reach the host's state, and that the
 * host's property changes re-render it.
 */

const HERE = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSCONFIG = `${ROOT}tests/config/tsconfig.esbuild.json`;

export type Host = 'html' | 'react' | 'react-wrappers' | 'vue' | 'angular';

const ENTRIES: Record<Exclude<Host, 'html'>, string> = {
  react: 'react/main.tsx',
  'react-wrappers': 'react-wrappers/main.tsx',
  vue: 'vue/main.ts',
  angular: 'angular/main.ts',
};

const APP_PAGE = `<!doctype html>
<html lang="ko">
  <head><meta charset="utf-8" /><title>Interop</title></head>
  <body><div id="app"></div><script type="module" src="./app.js"></script></body>
</html>`;

/** Writes the host's page into `dir`: what an agency's site would deploy. */
async function buildHost(host: Host, dir: string): Promise<void> {
  const common = { bundle: true, format: 'esm', target: 'es2022', outdir: dir, logLevel: 'warning' } as const;
  if (host === 'html') {
    cpSync(`${HERE}html/index.html`, `${dir}/index.html`);
    cpSync(`${ROOT}packages/widgets/dist/cdn`, `${dir}/cdn`, { recursive: true });
    await build({ ...common, entryPoints: { shared: `${HERE}shared.ts` } });
    return;
  }
  writeFileSync(`${dir}/index.html`, APP_PAGE);
  await build({
    ...common,
    // core's data worker next to the app, as Vite and webpack 5 emit it.
    entryPoints: {
      app: `${HERE}${ENTRIES[host]}`,
      'data.worker': `${ROOT}packages/core/dist/data/load/data.worker.js`,
    },
    tsconfig: TSCONFIG,
    jsx: 'automatic',
    // Vue's full build compiles the template in the browser (Vite users alias it the same way).
    alias: host === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
    // Development builds: React, Vue and Angular report misuse as console errors or warnings.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
}

/** Reads from the gateway what an element should show. (`shared.ts` file URLs are relative in Node: no `?api=`.) */
const read = async (site: Site, path: string) => (await fetch(`${site.url}${path}`)).text();
const action = async (site: Site, name: string, params: Record<string, string>) =>
  JSON.parse(await read(site, `/api/3/action/${name}?${new URLSearchParams(params)}`)).result;
const featureCount = async (site: Site, path: string) => JSON.parse(await read(site, path)).features.length;

/** The chart's points, counted from the CSV it reads: one per census year from 1966 and sex. */
async function chartPoints(site: Site): Promise<number> {
  const rows = (await read(site, CHART.src)).trim().split(/\r?\n/).slice(1);
  const points = rows
    .map((line) => line.split(','))
    .filter(([, , year, sex]) => Number(year) >= 1966 && (sex === '남자' || sex === '여자'))
    .map(([, , year, sex]) => `${year} ${sex}`);
  return new Set(points).size;
}

/** Registers the suite for one host: one site, one Chromium and one page for the file. */
export function interopSuite(host: Host, framework: string): void {
  let site: Site;
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let errors: string[];
  const warnings: string[] = [];
  const downloads: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), `bdw-interop-${host}-`));

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchChromium(), buildHost(host, dir)]);
    server = await serveDirectory(dir);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ko-KR',
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    errors = collectPageErrors(page);
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.goto(`${server.url}/index.html?api=${encodeURIComponent(site.url)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const state = async (): Promise<State> => JSON.parse((await page.locator('#state').textContent()) ?? '{}');
  const poll = <T>(value: () => Promise<T>) => expect.poll(value, { timeout: 15_000 });
  // The page's own elements (the list's cards are <bdw-market-card>s too, in its shadow root).
  const el = (tag: string) => page.locator(`bdw-catalog > ${tag}`);
  const prop = (locator: Locator, name: string) =>
    locator.evaluate((node, name) => (node as unknown as Record<string, unknown>)[name], name);

  it('renders every element with its real data from the catalogue API', async () => {
    // <bdw-catalog>'s `api` (a property) reaches every widget: none has an address of its own.
    const search = el('bdw-dataset-search');
    const found = (await action(site, 'package_search', { q: QUERIES[0], rows: '0' })).count;
    expect(found).toBeGreaterThan(0);
    await poll(() => search.locator('[part~="result"]').count()).toBeGreaterThan(0);
    expect(await search.locator('ol.results').getAttribute('data-query')).toBe(QUERIES[0]);
    await poll(() => search.locator('[role="status"]').allTextContents()).toContainEqual(
      expect.stringContaining(found.toLocaleString('ko-KR')),
    );

    // The chart: drawn pixels, and bdw-chart-ready already in the host's state.
    const chart = el('bdw-chart-viewer');
    await poll(async () => (await state()).chart).toBe(`line:2:${await chartPoints(site)}`);
    const painted = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);

    // The map: both GeoJSON files loaded in full, the districts drawn as paths and the accidents as markers.
    const map = el('bdw-data-map');
    const expected = await Promise.all(LAYERS.map((layer) => featureCount(site, layer.src)));
    await poll(() =>
      map.evaluate((node) =>
        ((node as unknown as { loadedLayers: { collection: { features: unknown[] } }[] }).loadedLayers ?? []).map(
          (layer) => layer.collection.features.length,
        ),
      ),
    ).toEqual(expected);
    await poll(() => map.locator('path.leaflet-interactive').count()).toBeGreaterThanOrEqual(expected[0]!);
    await poll(() => map.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);

    // The market: `pageSize` (a property) cards from bdw_market_search, and the card of `listingId`.
    const list = el('bdw-market-list');
    await poll(() => list.locator('bdw-market-card [part~="title"]').count()).toBe(MARKET.pageSize);
    const listing = await action(site, 'bdw_market_show', { id: MARKET.listingId });
    await poll(() => el('bdw-market-card').locator('[part~="title"]').textContent()).toContain(listing.title);

    // The council: the inaugural meeting from bdw_meeting_show, live at the `now` the host set.
    const agenda = el('bdw-council-agenda');
    const meeting = await action(site, 'bdw_meeting_show', { id: MEETING.id });
    await poll(() => agenda.locator('[part~="title"]').first().textContent()).toContain(meeting.name);
    expect(await agenda.locator('time[datetime^="2025-05-23T14:00"]').count()).toBeGreaterThan(0);
    // At 14:07 the meeting is in progress with its first item running (only `now` can say so: it is long over).
    expect(await agenda.locator('.live--in-progress').count()).toBe(1);
    expect(await agenda.locator('[part~="agenda-row-current"]').count()).toBe(1);
  });

  it(`delivers every element's events to ${framework}`, async () => {
    const search = el('bdw-dataset-search');
    const first = search.locator('[part~="result"] .result__title button').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await poll(async () => (await state()).dataset).toBe(title);
    const box = search.locator('input[role="combobox"]');
    await box.fill('주차장');
    await box.press('Enter');
    await poll(async () => (await state()).search).toBe('주차장');

    const plot = el('bdw-chart-viewer').locator('[part~="chart"]');
    await plot.focus();
    await plot.press('ArrowRight');
    await plot.press('Enter');
    await poll(async () => (await state()).point).toMatch(/^(남자|여자):.*1966/);

    const map = el('bdw-data-map');
    await map.locator('fieldset[part~="layers"] input[type="checkbox"]').nth(1).uncheck();
    await poll(async () => (await state()).layer).toBe('accidents:false');
    await map.locator('[part~="list-toggle"]').click();
    const firstDistrict = map.locator('table button').first();
    const district = (await firstDistrict.textContent())!.trim();
    await firstDistrict.click();
    await poll(async () => (await state()).feature).toBe(`districts:${district}`);

    const list = el('bdw-market-list');
    const card = list.locator('bdw-market-card').first();
    const asked = (await prop(card, 'shownListing')) as { id: string; title: string };
    expect(asked.id).not.toBe(MARKET.listingId);
    await card.locator('[part~="action"]').first().click();
    await poll(async () => (await state()).request).toBe(`inquiry:${asked.id}`);
    // …and the host passes that listing to <bdw-market-card>.listing, which shows it instead of `listingId`.
    await poll(() => el('bdw-market-card').locator('[part~="title"]').textContent()).toContain(asked.title);
    await list.locator('[part~="sort"] select').selectOption('popular');
    await poll(async () => (await state()).market).toBe('popular:1');

    await el('bdw-council-agenda').locator('[part~="add-to-calendar"]').click();
    await poll(async () => (await state()).calendar).toMatch(/\.ics$/);
    expect(downloads).toEqual([]); // the host took the file (preventDefault)
  });

  it(`re-renders the elements when ${framework} changes their properties`, async () => {
    const search = el('bdw-dataset-search');
    await page.locator('#next-query').click();
    await poll(() => search.locator('ol.results').getAttribute('data-query')).toBe(QUERIES[1]);
    await poll(() => search.locator('[part~="result"]').count()).toBeGreaterThan(0);
    expect(await search.locator('input[role="combobox"]').inputValue()).toBe(QUERIES[1]);

    const before = (await state()).charts;
    await page.locator('#chart-type').click();
    await poll(async () => (await state()).chart).toBe(`${CHART_TYPES[1]}:2:${await chartPoints(site)}`);
    expect((await state()).charts).toBe(before + 1);
    expect(await el('bdw-chart-viewer').getAttribute('type')).toBe(CHART_TYPES[1]);
  });

  it('logs no error or warning', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
}
