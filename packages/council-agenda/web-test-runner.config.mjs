import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions } from '../../tests/config/chromium.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

/**
 * The shared config, with one change: the browser context runs in America/Bogota (UTC−5,
 * no daylight saving time), so every element test sees the meetings as a viewer in UTC−5
 * would. The live status and the times shown must still be Busan's (Asia/Seoul).
 * Chromium's zone is per context, not per test: a test cannot switch it, so the tests
 * inject the instant (`now` / `clock`) and check the Seoul computation.
 */
export default {
  ...wtrConfig(),
  // Serve the repository, so tests can import the seed data of apps/catalog-api.
  rootDir: '../..',
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: chromiumLaunchOptions,
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'America/Bogota' }),
    }),
  ],
};
