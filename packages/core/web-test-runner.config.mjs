import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { papaparseEsm, sourceWorker, wtrConfig } from '../../tests/config/wtr.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Real files the file engine is tested on (core cannot depend on @bdw/catalog-api, which depends on core). */
const FOLDERS = {
  '/files/': here('../../apps/catalog-api/data/files/'),
  '/fixtures/': here('../chart-viewer/test/fixtures/'),
};

/**
 * `/generated/accidents-<n>.csv`: the real 2020 fatal accident table's rows repeated in order up to `n` rows (at most
 * 1,000,000), for the engine's large-file path (over 50,000 rows the table stays in the worker).
 */
function generatedCsv(rows) {
  const [header, ...lines] = readFileSync(`${FOLDERS['/files/']}busan_fatal_traffic_accidents_2020.csv`, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const out = [header];
  for (let i = 0; i < rows; i++) out.push(lines[i % lines.length]);
  return Buffer.from(`${out.join('\n')}\n`);
}

const TYPES = {
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

const generated = new Map();

function fileRoutes(ctx, next) {
  const big = /^\/generated\/accidents-(\d+)\.csv$/.exec(ctx.path);
  if (big && Number(big[1]) <= 1_000_000) {
    const rows = Number(big[1]);
    if (!generated.has(rows)) generated.set(rows, generatedCsv(rows));
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = generated.get(rows);
    return undefined;
  }
  for (const [prefix, folder] of Object.entries(FOLDERS)) {
    const name = ctx.path.slice(prefix.length);
    if (ctx.path.startsWith(prefix) && /^[\w.-]+$/.test(name)) {
      let body;
      try {
        body = readFileSync(folder + name);
      } catch {
        ctx.status = 404;
        return undefined;
      }
      ctx.type = TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
      ctx.body = body;
      return undefined;
    }
  }
  return next();
}

const config = wtrConfig();
export default {
  ...config,
  plugins: [papaparseEsm, ...config.plugins],
  middleware: [sourceWorker, fileRoutes],
};
