import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

const config = wtrConfig();
export default { ...config, middleware: [catalogApiMiddleware(catalogApi)] };
