import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, collectPageErrors, launchChromium } from '../support/browser.js';
import {
  FALSE_POSITIVES,
  equalAccessViolations,
  startEqualAccess,
  stopEqualAccess,
  type FalsePositive,
} from '../support/equal-access.js';
import { serveDirectory, type StaticServer } from '../support/static-server.js';

/**
 * Story smoke: every story of the Storybook static build renders once in Chromium, with no uncaught error, no
 * console error, no axe violation and no IBM Equal Access (WCAG 2.2) violation.
 */
const STATIC_DIR = join(import.meta.dirname, '../../storybook-static');
const INDEX = join(STATIC_DIR, 'index.json');
if (!existsSync(INDEX)) throw new Error(`Build Storybook first (${INDEX} is missing): pnpm build-storybook`);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const stories = Object.values(
  (JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
).filter((entry) => entry.type === 'story');

/**
 * Custom elements of the story that are not defined, or that render nothing into their
 * shadow root: a bundler that drops a define module leaves a blank, "accessible" story.
 */
function undefinedOrEmptyElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    if (!root || root.childElementCount === 0) return ['#storybook-root is empty'];
    return [...root.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-'))
      .flatMap((el) => {
        if (!customElements.get(el.localName)) return [`<${el.localName}> is not defined`];
        const shadow = el.shadowRoot;
        const rendersSlotOnly = shadow?.childElementCount === 1 && shadow.firstElementChild?.localName === 'slot';
        if (shadow && !rendersSlotOnly && shadow.childElementCount === 0) return [`<${el.localName}> rendered nothing`];
        return [];
      });
  });
}

/** Storybook's iframe is the harness page, not a widget's: a page-level landmark is the embedding site's to give. */
const STORY_FRAME: FalsePositive = {
  ruleId: 'skip_main_exists',
  reason:
    "Storybook's preview iframe has no <main>; a widget has no page structure of its own (the portal's pages do).",
  matches: (issue) => issue.path === '/html[1]/body[1]',
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(STATIC_DIR);
  browser = await launchChromium();
  await startEqualAccess();
});
afterAll(async () => {
  await stopEqualAccess();
  await browser?.close();
  await server?.close();
});

describe('every story', () => {
  it('is found in the build', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  // Three stories at a time, each in its own context: a story waits on loading and rendering more than on the CPU.
  it.concurrent.for(stories.map((s) => ({ story: `${s.title} › ${s.name}`, id: s.id })))(
    '$story renders, clean and accessible',
    async ({ id }, { expect }) => {
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      try {
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
        // Storybook's preview reports each render's phase; wait until it settles.
        const phase = await page.waitForFunction(
          () => {
            const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
              .__STORYBOOK_PREVIEW__?.currentRender;
            return ['completed', 'finished', 'errored', 'aborted'].includes(render?.phase ?? '') && render?.phase;
          },
          undefined,
          { timeout: 20_000 },
        );
        expect(['completed', 'finished']).toContain(await phase.jsonValue());
        // Let the widget's first request settle into a state (loaded, empty, error or loading).
        await page.waitForTimeout(300);
        expect(await undefinedOrEmptyElements(page)).toEqual([]);
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
        expect(await equalAccessViolations(page, [...FALSE_POSITIVES, STORY_FRAME])).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
