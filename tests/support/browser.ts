import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { chromiumLaunchOptions } from '../config/chromium.mjs';

const require = createRequire(import.meta.url);

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** WCAG 2.0–2.2 A and AA: the rules KWCAG 2.2 maps to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (injected from node_modules) on `selector`, looking into open shadow roots. */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as { axe: { run(context: string, options: RunOptions): Promise<AxeResults> } })
        .axe;
      const result = await axe.run(selector, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    },
    { selector, tags: AXE_TAGS },
  );
}

/**
 * Collects what a page reports as broken: uncaught exceptions and console errors.
 * Chromium's own "Failed to load resource" lines are left out: stories of error
 * states answer with HTTP errors on purpose, and the widget must show them, not throw.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  return errors;
}
