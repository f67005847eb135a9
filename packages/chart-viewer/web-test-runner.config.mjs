import * as catalogApi from '@bdw/catalog-api';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

/**
 * The CSV worker is created from `new URL('./csv.worker.js', import.meta.url)`, as the published
 * `dist` has it; in tests the source is TypeScript, so `/src/*.js` that only exists as `.ts` is
 * served from the `.ts` file (which esbuild then compiles).
 */
function sourceWorker(ctx, next) {
  if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js')) {
    const ts = ctx.path.replace(/\.js$/, '.ts');
    if (!existsSync(fileURLToPath(new URL(`.${ctx.path}`, import.meta.url)))) ctx.url = ts;
  }
  return next();
}

/**
 * papaparse ships only UMD/CommonJS; bundlers (Vite, esbuild) convert it, the plain dev server does not.
 * Serve it as an ES module with a default export, so the worker and the page can import it.
 */
const papaparseEsm = {
  name: 'papaparse-esm',
  transform(context) {
    if (/\/papaparse(\.min)?\.js$/.test(context.path)) {
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`,
      };
    }
  },
};

const config = wtrConfig();
export default {
  ...config,
  plugins: [papaparseEsm, ...config.plugins],
  middleware: [sourceWorker, catalogApiMiddleware(catalogApi)],
  testFramework: { config: { timeout: 20_000 } },
};
