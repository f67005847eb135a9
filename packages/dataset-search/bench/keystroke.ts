/**
 * <bdw-dataset-search> at the seed's scale: from the Enter key to the new results painted,
 * against the 145,000-dataset catalogue over HTTP, next to the raw fetch of the same
 * package_search (the network + server floor), and the element's own gzip size.
 * Run: pnpm --filter @bdw/dataset-search bench
 */
import { DEFAULT_DB, createCatalogApi, seed } from '@bdw/catalog-api';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { percentile, recordResult } from '../../../tests/config/bench-report.mjs';
import { chromiumLaunchOptions } from '../../../tests/config/chromium.mjs';

const SIZE = Number(process.env['BENCH_SIZE'] ?? 145_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const QUERIES = [
  '주차',
  '방사선',
  '버스 정류장',
  '관광',
  '미세먼지',
  '부산 교통',
  '어린이집',
  'CCTV',
  '공원',
  '도서관',
];
const entry = fileURLToPath(new URL('../src/bdw-dataset-search.ts', import.meta.url));

async function bundle(external: string[]): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external,
    target: 'es2022',
    tsconfig: join(dirname(entry), '../../../tests/config/tsconfig.esbuild.json'),
    conditions: ['production'],
  });
  return result.outputFiles[0]!.contents;
}

const gzipKb = (bytes: Uint8Array) => (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);

async function main(): Promise<void> {
  const own = await bundle(['lit', 'lit/*', '@lit/*', '@bdw/core']);
  const withCore = await bundle(['lit', 'lit/*', '@lit/*']);
  const page = await bundle([]);

  const dbPath = DEFAULT_DB.replace(/catalog\.db$/, `catalog-${SIZE}.db`);
  const seeded = seed(dbPath, { size: SIZE });
  const api = createCatalogApi({ dbPath, log: () => {} });
  const server = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(page);
    } else if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="ko"><body>
        <bdw-dataset-search api="/" debounce="0" facets="organization,groups,res_format"></bdw-dataset-search>
        <script type="module" src="/app.js"></script></body></html>`);
    } else api.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await chromium.launch(chromiumLaunchOptions);
  const tab = await browser.newPage();
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
  await tab.addInitScript('window.__name = (fn) => fn');
  await tab.goto(base);
  await tab.waitForFunction(() => document.querySelector('bdw-dataset-search')?.shadowRoot?.querySelector('.results'));

  const painted: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    for (const q of QUERIES) {
      // Alternate with a neutral query so every measured search changes the results.
      const query = run % 2 ? q : `${q} `;
      const [toPaint, toFetch] = await tab.evaluate(async (text) => {
        const el = document.querySelector('bdw-dataset-search')!;
        const root = el.shadowRoot!;
        const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        const done = () => {
          const list = root.querySelector<HTMLElement>('.results');
          return list?.dataset['query'] === text && list.getAttribute('aria-busy') === 'false';
        };
        const started = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input'));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        // Noticed as soon as the DOM changes, not a frame later.
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        // The frame after the DOM update is the one that paints it.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const paint = performance.now() - started;
        const fetchStarted = performance.now();
        const params = new URLSearchParams({
          q: text,
          rows: '10',
          start: '0',
          sort: 'score desc, metadata_modified desc',
          'facet.field': JSON.stringify(['organization', 'groups', 'res_format']),
          'facet.limit': '50',
        });
        await (await fetch(`/api/3/action/package_search?${params}`)).json();
        return [paint, performance.now() - fetchStarted];
      }, query);
      if (run > 0) {
        painted.push(toPaint);
        raw.push(toFetch);
      }
    }
  }
  await browser.close();
  server.close();
  api.close();

  console.log(
    `catalogue: ${seeded.packages} datasets; ${QUERIES.length} queries × ${RUNS} runs, Enter → results painted`,
  );
  console.log('\n| measure | p50 ms | p95 ms | p95 ÷ raw |');
  console.log('|---|---:|---:|---:|');
  const rawP95 = percentile(raw, 95);
  for (const [label, samples] of [
    ['raw fetch of the same package_search (JSON parsed)', raw],
    ['<bdw-dataset-search>: Enter → results painted', painted],
  ] as const) {
    const p95 = percentile(samples, 95);
    console.log(
      `| ${label} | ${percentile(samples, 50).toFixed(1)} | ${p95.toFixed(1)} | ${(p95 / rawP95).toFixed(2)}× |`,
    );
  }
  recordResult({
    bench: '@bdw/dataset-search',
    measure: `Enter → results painted, ${(seeded.packages / 1000).toFixed(0)}k datasets`,
    stat: 'p95',
    ms: percentile(painted, 95),
    baseline: { label: 'raw fetch of the same package_search', ms: rawP95 },
    goal: { ms: 50 },
  });
  console.log('\n| bundle (minified) | gzip KB |');
  console.log('|---|---:|');
  console.log(`| element's own code (lit and @bdw/core external) | ${gzipKb(own)} |`);
  console.log(`| element + the parts of @bdw/core it uses (lit external) | ${gzipKb(withCore)} |`);
  console.log(`| everything, lit included | ${gzipKb(page)} |`);
}

await main();
