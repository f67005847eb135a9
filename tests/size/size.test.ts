import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WIDGETS, ownGzip } from './measure.js';

/**
 * Size budgets, enforced: each widget's own code (minified + gzip, without Lit, @bdw/core,
 * chart.js and Leaflet) and what the CDN bundle costs every page. The goal is 10 KB a widget;
 * where a widget is over it today, its budget is its measured size, so it cannot grow unnoticed.
 */
const GOAL_KB = 10;
const OVER_GOAL_KB: Record<string, number> = {
  // 10.0 KB, a few bytes over since the Trusted Types-safe JSON-LD writer; the bench's measure (from src) says 9.7.
  'bdw-dataset-search': 10.3,
  // papaparse (7 KB) is bundled for streaming CSV.
  'bdw-chart-viewer': 26,
  // Leaflet's own CSS as text (15 KB before gzip) and supercluster are bundled.
  'bdw-data-map': 31,
  'bdw-market-list': 12.5,
  'bdw-council-agenda': 12,
};
const CDN_INITIAL_KB = 40;

describe('size budgets', () => {
  it.each(Object.entries(WIDGETS))('%s stays within its budget', async (tag, file) => {
    const kb = (await ownGzip(file)) / 1024;
    const budget = OVER_GOAL_KB[tag] ?? GOAL_KB;
    console.log(`${tag}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB, goal ${GOAL_KB} KB)`);
    expect(kb).toBeLessThanOrEqual(budget);
  });

  it(`the CDN bundle costs a page at most ${CDN_INITIAL_KB} KB before any widget is used`, () => {
    const sizes = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../packages/widgets/dist/cdn/sizes.json', import.meta.url)), 'utf8'),
    ) as { initialGzip: number; totalWithoutLibrariesGzip: number };
    console.log(
      `CDN: ${(sizes.initialGzip / 1024).toFixed(1)} KB on every page; ` +
        `${(sizes.totalWithoutLibrariesGzip / 1024).toFixed(1)} KB for every widget without chart.js and Leaflet`,
    );
    expect(sizes.initialGzip / 1024).toBeLessThanOrEqual(CDN_INITIAL_KB);
  });
});
