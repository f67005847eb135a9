/**
 * <bdw-chart-viewer> at scale, printed side by side in one run:
 * 1. a 1,000,000-point line series: time to render in the element (rows property → chart drawn) vs a raw
 *    chart.js page with the same points, options and LTTB decimation (goal ≤ 1.1×);
 * 2. a 100,000-row CSV URL (the real fatal-accidents file's rows repeated) → parsed in the worker,
 *    counted by district, drawn (goal ≤ 1 s).
 * Run: pnpm --filter @bdw/chart-viewer bench
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, recordResult } from '../../../tests/config/bench-report.mjs';
import { chromiumLaunchOptions } from '../../../tests/config/chromium.mjs';

const POINTS = Number(process.env['BENCH_POINTS'] ?? 1_000_000);
const CSV_ROWS = Number(process.env['BENCH_CSV_ROWS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 9);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const tsconfig = here('../../../tests/config/tsconfig.esbuild.json');

async function bundle(options: Parameters<typeof build>[0]): Promise<Uint8Array> {
  const result = await build({
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig,
    conditions: ['production'],
    ...options,
  });
  return result.outputFiles![0]!.contents;
}

/** The real file's rows repeated up to `rows` (header once). */
function bigCsv(rows: number): string {
  const [header, ...lines] = readFileSync(
    here('../../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/);
  const out = [header];
  for (let i = 0; i < rows; i++) out.push(lines[i % lines.length]);
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  const app = await bundle({ entryPoints: [here('../src/bdw-chart-viewer.ts')] });
  const worker = await bundle({ entryPoints: [here('../../core/src/data/load/data.worker.ts')] });
  const raw = await bundle({
    stdin: {
      contents: `import { Chart, registerables } from 'chart.js'; Chart.register(...registerables); window.Chart = Chart;`,
      resolveDir: here('..'),
      loader: 'js',
    },
  });
  const csv = Buffer.from(bigCsv(CSV_ROWS));
  const page = (script: string) => `<!doctype html><html lang="ko"><body style="margin:0">
    <div id="host" style="width:960px"></div><script type="module" src="${script}"></script></body></html>`;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const js = (body: Uint8Array) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(body);
    };
    if (path === '/app.js') js(app);
    else if (path === '/data.worker.js') js(worker);
    else if (path === '/raw.js') js(raw);
    else if (path === '/data.csv') {
      res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Length': csv.length });
      res.end(csv);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page(path === '/raw' ? '/raw.js' : '/app.js'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // gc() between runs, so that one run does not pay for the garbage of the one before (either page).
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, '--js-flags=--expose-gc'],
  });

  const open = async (path: string) => {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
    await tab.addInitScript('window.__name = (fn) => fn');
    tab.on('crash', () => console.error(`page ${path} crashed`));
    tab.on('pageerror', (error) => console.error(`page ${path}: ${error.message}`));
    await tab.goto(base + path);
    return tab;
  };

  // 1. One million points, element vs raw chart.js (same points, options, decimation).
  const elementTab = await open('/');
  await elementTab.waitForFunction(() => customElements.get('bdw-chart-viewer'));
  const rawTab = await open('/raw');
  await rawTab.waitForFunction(() => (window as unknown as { Chart?: unknown }).Chart);
  const elementTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const elementMs = await elementTab.evaluate(async (n) => {
      const rows = Array.from({ length: n }, (_, i) => ({ t: i, v: Math.sin(i / 5000) * 1000 + ((i * 7919) % 211) }));
      const host = document.querySelector('#host')!;
      host.replaceChildren();
      (window as unknown as { gc?: () => void }).gc?.();
      const el = document.createElement('bdw-chart-viewer') as HTMLElement & { rows: unknown };
      for (const [k, v] of Object.entries({ type: 'line', x: 't', y: 'v', agg: 'none' })) el.setAttribute(k, v);
      const started = performance.now();
      const ready = new Promise((resolve) => el.addEventListener('bdw-chart-ready', resolve, { once: true }));
      el.rows = rows;
      host.append(el);
      await ready;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - started;
    }, POINTS);
    const rawMs = await rawTab.evaluate(async (n) => {
      const rows = Array.from({ length: n }, (_, i) => ({ t: i, v: Math.sin(i / 5000) * 1000 + ((i * 7919) % 211) }));
      const host = document.querySelector('#host')!;
      host.replaceChildren();
      (window as unknown as { gc?: () => void }).gc?.();
      const wrap = document.createElement('div');
      wrap.style.cssText = 'position:relative;height:22rem';
      const canvas = document.createElement('canvas');
      wrap.append(canvas);
      host.append(wrap);
      const { Chart } = window as unknown as { Chart: new (c: HTMLCanvasElement, config: unknown) => unknown };
      const started = performance.now();
      // The same conversion the page would do from its rows, then chart.js.
      const points = rows.map((r) => ({ x: r.t, y: r.v }));
      new Chart(canvas, {
        type: 'line',
        data: {
          datasets: [
            { label: 'v', data: points, parsing: false, normalized: true, borderWidth: 1, pointRadius: 0, fill: false },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          parsing: false,
          indexAxis: 'x',
          scales: { x: { type: 'linear' }, y: { type: 'linear' } },
          plugins: { decimation: { enabled: true, algorithm: 'lttb' }, legend: { display: false } },
        },
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - started;
    }, POINTS);
    if (run > 0) {
      elementTimes.push(elementMs);
      rawTimes.push(rawMs);
    }
  }

  await elementTab.close();
  await rawTab.close();

  // 2. A 100,000-row CSV URL → worker parse → count by district → drawn.
  const csvTab = await open('/');
  await csvTab.waitForFunction(() => customElements.get('bdw-chart-viewer'));
  const csvTimes: number[] = [];
  let parsedRows = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const result = await csvTab.evaluate(async (runIndex) => {
      const host = document.querySelector('#host')!;
      host.replaceChildren();
      const el = document.createElement('bdw-chart-viewer') as HTMLElement & { columns: unknown[] };
      for (const [k, v] of Object.entries({ x: '발생지시군구', agg: 'count', sort: 'value-desc' }))
        el.setAttribute(k, v);
      const started = performance.now();
      const ready = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('bdw-chart-ready', (e) => resolve(e as CustomEvent), { once: true }),
      );
      el.setAttribute('src', `/data.csv?run=${runIndex}`);
      host.append(el);
      const event = await ready;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const data = (el as unknown as { chartData: { series: { values: number[] }[] } }).chartData;
      return {
        ms: performance.now() - started,
        rows: data.series[0]!.values.reduce((a, b) => a + b, 0),
        points: (event.detail as { points: number }).points,
      };
    }, run);
    parsedRows = result.rows;
    if (run > 0) csvTimes.push(result.ms);
  }

  await browser.close();
  server.close();

  const e = median(elementTimes);
  const r = median(rawTimes);
  console.log(`chart.js 4.6.1, Chromium headless, 960 px wide; median of ${RUNS} runs after one warm-up\n`);
  console.log('| measure | median ms | ratio |');
  console.log('|---|---:|---:|');
  console.log(`| raw chart.js: ${POINTS.toLocaleString('en')}-point line, LTTB decimation | ${r.toFixed(0)} | 1.00× |`);
  console.log(
    `| <bdw-chart-viewer>: same rows → drawn (typing, summary, same decimation) | ${e.toFixed(0)} | ${(e / r).toFixed(2)}× (goal ≤ 1.1×) |`,
  );
  console.log(
    `| <bdw-chart-viewer>: ${CSV_ROWS.toLocaleString('en')}-row CSV URL (${(csv.length / 1048576).toFixed(1)} MB) → worker parse → count by district → drawn | ${median(csvTimes).toFixed(0)} | goal ≤ 1000 ms |`,
  );
  recordResult({
    bench: '@bdw/chart-viewer',
    measure: `${POINTS.toLocaleString('en')}-point line (rows → drawn, LTTB)`,
    stat: 'median',
    ms: e,
    baseline: { label: 'raw chart.js 4.6.1, same points and decimation', ms: r },
    goal: { ratio: 1.1 },
  });
  recordResult({
    bench: '@bdw/chart-viewer',
    measure: `${CSV_ROWS.toLocaleString('en')}-row CSV URL → drawn (worker parse, count)`,
    stat: 'median',
    ms: median(csvTimes),
    goal: { ms: 1000 },
  });
  if (parsedRows !== CSV_ROWS) throw new Error(`counted ${parsedRows} rows, expected ${CSV_ROWS}`);
}

await main();
