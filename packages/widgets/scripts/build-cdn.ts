/**
 * Builds the CDN bundle (esbuild, ES modules with code splitting) into dist/cdn and writes
 * dist/cdn/sizes.json: the gzip size of what every page loads, and of each lazy chunk.
 */
import { build, type Metafile } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../dist/cdn');

const result = await build({
  entryPoints: {
    'bdw-widgets': here('../src/cdn.ts'),
    // The chart chunk starts its CSV worker from `new URL('./csv.worker.js', import.meta.url)`, next to itself.
    'chunks/csv.worker': here('../../chart-viewer/src/csv.worker.ts'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: here('../../../tests/config/tsconfig.esbuild.json'),
  // The data map's CSV worker and chart.js' optional adapters are not needed in the bundle's graph.
  logLevel: 'warning',
});

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
// chart.js and Leaflet are counted apart: they are the libraries the widgets wrap, not widget code.
const isLibrary = (file: string) =>
  Object.keys(outputs[file]!.inputs).some((input) => /node_modules\/(chart\.js|leaflet)\//.test(input));
const sizes = {
  initialGzip: [...initial].reduce((sum, file) => sum + gzip(file), 0),
  totalWithoutLibrariesGzip: Object.keys(outputs)
    .filter((file) => file.endsWith('.js') && !isLibrary(file))
    .reduce((sum, file) => sum + gzip(file), 0),
  lazyGzip: Object.fromEntries(lazy.map((file) => [file.replace(/^.*dist\/cdn\//, ''), gzip(file)])),
};
writeFileSync(here('../dist/cdn/sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
console.log(
  `CDN bundle: ${(sizes.initialGzip / 1024).toFixed(1)} KB gzip on every page, ` +
    `${(sizes.totalWithoutLibrariesGzip / 1024).toFixed(1)} KB for all widgets without chart.js and Leaflet; lazy chunks:`,
);
for (const [file, size] of Object.entries(sizes.lazyGzip)) console.log(`  ${file} ${(size / 1024).toFixed(1)} KB`);
