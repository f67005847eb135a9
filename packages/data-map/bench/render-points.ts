/**
 * Point layers of 100,000 and 1,000,000 points, in one run, in Chromium, side by side:
 * - `<bdw-data-map src>` (the file read, indexed and clustered in the map worker),
 * - raw Leaflet + supercluster on the page's main thread with the same clustering options (the fair baseline),
 * - at 100,000 only, raw Leaflet + leaflet.markercluster (the usual hand-written map; far slower at 1,000,000).
 * Each: time from setting the layer to its first clusters drawn, the longest main-thread task meanwhile, the JS heap
 * after loading (page and workers, `measureUserAgentSpecificMemory`), and the median pan/zoom redraw.
 * Points are generated deterministically around the 100 real 2020 fatal-accident locations in Busan, with a name and
 * the accident type of the row they come from, served as one GeoJSON file.
 * Run: pnpm --filter @bdw/data-map bench   (BENCH_SIZES=100000,1000000  BENCH_RUNS to change)
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median, recordResult } from '../../../tests/config/bench-report.mjs';
import { chromiumLaunchOptions } from '../../../tests/config/chromium.mjs';
import { csvToGeoJSON } from '../src/csv.js';

const SIZES = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Deterministic points: the real accident coordinates, each jittered by up to ~2 km (mulberry32 PRNG). */
function generate(count: number): string {
  const csv = readFileSync(here('../../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv'), 'utf8');
  const seeds = csvToGeoJSON(csv).collection.features;
  let state = 20200101;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const features = Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const [lng, lat] = seed.geometry.coordinates as [number, number];
    return {
      type: 'Feature',
      properties: { 이름: `사고 ${i + 1}`, 사고유형: seed.properties['사고유형'] ?? '' },
      geometry: { type: 'Point', coordinates: [lng + (random() - 0.5) * 0.04, lat + (random() - 0.5) * 0.04] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function bundle(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: here('../../../tests/config/tsconfig.esbuild.json'),
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.contents;
}

/** What the pages record from the start: long tasks (Chromium reports those of 50 ms or more). */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
window.__name = (fn) => fn;`;

interface Sample {
  ms: number;
  longestTask: number;
  heapMB: number | null;
  workerHeapMB: number | null;
  redrawMs: number | null;
  markers: number;
}

/** The moves of the pan/zoom measure, from the fitted view. */
const MOVES = `[
  (m) => m.setZoom(m.getZoom() + 1, { animate: false }),
  (m) => m.setZoom(m.getZoom() + 1, { animate: false }),
  (m) => m.panBy([240, 0], { animate: false }),
  (m) => m.panBy([0, 180], { animate: false }),
  (m) => m.setZoom(m.getZoom() - 1, { animate: false }),
  (m) => m.setZoom(m.getZoom() - 1, { animate: false }),
]`;

async function heap(page: Page): Promise<{ total: number | null; worker: number | null }> {
  return page.evaluate(`(async () => {
    if (!performance.measureUserAgentSpecificMemory) return { total: null, worker: null };
    const result = await performance.measureUserAgentSpecificMemory();
    let worker = 0;
    for (const entry of result.breakdown)
      if (entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope')) worker += entry.bytes;
    return { total: result.bytes / 1048576, worker: worker / 1048576 };
  })()`);
}

async function longest(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    `Math.max(0, ...window.__longTasks.filter(([s, d]) => s + d >= ${from} && s <= ${to}).map(([, d]) => d))`,
  );
}

async function measureElement(browser: Browser, base: string, file: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${base}/element`);
  await page.waitForFunction(() => customElements.get('bdw-data-map'));
  const { ms, from } = await page.evaluate<{ ms: number; from: number }>(`(async () => {
    const el = document.querySelector('bdw-data-map');
    const root = el.shadowRoot;
    const from = performance.now();
    el.src = ${JSON.stringify(file)};
    await new Promise((resolve) => {
      const check = () => root.querySelector('.leaflet-marker-icon[data-count]') !== null;
      if (check()) return resolve();
      const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(); } });
      observer.observe(root, { subtree: true, childList: true });
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return { ms: performance.now() - from, from };
  })()`);
  const longestTask = await longest(page, from, from + ms);
  const redraws: number[] = await page.evaluate(`(async () => {
    const el = document.querySelector('bdw-data-map');
    const map = el.leafletMap;
    const container = map.getContainer();
    const out = [];
    for (const move of ${MOVES}) {
      const before = container.dataset.drawn;
      const started = performance.now();
      move(map);
      await new Promise((resolve) => {
        if (container.dataset.drawn !== before) return resolve();
        const observer = new MutationObserver(() => {
          if (container.dataset.drawn !== before) { observer.disconnect(); resolve(); }
        });
        observer.observe(container, { attributes: true, attributeFilter: ['data-drawn'] });
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      out.push(performance.now() - started);
    }
    return out;
  })()`);
  const markers = await page.evaluate(
    () => document.querySelector('bdw-data-map')!.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length,
  );
  const memory = await heap(page);
  await page.close();
  return { ms, longestTask, heapMB: memory.total, workerHeapMB: memory.worker, redrawMs: median(redraws), markers };
}

async function measureRaw(browser: Browser, base: string, file: string, kind: 'supercluster' | 'markercluster') {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${base}/${kind}`);
  const fn = kind === 'supercluster' ? 'rawSupercluster' : 'renderRaw';
  await page.waitForFunction(`typeof window.${fn} === 'function'`);
  const { ms, from } = await page.evaluate<{ ms: number; from: number }>(`(async () => {
    const from = performance.now();
    const ms = await window.${fn}(${JSON.stringify(file)});
    return { ms, from };
  })()`);
  const longestTask = await longest(page, from, from + ms);
  let redrawMs: number | null = null;
  if (kind === 'supercluster') {
    const redraws: number[] = await page.evaluate(`(async () => {
      const out = [];
      for (const move of ${MOVES}) out.push(await window.rawMove(move));
      return out;
    })()`);
    redrawMs = median(redraws);
  }
  const markers = await page.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length);
  const memory = await heap(page);
  await page.close();
  return { ms, longestTask, heapMB: memory.total, workerHeapMB: memory.worker, redrawMs, markers };
}

async function main(): Promise<void> {
  const [element, worker, supercluster, markercluster] = await Promise.all([
    bundle(here('../src/bdw-data-map.ts')),
    bundle(here('../src/points.worker.ts')),
    bundle(here('./raw-supercluster.ts')),
    bundle(here('./raw-leaflet.ts')),
  ]);
  const css = ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css']
    .map((p) => readFileSync(fileURLToPath(import.meta.resolve(p)), 'utf8'))
    .join('\n');
  const files = new Map<string, string>();
  for (const size of SIZES) files.set(`/points-${size}.geojson`, generate(size));
  const page = (body: string, script: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <style>${css} #raw, bdw-data-map { width: 900px; height: 600px; display: block; }</style></head>
    <body>${body}<script type="module" src="/${script}"></script></body></html>`;
  const server = createServer((req, res) => {
    // Cross-origin isolated, so that measureUserAgentSpecificMemory can count the workers' heaps too.
    const send = (type: string, body: string | Uint8Array) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      res.end(body);
    };
    const url = req.url ?? '';
    if (url === '/element.js') send('text/javascript', element);
    else if (url === '/points.worker.js') send('text/javascript', worker);
    else if (url === '/supercluster.js') send('text/javascript', supercluster);
    else if (url === '/markercluster.js') send('text/javascript', markercluster);
    else if (files.has(url)) send('application/geo+json', files.get(url)!);
    else if (url === '/element')
      send('text/html', page('<bdw-data-map style="--bdw-data-map-height: 600px"></bdw-data-map>', 'element.js'));
    else if (url === '/supercluster') send('text/html', page('<div id="raw"></div>', 'supercluster.js'));
    else if (url === '/markercluster') send('text/html', page('<div id="raw"></div>', 'markercluster.js'));
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--enable-blink-features=ForceEagerMeasureMemory'],
  });

  const mb = (v: number | null) => (v === null ? 'n/a' : v.toFixed(0));
  const task = (v: number) => (v === 0 ? '< 50' : v.toFixed(0));
  for (const size of SIZES) {
    const file = `/points-${size}.geojson`;
    const rows: [string, Sample[]][] = [
      ['raw Leaflet 1.9.4 + supercluster 8 (main thread)', []],
      ['<bdw-data-map src> (map worker)', []],
    ];
    if (size <= 100_000) rows.push(['raw Leaflet 1.9.4 + leaflet.markercluster 1.5.3', []]);
    for (let run = 0; run < RUNS; run++) {
      rows[0]![1].push(await measureRaw(browser, base, file, 'supercluster'));
      rows[1]![1].push(await measureElement(browser, base, file));
      if (rows[2]) rows[2][1].push(await measureRaw(browser, base, file, 'markercluster'));
    }
    const rawMedian = median(rows[0]![1].map((s) => s.ms));
    console.log(
      `\n${size.toLocaleString('en-US')} points from one GeoJSON file (${(files.get(file)!.length / 1048576).toFixed(0)} MB)` +
        ` → first clusters drawn; median of ${RUNS} runs, 900×600 map, Chromium`,
    );
    console.log(
      '\n| renderer | median ms | ÷ raw supercluster | longest main-thread task ms | JS heap MB (of it workers) | pan/zoom redraw ms | markers |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const [label, samples] of rows) {
      const m = median(samples.map((s) => s.ms));
      const longestTask = Math.max(...samples.map((s) => s.longestTask));
      const last = samples.at(-1)!;
      const redraw = samples[0]!.redrawMs === null ? 'n/a' : median(samples.map((s) => s.redrawMs!)).toFixed(0);
      console.log(
        `| ${label} | ${m.toFixed(0)} | ${(m / rawMedian).toFixed(2)}× | ${task(longestTask)} | ` +
          `${mb(last.heapMB)} (${mb(last.workerHeapMB)}) | ${redraw} | ${last.markers} |`,
      );
    }
    const own = rows[1]![1];
    recordResult({
      bench: '@bdw/data-map',
      measure: `${size.toLocaleString('en-US')} points (GeoJSON file), first clusters drawn`,
      stat: 'median',
      ms: median(own.map((s) => s.ms)),
      baseline: { label: 'raw Leaflet + supercluster on the main thread', ms: rawMedian },
      goal: { ratio: 1 },
    });
    recordResult({
      bench: '@bdw/data-map',
      measure: `${size.toLocaleString('en-US')} points, longest main-thread task while loading`,
      stat: 'max',
      ms: Math.max(...own.map((s) => s.longestTask)),
      baseline: {
        label: 'raw Leaflet + supercluster on the main thread',
        ms: Math.max(...rows[0]![1].map((s) => s.longestTask)),
      },
      goal: { ms: 50 },
    });
    if (rows[2]) {
      recordResult({
        bench: '@bdw/data-map',
        measure: `${size.toLocaleString('en-US')} points, first clusters drawn (vs markercluster)`,
        stat: 'median',
        ms: median(own.map((s) => s.ms)),
        baseline: { label: 'raw Leaflet + leaflet.markercluster', ms: median(rows[2][1].map((s) => s.ms)) },
        goal: { ratio: 1 },
      });
    }
  }
  await browser.close();
  server.close();
}

await main();
