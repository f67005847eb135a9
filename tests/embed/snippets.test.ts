import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlSnippets } from '../../apps/docs/src/snippets.js';
import { collectPageErrors, launchChromium } from '../support/browser.js';
import { startSite, type Site } from '../support/site.js';
import { startHostSite, type HostSite } from './host-site.js';

/**
 * Every HTML snippet of the docs app and of the READMEs, and what the docs' snippet builder emits for each element,
 * pasted as written into a page on another origin (a second loopback port), with only the documented address
 * (`npm start`'s gateway, http://localhost:8080) replaced by the test gateway's. Each widget in it must show its data
 * from the real catalogue API: counts, titles and columns are read from the API here, not written into the test.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The address the docs and READMEs give: `npm start`'s gateway. */
const DOCUMENTED = 'http://localhost:8080';

interface Snippet {
  source: string;
  html: string;
}

function readmeSnippets(): Snippet[] {
  const files = [
    'README.md',
    ...['packages', 'apps'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .map((name) => `${dir}/${name}/README.md`)
        .filter((file) => existsSync(join(ROOT, file))),
    ),
  ];
  // Blocks that embed a widget (a stylesheet-only block, such as a theme's <link>, has no data to check).
  return files.flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^```html\n([\s\S]*?)^```/gm)]
      .map((match, i) => ({ source: `${file} #${i + 1}`, html: match[1]! }))
      .filter((snippet) => /<bdw-[a-z-]+[\s>]/.test(snippet.html)),
  );
}

const docsSnippets = (): Snippet[] =>
  Object.entries(htmlSnippets).map(([key, html]) => ({ source: `apps/docs snippets.${key}`, html }));

