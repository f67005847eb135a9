/**
 * Initial render of 100,000 points: <bdw-data-map> (supercluster, clusters drawn for the view)
 * next to raw Leaflet + leaflet.markercluster on the same points, in one run, in Chromium.
 * Points are generated deterministically around the 100 real 2020 fatal-accident locations in Busan.
 * Run: pnpm --filter @bdw/data-map bench   (BENCH_POINTS, BENCH_RUNS to change the size and runs)
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, recordResult } from '../../../tests/config/bench-report.mjs';
import { chromiumLaunchOptions } from '../../../tests/config/chromium.mjs';
import { csvToGeoJSON } from '../src/csv.js';

const POINTS = Number(process.env['BENCH_POINTS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Deterministic points: the real accident coordinates, each jittered by up to ~2 km (mulberry32 PRNG). */
function generatePoints(count: number): [number, number][] {
  const csv = readFileSync(here('../../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv'), 'utf8');
  const seeds = csvToGeoJSON(csv).collection.features.map((f) => f.geometry.coordinates as [number, number]);
  let state = 20200101;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, (_, i) => {
    const [lng, lat] = seeds[i % seeds.length]!;
    return [lng + (random() - 0.5) * 0.04, lat + (random() - 0.5) * 0.04];
  });
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
  });
  return result.outputFiles[0]!.contents;
}

async function main(): Promise<void> {
  const [element, raw] = await Promise.all([bundle(here('../src/bdw-data-map.ts')), bundle(here('./raw-leaflet.ts'))]);
  const css = ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css']
    .map((p) => readFileSync(fileURLToPath(import.meta.resolve(p)), 'utf8'))
    .join('\n');
  const points = JSON.stringify(generatePoints(POINTS));
  const page = (body: string, script: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <style>${css} #raw, bdw-data-map { width: 900px; height: 600px; display: block; }</style></head>
    <body>${body}<script type="module" src="/${script}"></script></body></html>`;
  const server = createServer((req, res) => {
    const send = (type: string, body: string | Uint8Array) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (req.url === '/element.js') send('text/javascript', element);
    else if (req.url === '/raw.js') send('text/javascript', raw);
    else if (req.url === '/points.json') send('application/json', points);
    else if (req.url === '/element')
      send('text/html', page('<bdw-data-map style="--bdw-data-map-height: 600px"></bdw-data-map>', 'element.js'));
    else if (req.url === '/raw') send('text/html', page('<div id="raw"></div>', 'raw.js'));
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);

  const measureElement = async () => {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
    await tab.addInitScript('window.__name = (fn) => fn');
    await tab.goto(`${base}/element`);
    await tab.waitForFunction(() => (document.querySelector('bdw-data-map') as { leafletMap?: unknown }).leafletMap);
    const ms = await tab.evaluate(async () => {
      const coords = (await (await fetch('/points.json')).json()) as [number, number][];
      const data = {
        type: 'FeatureCollection',
        features: coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })),
      };
      const el = document.querySelector('bdw-data-map') as HTMLElement & { layers: unknown };
      const root = el.shadowRoot!;
      const started = performance.now();
      el.layers = [{ id: 'points', title: 'points', data }];
      await new Promise<void>((resolve) => {
        const check = () => root.querySelector('.leaflet-marker-icon') !== null;
        if (check()) return resolve();
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root, { subtree: true, childList: true });
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - started;
    });
    const markers = await tab.evaluate(
      () => document.querySelector('bdw-data-map')!.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length,
    );
    await tab.close();
    return { ms, markers };
  };

  const measureRaw = async () => {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await tab.goto(`${base}/raw`);
    await tab.waitForFunction(() => typeof (window as { renderRaw?: unknown }).renderRaw === 'function');
    const ms = await tab.evaluate(async () => {
      const coords = (await (await fetch('/points.json')).json()) as [number, number][];
      return (window as unknown as { renderRaw(p: [number, number][]): Promise<number> }).renderRaw(coords);
    });
    const markers = await tab.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length);
    await tab.close();
    return { ms, markers };
  };

  const own: number[] = [];
  const baseline: number[] = [];
  let ownMarkers = 0;
  let rawMarkers = 0;
  for (let run = 0; run < RUNS; run++) {
    const a = await measureElement();
    const b = await measureRaw();
    own.push(a.ms);
    baseline.push(b.ms);
    ownMarkers = a.markers;
    rawMarkers = b.markers;
  }
  await browser.close();
  server.close();

  const rawMedian = median(baseline);
  console.log(
    `initial render of ${POINTS.toLocaleString('en-US')} points (median of ${RUNS} runs, 900×600 map, Chromium)`,
  );
  console.log('\n| renderer | median ms | min ms | markers in view | ÷ raw |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [label, samples, markers] of [
    ['raw Leaflet 1.9.4 + leaflet.markercluster 1.5.3', baseline, rawMarkers],
    ['<bdw-data-map> (supercluster)', own, ownMarkers],
  ] as const) {
    const m = median(samples);
    console.log(
      `| ${label} | ${m.toFixed(0)} | ${Math.min(...samples).toFixed(0)} | ${markers} | ${(m / rawMedian).toFixed(2)}× |`,
    );
  }
  recordResult({
    bench: '@bdw/data-map',
    measure: `${POINTS.toLocaleString('en-US')} points, initial render (clustered)`,
    stat: 'median',
    ms: median(own),
    baseline: { label: 'raw Leaflet 1.9.4 + leaflet.markercluster 1.5.3', ms: rawMedian },
    goal: { ratio: 1 },
  });
}

await main();
