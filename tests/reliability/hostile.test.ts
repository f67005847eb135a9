import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listing, meeting } from '../security/fields.js';
import { launchChromium } from '../support/browser.js';
import { openHarness, startHarness, type Harness, type PageWatch, type Reply } from '../support/harness.js';
import type { MountSpec, PageApi, Settled } from '../support/page-helpers.js';

/**
 * The hostile sizes, shapes and servers of issue 19, in real Chromium, each with the end state a person must see
 * (not "any settled state"): huge and infinite counts, a 200 KB title (the page stays responsive: no main-thread
 * task over 200 ms), wrong field types (an error, never an endless spinner), three datastore servers that would
 * page forever, bidi overrides in titles, and CKAN errors worded in the UI's language.
 */
let harness: Harness;
let browser: Browser;
let watch: PageWatch;
let datastoreRequests = 0;

const ok = (result: unknown): Reply => ({
  type: 'application/json',
  body: JSON.stringify({ help: '', success: true, result }),
});
const rawOk = (resultText: string): Reply => ({
  type: 'application/json',
  body: `{"help":"","success":true,"result":${resultText}}`,
});
const LONG_TITLE = `부산 공영주차장 ${'아주 긴 제목 '.repeat(200_000 / 8)}`;
const BIDI = '부산 \u202E1202 통교 \u202C현황';

/** A datastore of `rows` rows that pages by its parameters, with `total` as given and `offset` read or ignored. */
function datastore(rows: number, total: number | null, ignoreOffset = false) {
  return (url: URL): Reply => {
    if (!url.pathname.endsWith('/datastore_search')) {
      return { status: 404, type: 'application/json', body: '{"success":false,"error":{"__type":"Not Found Error"}}' };
    }
    datastoreRequests++;
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 100), 1000);
    const offset = ignoreOffset ? 0 : Number(url.searchParams.get('offset') ?? 0);
    const records = Array.from({ length: Math.max(0, Math.min(limit, rows - offset)) }, (_, i) => ({
      _id: offset + i + 1,
      구: `구${(offset + i) % 16}`,
      인구: offset + i,
    }));
    const fields = [
      { id: '_id', type: 'int' },
      { id: '구', type: 'text' },
      { id: '인구', type: 'int' },
    ];
    return ok({ resource_id: 'r', fields, records, total, limit, offset });
  };
}

const APIS: Record<string, Reply | ((url: URL) => Reply)> = {
  count1e15: ok({ count: 1e15, results: [listing('교통')] }),
  count1e309: rawOk(`{"count":1e309,"results":[${JSON.stringify(listing('교통'))}]}`),
  searchInfinity: rawOk('{"count":1e309,"results":[{"id":"a","name":"a","title":"주차"}]}'),
  longTitle: ok({ count: 1, results: [{ id: 'a', name: 'a', title: LONG_TITLE, notes: LONG_TITLE }] }),
  resultsString: ok({ count: 1, results: 'x' }),
  countString: ok({ count: 'many', results: [] }),
  resultNumber: ok(7),
  totalString: ok({ fields: [], records: [{ a: 1 }], total: 'many' }),
  validation: {
    status: 409,
    type: 'application/json',
    body: JSON.stringify({ success: false, error: { __type: 'Validation Error', q: ['at most 64 distinct terms'] } }),
  },
  bidi: ok({
    count: 1,
    results: [{ id: 'b', name: 'b', title: BIDI, organization: { name: 'o', title: '부산광역시' } }],
  }),
  endless: datastore(Number.MAX_SAFE_INTEGER, null),
  offsetIgnored: datastore(1_000_000, null, true),
  shortOfTotal: datastore(1500, 1_000_000),
};

