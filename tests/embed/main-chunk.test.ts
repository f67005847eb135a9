import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { CDN_INITIAL_KB } from '../size/budgets.js';

/**
 * What a bundler user pays on first load: a tiny Vite app (vite-app/) built against the workspace packages, as
 * `npm i @bdw/widgets` gives it. chart.js (about 70 KB gzip) must not be in the entry chunk nor in any chunk the
 * entry imports statically; it belongs to the chunk fetched when a chart has data.
 */

const APP = fileURLToPath(new URL('./vite-app/', import.meta.url));

type Chunk = Rollup.OutputChunk;

async function buildApp(entry: string): Promise<Chunk[]> {
  // A production build, as `vite build` makes it (vitest sets NODE_ENV=test, which Vite would build for).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    const output = (await build({
      root: APP,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, rollupOptions: { input: `${APP}${entry}` } },
    })) as Rollup.RollupOutput;
    return output.output.filter((file): file is Chunk => file.type === 'chunk');
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}

/** The entry chunk and every chunk it imports statically, transitively: what the page loads before anything is used. */
function initialChunks(chunks: Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) visit(byName.get(file)!);
  };
  for (const chunk of chunks.filter((c) => c.isEntry)) visit(chunk);
  return [...seen];
}

const fromChartJs = (chunk: Chunk) => chunk.moduleIds.filter((id) => /[\\/]node_modules[\\/]chart\.js[\\/]/.test(id));
const gzipKb = (chunks: Chunk[]) => chunks.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0) / 1024;

describe.each([
  ['every element registered (import "@bdw/widgets")', 'every-element.ts'],
  ['the autoloader (import "@bdw/widgets/autoloader")', 'autoloader.ts'],
])('a Vite app with %s', (_name, entry) => {
  it('has no chart.js in its initial chunks, and chart.js in a lazy one', { timeout: 120_000 }, async () => {
    const chunks = await buildApp(entry);
    const initial = initialChunks(chunks);
    expect(initial.length).toBeGreaterThan(0);
    expect(initial.flatMap(fromChartJs)).toEqual([]);
    // chart.js is still in the app (the test would pass vacuously otherwise), in a chunk loaded with import().
    const lazy = chunks.filter((chunk) => !initial.includes(chunk));
    expect(lazy.flatMap(fromChartJs)).not.toEqual([]);
    console.log(`${entry}: initial ${gzipKb(initial).toFixed(1)} KB gzip in ${initial.length} chunk(s)`);
  });
});

it(`the autoloader costs a Vite app no more than the CDN bundle's budget (${CDN_INITIAL_KB} KB) before a widget is used`, async () => {
  const initial = initialChunks(await buildApp('autoloader.ts'));
  expect(gzipKb(initial)).toBeLessThanOrEqual(CDN_INITIAL_KB);
});
