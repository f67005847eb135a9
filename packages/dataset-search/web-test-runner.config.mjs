import * as catalogApi from '@bdw/catalog-api';
import { catalogApiMiddleware } from '../../tests/config/catalog-api.mjs';
import { wtrConfig } from '../../tests/config/wtr.mjs';

/**
 * `ime`: real IME composition in Chromium (CDP `Input.imeSetComposition`), so the tests see the composition and
 * input events a Korean keyboard fires. Steps are `{ compose }` (the syllable being composed) or `{ commit }`.
 */
const imePlugin = {
  name: 'ime',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ime') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    try {
      for (const step of payload.steps) {
        if ('compose' in step) {
          const end = step.compose.length;
          await cdp.send('Input.imeSetComposition', { text: step.compose, selectionStart: end, selectionEnd: end });
        } else {
          await cdp.send('Input.insertText', { text: step.commit });
        }
      }
    } finally {
      await cdp.detach();
    }
    return true;
  },
};

const config = wtrConfig();
export default {
  ...config,
  plugins: [...config.plugins, imePlugin],
  middleware: [catalogApiMiddleware(catalogApi)],
};