beforeAll(async () => {
  harness = await startHarness();
  for (const [key, reply] of Object.entries(APIS)) harness.put(`/api/${key}/`, reply);
  browser = await launchChromium();
  watch = await openHarness(browser, harness);
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

const api = (key: string) => `/api/${key}`;

/**
 * Mounts, waits until each settles, and reports the longest main-thread block while it did: the longest task
 * (Long Tasks API) or the longest gap between animation frames, whichever is longer.
 */
async function mount(specs: MountSpec[], timeout = 15_000): Promise<{ settled: Settled[]; longestTask: number }> {
  await watch.page.evaluate(`(() => {
    window.__longest = 0;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    });
    window.__observer.observe({ type: 'longtask' });
    // The longest gap between animation frames: what a person feels as a frozen page, rendering included.
    window.__gap = 0;
    window.__frames = true;
    let last = performance.now();
    const tick = (now) => {
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
      if (window.__frames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const settled: Settled[] = await watch.page.evaluate(
    ([s, t]) => (window as unknown as { bdw: PageApi }).bdw.mount(s, t),
    [specs, timeout] as const,
  );
  await watch.page.waitForTimeout(100);
  const longestTask = (await watch.page.evaluate(
    '(window.__frames = false, Math.max(window.__longest, window.__gap))',
  )) as number;
  return { settled, longestTask };
}

const clear = () => watch.page.evaluate(() => (window as unknown as { bdw: PageApi }).bdw.clear());

/** Text of the first widget's shadow root (what a person reads), whitespace collapsed. */
const shownText = () =>
  watch.page.evaluate(
    `document.getElementById('root').firstElementChild.shadowRoot.textContent.replace(/\\s+/g, ' ')`,
  ) as Promise<string>;

describe('hostile sizes', () => {
  it('a count of 1e15 draws the list and its pager at once', async () => {
    const { settled, longestTask } = await mount([{ tag: 'bdw-market-list', attrs: { api: api('count1e15') } }]);
    expect(settled[0]!.state).toBe('ready');
    expect(await shownText()).toContain('1,000,000,000,000,000');
    console.log(`count 1e15: longest main-thread block ${Math.round(longestTask)} ms`);
    expect(longestTask).toBeLessThan(200);
    await clear();
  });

  it('a count of 1e309 is an error a person can read, not a frozen tab or "… Infinity"', async () => {
    const { settled, longestTask } = await mount([
      { tag: 'bdw-market-list', attrs: { api: api('count1e309') } },
      { tag: 'bdw-dataset-search', attrs: { api: api('searchInfinity'), debounce: '0' } },
    ]);
    expect(settled.map((s) => s.state)).toEqual(['error', 'error']);
    for (const s of settled) {
      expect(s.message).toContain('서버 응답의 형식이 올바르지 않습니다');
      expect(s.message).not.toContain('Infinity');
    }
    console.log(`count 1e309: longest main-thread block ${Math.round(longestTask)} ms`);
    expect(longestTask).toBeLessThan(200);
    await clear();
  });

  it('a 200 KB title renders without a main-thread task over 200 ms, clipped by layout', async () => {
    const { settled, longestTask } = await mount([
      { tag: 'bdw-dataset-search', attrs: { api: api('longTitle'), debounce: '0' } },
      {
        tag: 'bdw-market-card',
        attrs: { variant: 'full' },
        props: { listing: { ...listing('교통'), title: LONG_TITLE } },
      },
    ]);
    expect(settled.map((s) => s.state)).toEqual(['ready', 'ready']);
    const heights = (await watch.page.evaluate(`[...document.getElementById('root').children].map((el) =>
      el.shadowRoot.querySelector('.result__title, .title').getBoundingClientRect().height)`)) as number[];
    // Three lines at most (line-height 1.4 of ≤ 20 px text), whatever the title's length.
    for (const height of heights) expect(height).toBeLessThan(100);
    console.log(
      `200 KB title: longest main-thread block ${Math.round(longestTask)} ms, title heights ${heights.map(Math.round).join(', ')} px`,
    );
    expect(longestTask).toBeLessThan(200);
    await clear();
  });
});

describe('wrong field types', () => {
  const readers = (key: string): MountSpec[] => [
    { tag: 'bdw-dataset-search', attrs: { api: api(key), debounce: '0' } },
    { tag: 'bdw-market-list', attrs: { api: api(key) } },
    { tag: 'bdw-council-agenda', attrs: { api: api(key) } },
  ];

  it.each(['resultsString', 'resultNumber'])('%s → the error state in every reader', async (key) => {
    const { settled } = await mount(readers(key));
    expect(settled.map((s) => `${s.tag}: ${s.state}`)).toEqual(readers(key).map((r) => `${r.tag}: error`));
    await clear();
  });

  it('a count that is a string → the error state in both searches (meeting lists have no count)', async () => {
    const searches = readers('countString').slice(0, 2);
    const { settled } = await mount(searches);
    expect(settled.map((s) => s.state)).toEqual(['error', 'error']);
    await clear();
  });

  it('a datastore total that is not a count → the chart’s error state', async () => {
    const { settled } = await mount([{ tag: 'bdw-chart-viewer', attrs: { api: api('totalString'), resource: 'r' } }]);
    expect(settled[0]!.state).toBe('error');
    await clear();
  });
});

describe('datastore paging always ends', () => {
  it('no total and every page full: stops at 100,000 rows and says the chart shows part', async () => {
    datastoreRequests = 0;
    const { settled } = await mount(
      [{ tag: 'bdw-chart-viewer', attrs: { api: api('endless'), resource: 'r' } }],
      60_000,
    );
    expect(settled[0]!.state).toBe('ready');
    expect(datastoreRequests).toBe(100);
    expect(await shownText()).toContain('처음 100,000행만 읽어 보여 줍니다');
    await clear();
  });

  it('a server that ignores offset: an error saying so after two pages', async () => {
    datastoreRequests = 0;
    const { settled } = await mount([
      { tag: 'bdw-chart-viewer', attrs: { api: api('offsetIgnored'), resource: 'r' } },
      { tag: 'bdw-chart-viewer', attrs: { api: api('offsetIgnored'), resource: 'r', lang: 'en' } },
    ]);
    expect(settled.map((s) => s.state)).toEqual(['error', 'error']);
    expect(settled[0]!.message).toContain('같은 행을 되풀이해 보내');
    expect(settled[1]!.message).toContain('same rows again');
    expect(datastoreRequests).toBe(4);
    await clear();
  });

  it('a short page before the reported total: what came, with a note naming both numbers', async () => {
    const { settled } = await mount([{ tag: 'bdw-chart-viewer', attrs: { api: api('shortOfTotal'), resource: 'r' } }]);
    expect(settled[0]!.state).toBe('ready');
    expect(await shownText()).toContain('서버가 전체 1,000,000행 중 1,500행만 보내');
    await clear();
  });
});

describe('untrusted text', () => {
  it('a title with U+202E is bidi-isolated in every widget that shows one', async () => {
    const bidiMeeting = { ...meeting('정기회의'), name: BIDI };
    await mount([
      { tag: 'bdw-dataset-search', attrs: { api: api('bidi'), debounce: '0' } },
      { tag: 'bdw-market-card', attrs: { variant: 'full' }, props: { listing: { ...listing('교통'), title: BIDI } } },
      { tag: 'bdw-council-agenda', attrs: { now: '2025-05-23T14:40:00+09:00' }, props: { meeting: bidiMeeting } },
    ]);
    const isolated = (await watch.page.evaluate(`[...document.getElementById('root').children].map((host) => {
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.includes('\\u202E')) continue;
        for (let el = node.parentElement; el; el = el.parentElement) {
          if (getComputedStyle(el).unicodeBidi === 'isolate') return host.localName + ': isolated';
        }
        return host.localName + ': not isolated';
      }
      return host.localName + ': text not found';
    })`)) as string[];
    expect(isolated).toEqual([
      'bdw-dataset-search: isolated',
      'bdw-market-card: isolated',
      'bdw-council-agenda: isolated',
    ]);
    await clear();
  });

  it('a CKAN validation error is worded in the UI language, without the server’s English', async () => {
    const { settled } = await mount([
      { tag: 'bdw-dataset-search', attrs: { api: api('validation'), debounce: '0' } },
      { tag: 'bdw-market-list', attrs: { api: api('validation'), lang: 'en' } },
    ]);
    expect(settled.map((s) => s.state)).toEqual(['error', 'error']);
    expect(settled[0]!.message).toContain('검색어나 조건을 처리할 수 없습니다');
    expect(settled[1]!.message).toContain('could not be processed');
    for (const s of settled) expect(s.message).not.toMatch(/distinct terms|Validation Error/);
    await clear();
  });
});
