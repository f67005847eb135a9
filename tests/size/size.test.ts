import { describe, expect, it } from 'vitest';
import { CDN_INITIAL_KB, GOAL_KB, initialBudget, lazyBudget } from './budgets.js';
import { WIDGETS, ownSize } from './measure.js';
import { TABLE_COMMAND, TABLE_FILE, readCdnSizes, readCommittedTable, sizeTable, tableDifference } from './table.js';

/**
 * Size budgets, enforced: each widget's own code (minified + gzip, without Lit, @bdw/core, chart.js and Leaflet),
 * bundled with code splitting as a page's bundler would. What a page loads before the widget can draw (initial) is
 * held to the 10 KB goal; what it fetches later with `import()` (lazy) to a loose budget. Budgets: `budgets.ts`.
 */
const KB = 1024;

describe('size budgets', () => {
  it.each(Object.entries(WIDGETS))('%s stays within its budgets', async (tag, file) => {
    const size = await ownSize(file);
    const [initial, lazy] = [size.initial / KB, size.lazy / KB];
    console.log(
      `${tag}: ${initial.toFixed(2)} KB gzip initial (budget ${initialBudget(tag)} KB, goal ${GOAL_KB} KB), ` +
        `${lazy.toFixed(2)} KB lazy (budget ${lazyBudget(tag)} KB: ${size.dynamicImports.join(', ') || 'none'})`,
    );
    expect(initial, `${tag}: initial own code`).toBeLessThanOrEqual(initialBudget(tag));
    expect(lazy, `${tag}: lazy chunks`).toBeLessThanOrEqual(lazyBudget(tag));
  });

  it(`the CDN bundle costs a page at most ${CDN_INITIAL_KB} KB before any widget is used`, () => {
    const sizes = readCdnSizes();
    console.log(
      `CDN: ${(sizes.initialGzip / KB).toFixed(1)} KB on every page; ` +
        `${(sizes.totalWithoutLibrariesGzip / KB).toFixed(1)} KB for every widget without chart.js and Leaflet`,
    );
    expect(sizes.initialGzip / KB).toBeLessThanOrEqual(CDN_INITIAL_KB);
  });

  it(`the docs' size table (${TABLE_FILE}) is up to date`, async () => {
    const committed = readCommittedTable();
    const fresh = await sizeTable();
    const difference = committed === null ? 'it is missing' : tableDifference(committed, fresh);
    expect(difference, `${TABLE_FILE} is stale (${difference}): run \`${TABLE_COMMAND}\` and commit it`).toBeNull();
  });
});
