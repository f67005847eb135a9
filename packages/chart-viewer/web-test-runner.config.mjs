import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { papaparseEsm, sourceWorker, wtrConfig } from '../../tests/config/wtr.mjs';

const config = wtrConfig();
export default {
  ...config,
  plugins: [papaparseEsm, ...config.plugins],
  middleware: [sourceWorker, catalogApiMiddleware(catalogApi)],
  testFramework: { config: { timeout: 20_000 } },
};