/** A fragment becomes the body of a page; a whole document stays as it is. */
const asPage = (html: string) =>
  /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html>\n<html lang="ko">\n<head><meta charset="utf-8"><title>snippet</title></head>\n<body>\n${html}\n</body>\n</html>\n`;

let site: Site;
let browser: Browser;
/** The embedding site: serves each snippet's page from its own loopback port. */
let host: HostSite;

const api = async (name: string, params: Record<string, string>) => {
  const response = await fetch(`${site.url}/api/3/action/${name}?${new URLSearchParams(params)}`);
  return ((await response.json()) as { result: unknown }).result;
};
const fetchText = async (url: string) => (await fetch(url)).text();

interface Found {
  tag: string;
  /** Its index among the page's elements of that tag (for the locator). */
  nth: number;
  attributes: Record<string, string>;
  /** Its own `api`, else its `<bdw-view>`'s or `<bdw-catalog>`'s. */
  api: string | null;
  /** The attributes of the `<bdw-view>` around it, if any. */
  view: Record<string, string> | null;
}

/** The page's own widgets (light DOM), with what the checks need to know. */
const widgetsOf = (page: Page): Promise<Found[]> =>
  page.evaluate(`(() => {
    const seen = {};
    return [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('bdw-') && el.localName !== 'bdw-catalog')
      .map((el) => ({
        tag: el.localName,
        nth: (seen[el.localName] = (seen[el.localName] ?? -1) + 1),
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        api: el.getAttribute('api') ?? el.parentElement?.closest('bdw-view[api], bdw-catalog')?.getAttribute('api') ?? null,
        view: (() => {
          const view = el.parentElement?.closest('bdw-view');
          return view ? Object.fromEntries([...view.attributes].map((a) => [a.name, a.value])) : null;
        })(),
      }));
  })()`);

const poll = <T>(value: () => Promise<T>, message: string) => expect.poll(value, { timeout: 20_000, message });
const property = (locator: Locator, expression: string) =>
  locator.evaluate((node, expression) => new Function('el', `return ${expression}`)(node), expression);

/** Checks one widget against the catalogue: what a person would look at to see that it shows the right data. */
async function checkWidget(page: Page, found: Found): Promise<void> {
  const el = page.locator(found.tag).nth(found.nth);
  const a = found.attributes;
  const what = `${found.tag} ${JSON.stringify(a)}`;
  expect(found.api ?? a['src'] ?? found.view?.['src'] ?? '', `${what}: an absolute address`).toMatch(/^https?:\/\//);
  await poll(() => page.evaluate(`!!customElements.get('${found.tag}')`), `${what} is defined`).toBe(true);
  // A widget without a source of its own in a view shows the view's table.
  const own = a['src'] || a['resource'] || a['dataset'];
  const source = own ? a : (found.view ?? a);
  switch (found.tag) {
    case 'bdw-view': {
      await poll(() => property(el, '!!el.engine'), `${what} opened its table`).toBe(true);
      const fields = (await property(
        el,
        'el.engine && el.engine.fields().then((f) => f.map((x) => x.id))',
      )) as string[];
      expect(fields.length, `${what} has the table's columns`).toBeGreaterThan(0);
      return;
    }
    case 'bdw-dataset-search': {
      const { count } = (await api('package_search', { q: a['q'] ?? '', rows: '0' })) as { count: number };
      expect(count).toBeGreaterThan(0);
      await poll(() => el.locator('[role="status"]').allTextContents(), `${what} shows the count`).toContainEqual(
        expect.stringContaining(count.toLocaleString('ko-KR')),
      );
      await poll(() => el.locator('[part~="result"]').count(), `${what} lists results`).toBeGreaterThan(0);
      return;
    }
    case 'bdw-market-list': {
      const pageSize = Number(a['page-size'] ?? 12);
      const { count, results } = (await api('bdw_market_search', { q: a['q'] ?? '', rows: '1000' })) as {
        count: number;
        results: { title: string }[];
      };
      await poll(() => el.locator('bdw-market-card [part~="title"]').count(), `${what} shows a page of cards`).toBe(
        Math.min(pageSize, count),
      );
      const titles = (await el.locator('bdw-market-card [part~="title"]').allTextContents()).map((t) => t.trim());
      for (const title of titles) expect(results.map((r) => r.title)).toContain(title);
      await poll(() => el.locator('[part~="count"]').textContent(), `${what} shows the total`).toContain(String(count));
      return;
    }
    case 'bdw-market-card': {
      const listing = (await api('bdw_market_show', { id: a['listing-id']! })) as { title: string };
      await poll(() => el.locator('[part~="title"]').first().textContent(), `${what} shows the listing`).toContain(
        listing.title,
      );
      return;
    }
    case 'bdw-council-agenda': {
      const lang = a['lang'] ?? 'ko';
      if (a['meeting-id']) {
        const meeting = (await api('bdw_meeting_show', { id: a['meeting-id'], lang })) as { name: string };
        await poll(() => el.locator('[part~="title"]').first().textContent(), `${what} shows the meeting`).toContain(
          meeting.name,
        );
      } else {
        const { count } = (await api('bdw_meeting_list', { lang, rows: a['rows'] ?? '50' })) as { count: number };
        expect(count).toBeGreaterThan(0);
        await poll(() => el.locator('[part~="list-item"]').count(), `${what} lists every meeting`).toBe(
          Math.min(count, Number(a['rows'] ?? 50)),
        );
      }
      return;
    }
    case 'bdw-chart-viewer': {
      if (!own && found.view?.['resource'] && !found.view['filters']) {
        // In a view: the rows are grouped by the engine; the counts add up to the datastore's total.
        const { total } = (await api('datastore_search', { resource_id: found.view['resource'], limit: '0' })) as {
          total: number;
        };
        await poll(
          () =>
            property(
              el,
              "el.chartData?.kind === 'category' ? el.chartData.series[0].values.reduce((a, b) => a + (b ?? 0), 0) : null",
            ),
          `${what} counts every row of the view's table`,
        ).toBe(total);
        await poll(() => el.locator('canvas').count(), `${what} draws it`).toBe(1);
        return;
      }
      let columns: string[];
      if (source['resource']) {
        const { fields } = (await api('datastore_search', { resource_id: source['resource'], limit: '0' })) as {
          fields: { id: string }[];
        };
        columns = fields.map((f) => f.id).filter((id) => id !== '_id');
      } else {
        const header = (await fetchText(source['src']!)).split(/\r?\n/, 1)[0]!.replace(/^\uFEFF/, '');
        columns = header.split(header.includes('\t') ? '\t' : ',');
      }
      await poll(() => property(el, 'el.columns.map((c) => c.name)'), `${what} read the source's columns`).toEqual(
        columns,
      );
      await poll(() => property(el, '!!el.chartData'), `${what} has a chart`).toBe(true);
      await poll(() => el.locator('canvas').count(), `${what} draws it`).toBe(1);
      return;
    }
    case 'bdw-data-map': {
      let src = a['src'];
      if (!src) {
        const dataset = (await api('package_show', { id: a['dataset']! })) as {
          resources: { url: string; format: string }[];
        };
        const resource =
          dataset.resources.find((r) => /geojson/i.test(r.format)) ??
          dataset.resources.find((r) => /csv/i.test(r.format))!;
        src = new URL(resource.url, site.url).href;
      }
      const text = await fetchText(src);
      const expected = /\.geojson$/i.test(src)
        ? (JSON.parse(text) as { features: unknown[] }).features.length
        : text.trim().split(/\r?\n/).length - 1;
      let points = 0;
      if (found.view?.['resource'] && 'points' in a && !found.view['filters']) {
        // In a view with `points`: the view's rows are drawn as a layer of their own.
        const { total } = (await api('datastore_search', { resource_id: found.view['resource'], limit: '0' })) as {
          total: number;
        };
        points = total;
      }
      await poll(
        () => property(el, '(el.loadedLayers ?? []).reduce((n, l) => n + l.collection.features.length, 0)'),
        `${what} maps every feature of ${src}`,
      ).toBe(expected + points);
      return;
    }
    case 'bdw-data-table': {
      // The table's count is every row of its table (own or the view's), unless a view filters it from the start.
      if (found.view?.['filters'] && !own) return;
      const { total } = (await api('datastore_search', { resource_id: source['resource']!, limit: '0' })) as {
        total: number;
      };
      await poll(() => property(el, 'el.total'), `${what} counts every row`).toBe(total);
      const lang = a['lang'] ?? found.view?.['lang'] ?? 'ko';
      await poll(() => el.locator('[part~="count"]').textContent(), `${what} shows the count`).toContain(
        lang === 'en' ? `${total.toLocaleString('en-US')} rows` : `${total.toLocaleString('ko-KR')}건`,
      );
      await poll(() => el.locator('[role="gridcell"]').count(), `${what} draws rows`).toBeGreaterThan(0);
      return;
    }
    case 'bdw-filter': {
      const field = a['field']!;
      const { records } = (await api('datastore_search', {
        resource_id: source['resource']!,
        fields: field,
        limit: '32000',
      })) as { records: Record<string, unknown>[] };
      if (a['kind'] === 'range') {
        const values = records.map((r) => Number(r[field]));
        await poll(
          () =>
            el
              .locator('input[type="number"]')
              .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).placeholder)),
          `${what} offers the column's range`,
        ).toEqual([String(Math.min(...values)), String(Math.max(...values))]);
        return;
      }
      const counts = new Map<string, number>();
      for (const r of records) counts.set(String(r[field]), (counts.get(String(r[field])) ?? 0) + 1);
      const most = Math.max(...counts.values());
      await poll(
        () => el.locator('[part~="count"]').first().textContent(),
        `${what} lists the largest count first`,
      ).toContain(String(most));
      return;
    }
    default:
      throw new Error(`no check for ${found.tag}`);
  }
}

