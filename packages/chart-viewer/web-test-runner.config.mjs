import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { sourceWorker, wtrConfig } from '../../tests/config/wtr.mjs';

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
