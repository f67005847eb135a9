import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, collectPageErrors, launchChromium } from '../support/browser.js';
import { equalAccessViolations, startEqualAccess, stopEqualAccess } from '../support/equal-access.js';
import { startSite, type Site } from '../support/site.js';
import { focused, tabTo } from './keyboard.js';
import { inShadow, PORTAL_PAGES, settle, withLangParam } from './portal-pages.js';

/** End-to-end journeys on the built portal, against the real catalog-api on one origin. */
let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
  await startEqualAccess();
});
afterAll(async () => {
  await stopEqualAccess();
  await browser?.close();
  site?.stop();
});

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  // Reduced motion: pages are checked settled, not halfway through a map's zoom animation.
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'ko-KR',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${site.url}${path}`);
  return { page, errors };
}

const PAGES = [
  ...PORTAL_PAGES.map((p) => [p.path, p.name, p.host || 'main', p.inner] as const),
  ['/docs/', 'docs', 'main', ''],
  ['/docs/api.html', 'docs-api', '#reference', ''],
  ['/docs/examples.html', 'docs-examples', '#preview', ''],
  ['/docs/performance.html', 'docs-performance', '#benchmarks table', ''],
] as const;

describe('every page', () => {
  it.each(PAGES)('%s is axe clean and logs no console error', async (path, _name, host, inner) => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(path, width);
      if (inner) await inShadow(page, host, inner);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page, 'body')).toEqual([]);
      // The portal's own pages also pass IBM Equal Access (WCAG 2.2), which reads inside shadow roots.
      if (PORTAL_PAGES.some((p) => p.path === path)) expect(await equalAccessViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it.each(PORTAL_PAGES)('$name in English passes IBM Equal Access too', async (entry) => {
    const { page, errors } = await open(withLangParam(entry.path, 'en'), 390);
    await settle(page, entry);
    expect(await equalAccessViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * Reflow (KWCAG 2.2 / WCAG 1.4.10): nothing scrolls sideways at 320 CSS px, whether a phone is 320 px wide or a
 * 1280 px window is zoomed to 400 % (320 × 225 CSS px at 4 device pixels per px), in Korean and in English.
 */
describe('reflow at 320 px and at 400 % zoom', () => {
  const VIEWPORTS = [
    ['320 px', { width: 320, height: 640 }, 1],
    ['400 % zoom', { width: 320, height: 225 }, 4],
  ] as const;
  it.each(
    VIEWPORTS.flatMap(([label, viewport, scale]) =>
      (['ko', 'en'] as const).map((lang) => [label, lang, viewport, scale] as const),
    ),
  )(
    '%s, %s: every portal page fits its width',
    async (_label, lang, viewport, deviceScaleFactor) => {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor,
        locale: 'ko-KR',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const widths: Record<string, string> = {};
      for (const entry of PORTAL_PAGES) {
        await page.goto(`${site.url}${withLangParam(entry.path, lang)}`);
        await settle(page, entry);
        expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
        const { scrollWidth, innerWidth } = (await page.evaluate(
          '({ scrollWidth: document.documentElement.scrollWidth, innerWidth })',
        )) as { scrollWidth: number; innerWidth: number };
        widths[entry.name] = `${scrollWidth}/${innerWidth}`;
      }
      expect(widths).toEqual(
        Object.fromEntries(PORTAL_PAGES.map((p) => [p.name, `${viewport.width}/${viewport.width}`])),
      );
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('journeys', () => {
  it('search 주차 → filter → open a dataset → back keeps the query and filters', async () => {
    const { page, errors } = await open('/search.html');
    const search = page.locator('bdw-dataset-search');
    await search.locator('input[role="combobox"]').fill('주차');
    await search.locator('input[role="combobox"]').press('Enter');
    await inShadow(page, 'bdw-dataset-search', '.result');
    await search.locator('label', { hasText: '교통물류' }).first().locator('input').check();
    // pushState, not a navigation: poll the URL rather than wait for a load event.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/ds\.groups=transport-logistics/);
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    const title = await search.locator('.result__title a').first().textContent();
    await search.locator('.result__title a').first().click();
    await page.waitForURL(/dataset\.html\?name=/);
    await expect.poll(() => page.locator('#dataset h1').textContent()).toBe(title?.trim());
    await page.goBack();
    await inShadow(page, 'bdw-dataset-search', '.result');
    expect(await search.locator('input[role="combobox"]').inputValue()).toBe('주차');
    expect(await search.locator('.chip').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('ds.groups')).toBe('transport-logistics');
    expect(errors).toEqual([]);
  });

  it('search → a dataset with files → its chart and map render', async () => {
    const { page, errors } = await open('/search.html?ds.q=사망%20교통사고');
    await inShadow(page, 'bdw-dataset-search', '.result');
    await page
      .locator('bdw-dataset-search')
      .locator('.result__title a', { hasText: '부산광역시 사망 교통사고' })
      .click();
    await page.waitForURL(/name=busan-fatal-traffic-accidents-2020/);
    await inShadow(page, 'bdw-chart-viewer', 'canvas');
    await inShadow(page, 'bdw-data-map', '.leaflet-container');
    // The chart has drawn pixels, and the map has drawn the 100 accidents (as clusters and points).
    const drawn = await page
      .locator('bdw-chart-viewer')
      .first()
      .evaluate((el) => {
        const canvas = el.shadowRoot!.querySelector('canvas')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        return painted;
      });
    expect(drawn).toBeGreaterThan(1000);
    await expect
      .poll(() =>
        page
          .locator('bdw-data-map')
          .first()
          .evaluate((el) => el.shadowRoot!.querySelectorAll('.leaflet-marker-icon, path').length),
      )
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('market: a filter narrows the listings and a request is acknowledged', async () => {
    const { page, errors } = await open('/market.html');
    const list = page.locator('bdw-market-list');
    await inShadow(page, 'bdw-market-list', 'bdw-market-card');
    await list.locator('label', { hasText: '무료' }).first().locator('input').check();
    const cards = list.locator('bdw-market-card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await cards.first().locator('button', { hasText: '구매 문의' }).click();
    // The answer shows where the person acted, and takes focus so that it is read out.
    const confirmation = cards.first().locator('[part="confirmation"]');
    await expect.poll(() => confirmation.textContent()).toContain('구매 문의를 보냈습니다');
    expect(
      await confirmation.evaluate(
        (el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el,
      ),
    ).toBe(true);
    const [button, note] = await Promise.all([
      cards.first().locator('button', { hasText: '구매 문의' }).boundingBox(),
      confirmation.boundingBox(),
    ]);
    expect(note!.y - (button!.y + button!.height)).toBeLessThan(60);
    expect(errors).toEqual([]);
  });

  it('council: the inaugural meeting as published, with its live status', async () => {
    const { page, errors } = await open('/council.html');
    await inShadow(page, 'bdw-council-agenda', 'table');
    const text = await page.locator('bdw-council-agenda').first().textContent();
    const shadowText = await page
      .locator('bdw-council-agenda')
      .first()
      .evaluate((el) => el.shadowRoot!.textContent);
    expect(`${text}${shadowText}`).toContain('A동 104호');
    expect(shadowText).toContain('14:05');
    expect(shadowText).toMatch(/종료/);
    expect(errors).toEqual([]);
  });

  it('a slow search shows a running bar over the results, marked busy; the results keep their contrast', async () => {
    const { page, errors } = await open('/search.html?ds.q=주차');
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    await page.route('**/api/3/action/package_search*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      // The test may have moved on (unrouted, page closed) by then: nothing left to answer.
      await route.continue().catch(() => undefined);
    });
    const search = page.locator('bdw-dataset-search');
    await search.locator('input[role="combobox"]').fill('주차장');
    await search.locator('input[role="combobox"]').press('Enter');
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="true"]');
    const busy = await search.evaluate((el) => {
      const list = el.shadowRoot!.querySelector('.results')!;
      const bar = getComputedStyle(list, '::before');
      return {
        bar: parseFloat(bar.width),
        height: parseFloat(bar.height),
        listWidth: list.getBoundingClientRect().width,
      };
    });
    expect(busy.bar).toBeCloseTo(busy.listWidth, 0);
    expect(busy.height).toBe(3);
    // Not dimmed: faded text would fall under 4.5:1 while the new results load.
    expect(
      await search.evaluate((el) => Number(getComputedStyle(el.shadowRoot!.querySelector('.result')!).opacity)),
    ).toBe(1);
    await page.unroute('**/api/3/action/package_search*');
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    expect(await search.locator('.results').getAttribute('aria-busy')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('a page number past the last page shows the last page, and the address says so', async () => {
    const count = (
      (await (await fetch(`${site.url}/api/3/action/package_search?q=주차&rows=0`)).json()) as {
        result: { count: number };
      }
    ).result.count;
    const last = Math.ceil(count / 10);
    const { page, errors } = await open('/search.html?ds.q=주차&ds.page=999');
    await expect.poll(() => new URL(page.url()).searchParams.get('ds.page'), { timeout: 15_000 }).toBe(String(last));
    await inShadow(page, 'bdw-dataset-search', '.result');
    const shown = await page.locator('bdw-dataset-search').locator('.result').count();
    expect(shown).toBe(count - (last - 1) * 10);
    expect(await page.locator('bdw-dataset-search').locator('[aria-current="page"]').first().textContent()).toContain(
      String(last),
    );
    expect(errors).toEqual([]);
  });

  it('home: the council card shows the next meeting, or says there is none and shows the last one held', async () => {
    const { meetings } = JSON.parse(
      readFileSync(new URL('../../apps/catalog-api/data/meetings.json', import.meta.url), 'utf8'),
    ) as { meetings: { id: string; start: string; status: string }[] };
    const now = Date.now();
    const upcoming = meetings
      .filter((m) => Date.parse(m.start) > now)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const held = meetings
      .filter((m) => Date.parse(m.start) <= now && m.status !== 'tentative' && m.status !== 'cancelled')
      .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
    const { page, errors } = await open('/');
    await inShadow(page, 'bdw-council-agenda', 'article');
    const card = page.locator('#council-card bdw-council-agenda');
    expect(await card.getAttribute('meeting-id')).toBe((upcoming[0] ?? held[0])!.id);
    const text = await card.evaluate((el) => el.shadowRoot!.textContent ?? '');
    if (upcoming.length === 0) {
      expect(await page.locator('#council-none').isVisible()).toBe(true);
      expect(text).toContain('종료');
      expect(text).not.toContain('일정 미정');
      expect(await card.locator('[part~="add-to-calendar"]').isVisible()).toBe(false);
    } else {
      expect(text).not.toContain('종료');
      expect(await card.locator('[part~="add-to-calendar"]').isVisible()).toBe(true);
    }
    // The hero makes no claim of its own about the size of the catalogue: the live count is the claim.
    expect(await page.locator('.hero').textContent()).not.toMatch(/만\s*\d*\s*천?여/);
    expect(errors).toEqual([]);
  });

  it('dataset page: breadcrumb, view count, and back to the very results it was opened from', async () => {
    const { page, errors } = await open('/search.html?ds.q=주차&ds.groups=transport-logistics&ds.page=2');
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    const searchUrl = new URL(page.url());
    const link = page.locator('bdw-dataset-search').locator('.result__title a').first();
    const name = new URL((await link.getAttribute('href'))!, site.url).searchParams.get('name')!;
    await link.click();
    await page.waitForURL(/dataset\.html\?name=/);
    const crumbs = page.locator('#dataset nav.breadcrumb');
    await expect.poll(() => crumbs.locator('li').allTextContents()).toHaveLength(3);
    expect((await crumbs.locator('li').allTextContents()).slice(0, 2)).toEqual(['홈', '데이터 찾기']);
    expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe(
      await page.locator('#dataset h1').textContent(),
    );
    const shown = (
      (await (await fetch(`${site.url}/api/3/action/package_show?id=${encodeURIComponent(name)}`)).json()) as {
        result: { tracking_summary?: { total: number }; views?: number };
      }
    ).result;
    const views = shown.tracking_summary?.total ?? shown.views;
    expect(await page.locator('#dataset .meta').textContent()).toContain(`조회수${views!.toLocaleString('ko-KR')}`);
    await crumbs.locator('.back-link').click();
    await page.waitForURL(/search\.html/);
    expect(new URL(page.url()).search).toBe(searchUrl.search);
    await inShadow(page, 'bdw-dataset-search', '.result');
    expect(errors).toEqual([]);
  });

  it('English stays English: hero search → nav → search → result → back, in the address and in storage', async () => {
    const { page, errors } = await open('/?lang=en');
    const isEnglish = async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      expect(await page.title()).toMatch(/Big-Data Wave/);
      expect(await page.title()).not.toMatch(/빅데이터웨이브/);
    };
    expect(await page.locator('#hero-q').getAttribute('placeholder')).toBe('e.g. parking, fine dust, tourism');
    await page.locator('#hero-q').fill('주차');
    await page.locator('#hero-q').press('Enter');
    await page.waitForURL(/search\.html/);
    await isEnglish();
    await inShadow(page, 'bdw-dataset-search', '.result');
    const search = page.locator('bdw-dataset-search');
    // Category names in English in the facets (the catalogue's own English names).
    await expect.poll(() => search.locator('label', { hasText: 'Transport and logistics' }).count()).toBeGreaterThan(0);
    expect(await search.locator('label', { hasText: '교통물류' }).count()).toBe(0);
    await search.locator('label', { hasText: 'Transport and logistics' }).first().locator('input').check();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/ds\.groups=transport-logistics/);
    await isEnglish();
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    await search.locator('.result__title a').first().click();
    await page.waitForURL(/dataset\.html\?name=/);
    await isEnglish();
    await expect.poll(() => page.locator('#dataset .meta').textContent()).toContain('Transport and logistics');
    await page.goBack();
    await inShadow(page, 'bdw-dataset-search', '.result');
    await isEnglish();
    expect(await search.locator('input[role="combobox"]').inputValue()).toBe('주차');
    // The main menu keeps the language too, and so does storage for a page opened without ?lang.
    await page.locator('[data-nav="market"]').click();
    await page.waitForURL(/market\.html/);
    await isEnglish();
    await page.goto(`${site.url}/council.html`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });

  it('the language switch turns the page and the widgets to English and back, and the address keeps it', async () => {
    const { page, errors } = await open('/search.html?ds.q=버스');
    await inShadow(page, 'bdw-dataset-search', '.result');
    await page.locator('a[data-lang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.locator('[data-nav="search"]').textContent()).toBe('Find data');
    expect(await page.title()).toBe('Find data — Big-Data Wave');
    await expect
      .poll(() => page.locator('bdw-dataset-search').locator('button[type="submit"]').textContent())
      .toContain('Search');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('a[data-lang="ko"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    expect(await page.title()).toBe('데이터 찾기 — 빅데이터웨이브');
    expect(errors).toEqual([]);
  });
});

/** Journeys with the keyboard alone: Tab, Enter, Space and arrows; no click anywhere. */
describe('keyboard only', () => {
  it('search → facet → dataset → a chart value → a map feature', async () => {
    const { page, errors } = await open('/search.html');
    await inShadow(page, 'bdw-dataset-search', '.result');
    await tabTo(page, (f) => f.role === 'combobox');
    await page.keyboard.type('사망 교통사고');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('ds.q')).toBe('사망 교통사고');
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    await tabTo(page, (f) => f.type === 'checkbox' && f.name.includes('교통물류'));
    await page.keyboard.press('Space');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/ds\.groups=transport-logistics/);
    await inShadow(page, 'bdw-dataset-search', '.results[aria-busy="false"]');
    await tabTo(page, (f) => f.tag === 'a' && f.name.includes('부산광역시 사망 교통사고'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/name=busan-fatal-traffic-accidents-2020/);
    await inShadow(page, 'bdw-chart-viewer', 'canvas');
    await inShadow(page, 'bdw-data-map', '.leaflet-container');
    await page.waitForLoadState('networkidle');
    await tabTo(page, (f) => f.host === 'bdw-chart-viewer' && f.part === 'chart');
    await page.keyboard.press('ArrowRight');
    // The value of the point is read out (the chart's status line), with its number.
    await expect
      .poll(() =>
        page
          .locator('bdw-chart-viewer')
          .first()
          .evaluate((el) => el.shadowRoot!.querySelector('[role="status"]')!.textContent),
      )
      .toMatch(/\d/);
    const feature = await tabTo(page, (f) => f.host === 'bdw-data-map' && f.key !== '');
    const map = page.locator('bdw-data-map').first();
    const popups = () =>
      map.evaluate((el) => [...el.shadowRoot!.querySelectorAll('.leaflet-popup')].map((p) => p.textContent ?? ''));
    // Enter on a cluster zooms in (focus stays on the features); on a point it opens the point's popup.
    for (let i = 0; i < 6 && (await popups()).length === 0; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(400);
    }
    const now = (await focused(page))!;
    expect((await popups())[0]).toContain(now.inPopup ? feature.name : now.name);
    expect(now.host).toBe('bdw-data-map');
    expect(errors).toEqual([]);
  });

  it('small screens: the menu button shows every menu item, and Escape closes it with focus back on the button', async () => {
    const { page, errors } = await open('/market.html', 320);
    const links = page.locator('.site-nav a');
    expect(await links.count()).toBe(6);
    expect(await links.first().isVisible()).toBe(false);
    await tabTo(page, (f) => f.tag === 'button' && f.name === '메뉴');
    expect(await page.locator('[data-action="menu"]').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-action="menu"]').getAttribute('aria-expanded')).toBe('true');
    for (const link of await links.all()) {
      expect(await link.isVisible()).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await tabTo(page, (f) => f.tag === 'a' && f.name === '협의체', 10);
    await page.keyboard.press('Escape');
    expect((await focused(page))?.name).toBe('메뉴');
    expect(await links.first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('market → filter → request, and its confirmation takes focus', async () => {
    const { page, errors } = await open('/market.html');
    await inShadow(page, 'bdw-market-list', 'bdw-market-card');
    await tabTo(page, (f) => f.type === 'checkbox' && f.name.includes('무료'));
    await page.keyboard.press('Space');
    const list = page.locator('bdw-market-list');
    await expect.poll(() => list.locator('bdw-market-card').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const request = await tabTo(page, (f) => f.tag === 'button' && f.name.includes('구매 문의'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.part).toBe('confirmation');
    expect((await focused(page))!.name).toContain('구매 문의를 보냈습니다');
    expect(request.host).toBe('bdw-market-list');
    expect(errors).toEqual([]);
  });

  it('council → the calendar file of a meeting', async () => {
    const { page, errors } = await open('/council.html');
    await inShadow(page, 'bdw-council-agenda', 'table');
    await tabTo(page, (f) => f.part === 'add-to-calendar');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('BEGIN:VEVENT');
    // The inaugural meeting, 23 May 2025 at 14:00 in Seoul (05:00 UTC), as the city's press release has it.
    expect(ics).toMatch(/DTSTART(;TZID=Asia\/Seoul:20250523T140000|:20250523T050000Z)/);
    expect(errors).toEqual([]);
  });
});
