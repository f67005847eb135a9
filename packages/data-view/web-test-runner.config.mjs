import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

/** papaparse ships only UMD/CommonJS: served as an ES module with a default export (as bundlers convert it). */
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

// The real embedded catalogue answers on the test server's own origin (api="/"): the datastore resource
// busan-fatal-traffic-accidents-2020-1 and its CSV under /files/, as the portal serves them.
const config = wtrConfig();
export default { ...config, plugins: [papaparseEsm, ...config.plugins], middleware: [catalogApiMiddleware(catalogApi)] };
