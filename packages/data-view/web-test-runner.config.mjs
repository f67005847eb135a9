import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { papaparseEsm, wtrConfig } from '../../tests/config/wtr.mjs';

// The real embedded catalogue answers on the test server's own origin (api="/"): the datastore resource
// busan-fatal-traffic-accidents-2020-1 and its CSV under /files/, as the portal serves them. papaparse (the CSV
// download, and the tests' own reading of the CSV) is served as an ES module.
const config = wtrConfig();
export default {
  ...config,
  plugins: [papaparseEsm, ...config.plugins],
  middleware: [catalogApiMiddleware(catalogApi)],
};
