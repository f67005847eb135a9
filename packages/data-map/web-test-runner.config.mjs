import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { sourceWorker, wtrConfig } from '../../tests/config/wtr.mjs';

/**
 * papaparse ships one UMD file; the test server serves ES modules only, so wrap it as one
 * (Vite and esbuild do this themselves in Storybook, apps and bundles).
 */
const papaparseAsEsm = {
  name: 'papaparse-esm',
  transform(context) {
    if (/\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) {
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`,
      };
    }
  },
};

const config = wtrConfig();
export default {
  ...config,
  plugins: [papaparseAsEsm, ...config.plugins],
  middleware: [sourceWorker, catalogApiMiddleware(catalogApi)],
};