async function runSnippet(snippet: Snippet, index: number): Promise<void> {
  const file = `snippet-${index}.html`;
  const url = host.page(`/${file}`, asPage(snippet.html.replaceAll(DOCUMENTED, site.url)));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  try {
    await page.goto(url);
    const widgets = await widgetsOf(page);
    expect(widgets.length, 'a widget in the snippet').toBeGreaterThan(0);
    for (const widget of widgets) await checkWidget(page, widget);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  host = await startHostSite();
  expect(new URL(host.url).origin).not.toBe(new URL(site.url).origin);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  host?.close();
  site?.stop();
});

const written = [...docsSnippets(), ...readmeSnippets()];

describe('HTML snippets of the docs and READMEs, pasted into a page on another origin', () => {
  it('finds them', () => expect(written.length).toBeGreaterThanOrEqual(10));
  it.each(written.map((snippet, i) => [snippet.source, snippet, i] as const))(
    '%s renders its data from the catalogue API',
    { timeout: 90_000 },
    async (_source, snippet, i) => runSnippet(snippet, i),
  );
});

describe("the docs' snippet builder", () => {
  const built: Snippet[] = [];

  beforeAll(async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/docs/examples.html`);
    const select = page.locator('#widget');
    const tags = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const tag of tags) {
      await select.selectOption(tag);
      await page.waitForFunction(
        (tag) => document.querySelector('#snippet code')?.textContent?.includes(`<${tag}`),
        tag,
      );
      built.push({ source: `builder ${tag}`, html: (await page.locator('#snippet code').textContent())! });
    }
    await page.close();
  }, 60_000);

  it('offers every widget and <bdw-catalog>', () => {
    expect(built.map((s) => s.source.replace('builder ', '')).sort()).toEqual([
      'bdw-catalog',
      'bdw-chart-viewer',
      'bdw-council-agenda',
      'bdw-data-map',
      'bdw-data-table',
      'bdw-dataset-search',
      'bdw-filter',
      'bdw-market-card',
      'bdw-market-list',
    ]);
  });

  it('emits complete snippets: the script tag and absolute addresses', () => {
    for (const { html } of built) {
      expect(html).toContain(`<script type="module" src="${site.url}/cdn/bdw-widgets.js"></script>`);
      for (const [, value] of html.matchAll(/\s(?:api|src)="([^"]*)"/g)) expect(value).toMatch(/^https?:\/\//);
    }
  });

  it('emits snippets that render their data on another origin', { timeout: 300_000 }, async () => {
    for (const [i, snippet] of built.entries()) await runSnippet(snippet, 100 + i);
  });
});
