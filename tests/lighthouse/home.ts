/**
 * Lighthouse (Debian Chromium) on the built portal pages served as `npm start` serves them.
 * Prints the four category scores. Run: pnpm --filter @bdw/tests lighthouse
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../config/chromium.mjs';
import { startSite } from '../support/site.js';

const PAGES = process.env['LH_PAGES']?.split(',') ?? ['/', '/search.html?ds.q=주차', '/council.html'];

const site = await startSite();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  console.log('| page | preset | performance | accessibility | best practices | SEO |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const [path, preset] of PAGES.flatMap((p) => [[p, 'desktop'] as const, [p, 'mobile'] as const])) {
    const flags = {
      port: chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    };
    // Lighthouse's own presets: desktop (dense 4G, no CPU slowdown) and its default mobile (slow 4G, 4× CPU).
    const result = await lighthouse(`${site.url}${path}`, flags, preset === 'desktop' ? desktopConfig : undefined);
    const c = result!.lhr.categories;
    const audits = result!.lhr.audits;
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ];
    console.error(path, preset, metrics.map((key) => `${key} ${audits[key]?.displayValue}`).join(', '));
    const failed = (result!.lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    if (failed.length) console.error(path, preset, 'accessibility audits failing:', failed.join(', '));
    const score = (key: string) => Math.round((c[key]?.score ?? 0) * 100);
    console.log(
      `| ${path} | ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
    );
  }
} finally {
  await chrome.kill();
  site.stop();
}
