import { wtrConfig } from '../../tests/config/wtr.mjs';

export default wtrConfig();
