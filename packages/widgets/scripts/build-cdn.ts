/**
 * Builds the CDN bundle (esbuild, ES modules with code splitting) into dist/cdn and writes
 * dist/cdn/sizes.json: the gzip size of what every page loads, and of each lazy chunk.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../dist/cdn');

const options = {
  entryPoints: {
    'bdw-widgets': here('../src/cdn.ts'),
    // Core's file loading (the chart's CSV, the file engine) starts its worker from `new URL('./data.worker.js',
    // import.meta.url)`, next to the chunk it is in.
    'chunks/data.worker': here('../../core/src/data/load/data.worker.ts'),
    // The map engine starts its worker the same way, from `./points.worker.js` next to its chunk.
    'chunks/points.worker': here('../../data-map/src/points.worker.ts'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: here('../../../tests/config/tsconfig.esbuild.json'),
  logLevel: 'warning',
} satisfies BuildOptions;

const result = await build({ ...options, legalComments: 'linked' });

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const outputs = (result.metafile as Metafile).outputs;
// Dynamic-import chunks have an entryPoint too; the bundle's own entry is cdn.ts.
const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint?.endsWith('src/cdn.ts'))!;

/** Files loaded by static imports from `file`, transitively: what every page pays for. */
function eager(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement') eager(imported.path, seen);
  return seen;
}

const initial = eager(entry);
const lazy = Object.keys(outputs).filter((file) => file.endsWith('.js') && !initial.has(file));

// chart.js and Leaflet are counted apart: they are the libraries the widgets wrap, not widget code. The chart chunk
// holds chart.js next to the element's own code, so the widgets' total comes from the same build with both left out.
const LIBRARIES = ['chart.js', 'chart.js/*', 'leaflet', 'leaflet/*'];
const withoutLibraries = await build({ ...options, write: false, external: LIBRARIES, logLevel: 'silent' });
const gzipBytes = (contents: Uint8Array) => gzipSync(contents, { level: 9 }).length;
/** A library on its own, minified, as the widgets import it. */
async function library(contents: string): Promise<number> {
  const built = await build({
    stdin: { contents, resolveDir: here('..'), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    define: options.define,
    logLevel: 'silent',
  });
  return gzipBytes(built.outputFiles[0]!.contents);
}

const sizes = {
  initialGzip: [...initial].reduce((sum, file) => sum + gzip(file), 0),
  totalWithoutLibrariesGzip: withoutLibraries.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .reduce((sum, file) => sum + gzipBytes(file.contents), 0),
  librariesGzip: {
    'chart.js': await library("export { Chart, registerables } from 'chart.js';"),
    leaflet: await library("export * from 'leaflet/dist/leaflet-src.esm.js';"),
  },
  lazyGzip: Object.fromEntries(lazy.map((file) => [file.replace(/^.*dist\/cdn\//, ''), gzip(file)])),
};
writeFileSync(here('../dist/cdn/sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
console.log(
  `CDN bundle: ${(sizes.initialGzip / 1024).toFixed(1)} KB gzip on every page, ` +
    `${(sizes.totalWithoutLibrariesGzip / 1024).toFixed(1)} KB for all widgets without chart.js ` +
    `(${(sizes.librariesGzip['chart.js'] / 1024).toFixed(1)} KB) and Leaflet ` +
    `(${(sizes.librariesGzip.leaflet / 1024).toFixed(1)} KB); lazy chunks:`,
);
for (const [file, size] of Object.entries(sizes.lazyGzip)) console.log(`  ${file} ${(size / 1024).toFixed(1)} KB`);
