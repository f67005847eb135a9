/**
 * Screenshots of every portal page in light, dark, high contrast and forced colours, Korean and English, at 1280 and 390 px, to
 * look at (not a test; not in `npm test`). Needs a full build. `pnpm --filter @bdw/tests screenshots [filter]`
 * writes tests/e2e/screenshots/<page>-<theme>-<lang>-<width>.png; a filter keeps the names that contain it.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/browser.js';
import { startSite } from '../support/site.js';
import { PORTAL_PAGES, settle, withLangParam } from './portal-pages.js';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const THEMES = [
  ['light', { 'bdw-theme': 'light', 'bdw-contrast': 'normal' }],
  ['dark', { 'bdw-theme': 'dark', 'bdw-contrast': 'normal' }],
  ['contrast', { 'bdw-theme': 'light', 'bdw-contrast': 'high' }],
  // Windows high contrast and other forced-colour modes: the system's colours replace every colour.
  ['forced', { 'bdw-theme': 'light', 'bdw-contrast': 'normal' }],
] as const;
const filter = process.argv[2] ?? '';

mkdirSync(SHOTS, { recursive: true });
const site = await startSite();
const browser = await launchChromium();
try {
  for (const entry of PORTAL_PAGES) {
    const { path, name } = entry;
    for (const [theme, storage] of THEMES) {
      for (const lang of ['ko', 'en'] as const) {
        for (const width of [1280, 390]) {
          const file = `${name}-${theme}-${lang}-${width}`;
          if (!file.includes(filter)) continue;
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            locale: 'ko-KR',
            reducedMotion: 'reduce',
            forcedColors: theme === 'forced' ? 'active' : 'none',
          });
          await context.addInitScript(
            `for (const [k, v] of Object.entries(${JSON.stringify(storage)})) localStorage.setItem(k, v);`,
          );
          const page = await context.newPage();
          await page.goto(`${site.url}${withLangParam(path, lang)}`);
          await settle(page, entry);
          await page.screenshot({ path: `${SHOTS}${file}.png`, fullPage: true });
          await context.close();
          console.log(file);
        }
      }
    }
  }
} finally {
  await browser.close();
  site.stop();
}
