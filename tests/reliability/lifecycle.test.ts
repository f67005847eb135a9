import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { openHarness, startHarness, type Harness, type PageWatch } from '../support/harness.js';
import type { MountSpec, PageApi } from '../support/page-helpers.js';
import { geojson, listing, meeting, widgetsFor } from '../security/fields.js';

/**
 * 1,000 connect/disconnect cycles per widget, each a new element that draws its data before it is removed (the
 * chart drawn by chart.js, the map built by Leaflet, the search answered): the JS heap after a forced GC grows by at
 * most 5 MB between a warmed-up start and the end (CDP `HeapProfiler.collectGarbage` + `Runtime.getHeapUsage`).
 */
let harness: Harness;
let browser: Browser;
let watch: PageWatch;
let cdp: CDPSession;

const CYCLES = Number(process.env['CYCLES'] ?? 1000);
const LIMIT_MB = 5;
const files = widgetsFor('부산 공영주차장', 0).files;

const WIDGETS: [string, MountSpec][] = [
  ['dataset-search', { tag: 'bdw-dataset-search', attrs: { src: '/files/ds-0.json', debounce: '0' } }],
  [
    'chart-viewer',
    {
      tag: 'bdw-chart-viewer',
      props: {
        rows: [
          { 구: '중구', 인구: 1 },
          { 구: '서구', 인구: 2 },
        ],
      },
    },
  ],
  ['data-map', { tag: 'bdw-data-map', props: { layers: [{ id: 'l', data: geojson('부산'), cluster: false }] } }],
  ['market-card', { tag: 'bdw-market-card', props: { listing: listing('교통') } }],
  ['market-list', { tag: 'bdw-market-list', attrs: { src: '/files/ml-0.json' } }],
  [
    'council-agenda',
    { tag: 'bdw-council-agenda', attrs: { 'refresh-interval': '1000' }, props: { meeting: meeting('정기회의') } },
  ],
];

async function heapMb(page: Page): Promise<number> {
  // Twice: finalizers of the first pass free more in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(50);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

beforeAll(async () => {
  harness = await startHarness();
  for (const [path, file] of Object.entries(files)) harness.put(path, file);
  browser = await launchChromium();
  watch = await openHarness(browser, harness);
  cdp = await watch.page.context().newCDPSession(watch.page);
  await cdp.send('HeapProfiler.enable');
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe(`${CYCLES} connect/disconnect cycles`, () => {
  const growth: Record<string, string> = {};
  afterAll(() => console.log(`heap growth after ${CYCLES} cycles: ${JSON.stringify(growth)}`));

  it.each(WIDGETS)(
    `%s: heap grows ≤ ${LIMIT_MB} MB, every cycle draws, nothing throws`,
    async (name, spec) => {
      const { page, errors } = watch;
      const run = (n: number) =>
        page.evaluate(([s, k]) => (window as unknown as { bdw: PageApi }).bdw.cycles(s, k), [spec, n] as const);
      await run(50); // warm-up: lazy modules, fonts, caches
      const before = await heapMb(page);
      const { states } = await run(CYCLES);
      const after = await heapMb(page);
      growth[name] = `${(after - before).toFixed(2)} MB`;
      const inPage = await page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.errors.splice(0));
      expect(states).toEqual({ ready: CYCLES });
      expect([...errors, ...inPage]).toEqual([]);
      expect(after - before).toBeLessThanOrEqual(LIMIT_MB);
    },
    120_000,
  );
});
