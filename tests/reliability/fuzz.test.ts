import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { openHarness, startHarness, type Harness, type PageWatch } from '../support/harness.js';
import type { PageApi, Settled } from '../support/page-helpers.js';
import { GOOD_FILES, accepts, fuzzInputs } from './inputs.js';

/**
 * Every malformed input (inputs.ts) into its widget, 25 widgets at a time on one page: no uncaught error or
 * unhandled rejection, and each widget settles in the state the input calls for (its error state, or empty where
 * that is honest; for nonsense attributes any settled state) — never stuck loading.
 */
let harness: Harness;
let browser: Browser;
let watch: PageWatch;

const BATCH = 25;
const inputs = fuzzInputs().filter(
  (i) => !process.env['FUZZ_ONLY'] || new RegExp(process.env['FUZZ_ONLY']).test(i.name),
);

beforeAll(async () => {
  harness = await startHarness();
  for (const [path, reply] of Object.entries(GOOD_FILES)) harness.put(path, reply);
  for (const input of inputs) for (const [path, reply] of Object.entries(input.files)) harness.put(path, reply);
  browser = await launchChromium();
  watch = await openHarness(browser, harness);
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

describe('malformed inputs', () => {
  it(`has at least 500 inputs (${inputs.length})`, () => {
    expect(inputs.length).toBeGreaterThanOrEqual(500);
  });

  it('never throw, and every widget ends in its error (or empty) state', async () => {
    const { page, errors } = watch;
    const wrong: string[] = [];
    const uncaught: string[] = [];
    const tally: Record<string, number> = {};
    for (let start = 0; start < inputs.length; start += BATCH) {
      const batch = inputs.slice(start, start + BATCH);
      const before = errors.length;
      const settled: Settled[] = await page.evaluate(
        (specs) => (window as unknown as { bdw: PageApi }).bdw.mount(specs, 10_000),
        batch.map((i) => i.spec),
      );
      // Late failures (timers, workers, animation frames) belong to this batch too.
      await page.waitForTimeout(50);
      if (process.env['FUZZ_DEBUG']) {
        console.log(
          await page.evaluate(() =>
            [...document.getElementById('root')!.children].map((el) =>
              (el.shadowRoot?.innerHTML ?? '')
                .replace(/<!--[^>]*-->/g, '')
                .replace(/\s+/g, ' ')
                .slice(0, 700),
            ),
          ),
        );
      }
      await page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.clear());
      const inPage = await page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.errors.splice(0));
      const thrown = [...errors.slice(before), ...inPage];
      if (thrown.length)
        uncaught.push(`inputs ${start}–${start + batch.length - 1}: ${thrown.join(' / ').slice(0, 400)}`);
      settled.forEach((s, k) => {
        const input = batch[k]!;
        tally[s.state] = (tally[s.state] ?? 0) + 1;
        if (!accepts(input.expect, s.state) || s.timedOut) {
          wrong.push(`${input.name}: ${s.state}${s.timedOut ? ' (timed out)' : ''}, expected ${input.expect}`);
        }
      });
    }
    console.log(`fuzz: ${inputs.length} inputs, end states ${JSON.stringify(tally)}`);
    expect(uncaught).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
