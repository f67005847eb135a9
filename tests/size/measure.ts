import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What "a widget's own code" excludes: Lit, the shared core, and the libraries it wraps. */
export const EXTERNAL = [
  'lit',
  'lit/*',
  '@lit/*',
  '@bdw/core',
  '@bdw/core/*',
  'chart.js',
  'chart.js/*',
  'leaflet',
  'leaflet/*',
];

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Minified + gzip (level 9) size in bytes of one define module with its own dependencies. */
export async function ownGzip(defineModule: string): Promise<number> {
  const result = await build({
    entryPoints: [root(defineModule)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external: EXTERNAL,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: root('tests/config/tsconfig.esbuild.json'),
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

export const WIDGETS: Record<string, string> = {
  'bdw-dataset-search': 'packages/dataset-search/dist/bdw-dataset-search.js',
  'bdw-market-card': 'packages/market-card/dist/bdw-market-card.js',
  'bdw-market-list': 'packages/market-card/dist/bdw-market-list.js',
  'bdw-council-agenda': 'packages/council-agenda/dist/bdw-council-agenda.js',
  'bdw-chart-viewer': 'packages/chart-viewer/dist/bdw-chart-viewer.js',
  'bdw-data-map': 'packages/data-map/dist/bdw-data-map.js',
  'bdw-catalog': 'packages/core/dist/bdw-catalog.js',
};
