import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';

/**
 * The portal's linked dashboard (one `<bdw-view>` of the 2020 fatal accidents, no page JavaScript for the linking):
 * a filter value, a bar and a map district each filter every other widget. Every number is computed here from the
 * real CSV with papaparse; the widgets' numbers are read from the page.
 */
const CSV = readFileSync(
  new URL('../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url),
  'utf8',
);
const rows = Papa.parse<Record<string, string>>(CSV.replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
}).data;
const countBy = (field: string, keep: (row: Record<string, string>) => boolean) => {
  const out: Record<string, number> = {};
  for (const row of rows.filter(keep)) out[row[field]!] = (out[row[field]!] ?? 0) + 1;
  return out;
};

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.stop();
});

async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ko-KR',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${site.url}/dashboard.html${query}`);
  await page.waitForFunction(`!!document.querySelector('bdw-view')?.engine`, undefined, { timeout: 20_000 });
  return { page, errors };
}

/** What each widget of the view shows now. */
interface Shown {
  filters: unknown;
  table: number | null;
  weekday: Record<string, number>;
  districts: Record<string, number>;
}
const shown = (page: Page): Promise<Shown> =>
  page.evaluate(`(() => {
    const view = document.querySelector('bdw-view');
    const weekday = view.querySelector('bdw-chart-viewer[x="요일"]');
    const data = weekday.chartData;
    const map = view.querySelector('bdw-data-map');
    const joined = (map.loadedLayers ?? []).find((l) => l.choropleth);
    const districts = {};
    if (joined) joined.collection.features.forEach((f, i) => { districts[f.properties.SGGNM] = joined.choropleth.values[i]; });
    return {
      filters: view.filters,
      table: view.querySelector('bdw-data-table').total,
      weekday: data && data.kind === 'category' ? Object.fromEntries(data.labels.map((l, i) => [l, data.series[0].values[i]])) : {},
      districts,
    };
  })()`);

const expectShown = async (
  page: Page,
  keep: (row: Record<string, string>) => boolean,
  own: { weekday?: string[]; district?: string[] },
) => {
  const total = rows.filter(keep).length;
  // The weekday chart and the map leave out their own field's filter (highlight, not collapse).
  const withoutWeekday = (row: Record<string, string>) => keep({ ...row, 요일: own.weekday?.[0] ?? row['요일']! });
  const withoutDistrict = (row: Record<string, string>) =>
    keep({ ...row, 발생지시군구: own.district?.[0] ?? row['발생지시군구']! });
  await expect
    .poll(() => shown(page), { timeout: 20_000 })
    .toMatchObject({
      table: total,
      weekday: countBy('요일', own.weekday ? withoutWeekday : keep),
    });
  const districts = countBy('발생지시군구', own.district ? withoutDistrict : keep);
  await expect
    .poll(
      async () => {
        const now = (await shown(page)).districts;
        return Object.fromEntries(Object.entries(now).filter(([name]) => name in districts));
      },
      { timeout: 20_000 },
    )
    .toEqual(districts);
};

describe('the linked accident dashboard', () => {
  it('a filter value, a bar and a district each filter every other widget; the URL keeps them', async () => {
    const { page, errors } = await open();
    await expectShown(page, () => true, {});
    expect(rows.filter((r) => r['발생지시군구'] === '사상구')).toHaveLength(11);

    // 1. A filter value: 차대사람 (accidents involving a pedestrian).
    await page
      .locator('bdw-filter[field="사고유형_대분류"]')
      .getByRole('checkbox', { name: /차대사람/ })
      .check();
    const pedestrian = (r: Record<string, string>) => r['사고유형_대분류'] === '차대사람';
    await expectShown(page, pedestrian, {});

    // 2. A bar: 토 on the weekday chart, clicked with the mouse where chart.js drew it.
    const bar = await page.evaluate(`(() => {
      const element = document.querySelector('bdw-chart-viewer[x="요일"]');
      element.scrollIntoView({ block: 'center' });
      const chart = element.chart;
      const index = chart.data.labels.indexOf('토');
      const point = chart.getDatasetMeta(0).data[index].getCenterPoint();
      const rect = chart.canvas.getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    })()`);
    await page.mouse.click((bar as { x: number }).x, (bar as { y: number }).y);
    const saturday = (r: Record<string, string>) => pedestrian(r) && r['요일'] === '토';
    await expectShown(page, saturday, { weekday: ['토'] });

    // 3. A district on the map, by keyboard: focus 사상구 and press Enter.
    await page.evaluate(`document.querySelector('bdw-data-map').scrollIntoView()`);
    const district = page.locator('bdw-data-map').locator('[aria-pressed][aria-label^="사상구"]');
    await district.focus();
    await page.keyboard.press('Enter');
    const sasang = (r: Record<string, string>) => saturday(r) && r['발생지시군구'] === '사상구';
    await expectShown(page, sasang, { weekday: ['토'], district: ['사상구'] });
    await expect.poll(() => district.getAttribute('aria-pressed')).toBe('true');
    expect((await shown(page)).filters).toEqual({
      사고유형_대분류: ['차대사람'],
      요일: ['토'],
      발생지시군구: ['사상구'],
    });

    // The address keeps the filters: the same page opened from it shows the same numbers.
    const url = new URL(page.url());
    expect(url.searchParams.getAll('accidents.요일')).toEqual(['토']);
    const again = await open(url.search);
    await expectShown(again.page, sasang, { weekday: ['토'], district: ['사상구'] });

    // Back undoes the last filter.
    await page.goBack();
    await expectShown(page, saturday, { weekday: ['토'] });
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
