import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

// The real embedded catalogue answers on the test server's own origin (api="/"): the datastore resource
// busan-fatal-traffic-accidents-2020-1 and its CSV under /files/, as the portal serves them.
const config = wtrConfig();
export default { ...config, middleware: [catalogApiMiddleware(catalogApi)] };
