import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

// The real embedded catalogue answers on the test server's own origin (api="/"): the
// market listings of apps/catalog-api/data/market-listings.json, as the portal serves them.
const config = wtrConfig();
export default { ...config, middleware: [catalogApiMiddleware(catalogApi)] };
