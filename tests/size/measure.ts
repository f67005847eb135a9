import { build, type Metafile } from 'esbuild';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
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

export interface OwnSize {
  /** Minified + gzip bytes of the define module and the chunks it imports statically (transitively): what a page pays. */
  initial: number;
  /** The chunks only reached through a dynamic `import()`: fetched when a feature needs them. */
  lazy: number;
  /** Every output chunk (relative to the output directory) with its gzip bytes and whether it is initial. */
  chunks: { file: string; gzip: number; initial: boolean }[];
  /** The modules loaded with `import()` (file names, sorted): what is lazy. */
  dynamicImports: string[];
  metafile: Metafile;
}

const measured = new Map<string, Promise<OwnSize>>();

/** {@link measureOwnSize}, once per module and process (the budgets and the size table share it). */
export function ownSize(defineModule: string): Promise<OwnSize> {
  let size = measured.get(defineModule);
  if (!size) {
    size = measureOwnSize(defineModule);
    measured.set(defineModule, size);
  }
  return size;
}

/**
 * The size of one define module's own code, bundled as a page's bundler would (ES modules with code
 * splitting): each chunk minified and gzipped (level 9) on its own, as it is fetched.
 */
export async function measureOwnSize(defineModule: string): Promise<OwnSize> {
  const outdir = join(tmpdir(), 'bdw-size');
  const result = await build({
    entryPoints: [root(defineModule)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir,
    metafile: true,
    external: EXTERNAL,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: root('tests/config/tsconfig.esbuild.json'),
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory; output files carry absolute paths.
  const outputs = result.metafile.outputs;
  const absolute = (file: string) => resolve(file);
  const entry = Object.keys(outputs).find(
    (file) => outputs[file]!.entryPoint && absolute(outputs[file]!.entryPoint!) === root(defineModule),
  );
  if (!entry) throw new Error(`no output for ${defineModule}`);
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file]!.imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  const initialFiles = new Set([...initial].map(absolute));
  const chunks = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => ({
      file: file.path.slice(outdir.length + 1),
      gzip: gzipSync(file.contents, { level: 9 }).length,
      initial: initialFiles.has(file.path),
    }));
  const sum = (list: typeof chunks) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  // Dynamic-import targets are entry points of their own chunks.
  const dynamicImports = Object.values(outputs)
    .map((output) => output.entryPoint)
    .filter((input): input is string => input !== undefined && absolute(input) !== root(defineModule))
    .map((input) => basename(input))
    .sort();
  return {
    initial: sum(chunks.filter((chunk) => chunk.initial)),
    lazy: sum(chunks.filter((chunk) => !chunk.initial)),
    chunks,
    dynamicImports,
    metafile: result.metafile,
  };
}

export const WIDGETS: Record<string, string> = {
  'bdw-dataset-search': 'packages/dataset-search/dist/bdw-dataset-search.js',
  'bdw-market-card': 'packages/market-card/dist/bdw-market-card.js',
  'bdw-market-list': 'packages/market-card/dist/bdw-market-list.js',
  'bdw-council-agenda': 'packages/council-agenda/dist/bdw-council-agenda.js',
  'bdw-chart-viewer': 'packages/chart-viewer/dist/bdw-chart-viewer.js',
  'bdw-data-map': 'packages/data-map/dist/bdw-data-map.js',
  'bdw-data-table': 'packages/data-view/dist/bdw-data-table.js',
  'bdw-filter': 'packages/data-view/dist/bdw-filter.js',
  'bdw-catalog': 'packages/core/dist/bdw-catalog.js',
};
