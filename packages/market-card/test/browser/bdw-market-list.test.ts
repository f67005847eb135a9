import { expect, fixture, html } from '@open-wc/testing';
import type { MarketListing } from '@bdw/core';
import '../../src/bdw-market-list.js';
import type { BdwMarketList } from '../../src/BdwMarketList.js';
import type { BdwMarketCard } from '../../src/BdwMarketCard.js';
import type { MarketChangeDetail, MarketRequestDetail } from '../../src/events.js';
import { clearStaticCache } from '../../src/static-source.js';
import { many } from '../fixtures.js';
import { searchAnswer, stubApi, until, wait, type ApiStub } from './api-stub.js';

const API = 'https://catalog.test';
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (list: BdwMarketList) => [...root(list).querySelectorAll<BdwMarketCard>('bdw-market-card')];
const shownIds = (list: BdwMarketList) => cards(list).map((c) => c.shownListing?.id);
const shownListings = (list: BdwMarketList) => cards(list).map((c) => c.shownListing!);
const checkbox = (list: BdwMarketList, legend: string, label: string) => {
  const fieldset = [...root(list).querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === legend);
  const option = [...(fieldset?.querySelectorAll('label') ?? [])].find((l) => text(l).startsWith(label));
  if (!option) throw new Error(`no option ${legend} › ${label}`);
  return option.querySelector('input')!;
};
const pagerButtons = (list: BdwMarketList) =>
  [...root(list).querySelectorAll<HTMLButtonElement>('[part~="pager"] ol button')].map(text);

async function loaded(list: BdwMarketList, count?: number) {
  await until(() => {
    const status = text(root(list).querySelector('[part~="count"]'));
    if (!status) throw new Error('not loaded');
    if (count !== undefined && cards(list).length !== count) throw new Error(`${cards(list).length} cards`);
  });
  await Promise.all(cards(list).map((c) => c.updateComplete));
}

describe('<bdw-market-list>', () => {
  let api: ApiStub;
  afterEach(() => api?.restore());

  describe('from the catalogue API', () => {
    beforeEach(() => {
      api = stubApi(many);
    });

    it('asks bdw_market_search for the first page, newest first, with facets, and renders it', async () => {
      const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API} page-size="12"></bdw-market-list>`);
      await loaded(list, 12);
      const params = api.calls('bdw_market_search')[0]!;
      expect(params.get('rows')).to.equal('12');
      expect(params.get('start')).to.equal('0');
      expect(params.get('sort')).to.equal('metadata_modified desc');
      expect(params.get('fq')).to.equal(null);
      expect(JSON.parse(params.get('facet.field')!)).to.include.members(['category', 'price_model']);
      expect(text(root(list).querySelector('[part~="count"]'))).to.equal('데이터 상품 30건');
      expect(shownIds(list)[0]).to.equal('listing-30');
      // every filter group is offered, with counts while nothing is chosen
      const legends = [...root(list).querySelectorAll('legend')].map(text);
      expect(legends).to.deep.equal(['분류', '가격 유형', '제공 기관 유형', '형식']);
      expect(text(checkbox(list, '가격 유형', '무료').closest('label'))).to.equal('무료 (6)');
      await expect(list).to.be.accessible();
    });

    it('changes the request and the result with each filter, resetting to page 1', async () => {
      const list = await fixture<BdwMarketList>(
        html`<bdw-market-list api=${API} page-size="12" page="2"></bdw-market-list>`,
      );
      await loaded(list);
      const changes: MarketChangeDetail[] = [];
      list.addEventListener('bdw-market-change', (e) => changes.push(e.detail));

      checkbox(list, '가격 유형', '무료').click();
      await until(() => api.calls('bdw_market_search').at(-1)!.get('fq') === 'price_model:"free"');
      await until(() => shownListings(list).length > 0 && shownListings(list).every((l) => l.price.model === 'free'));
      expect(api.calls('bdw_market_search').at(-1)!.get('start')).to.equal('0');
      expect(list.page).to.equal(1);
      expect(list.getAttribute('price-model')).to.equal('free');
      expect(changes.at(-1)).to.deep.equal({
        filters: { category: [], priceModel: ['free'], providerType: [], format: [] },
        sort: 'newest',
        page: 1,
      });

      checkbox(list, '가격 유형', '사용량 과금').click();
      checkbox(list, '분류', '교통').click();
      checkbox(list, '제공 기관 유형', '공공기관').click();
      checkbox(list, '형식', 'JSON').click();
      const fq = 'category:"교통" AND price_model:("free" OR "usage") AND provider_type:"public" AND format:"JSON"';
      await until(() => api.calls('bdw_market_search').at(-1)!.get('fq') === fq);
      const expected = many.filter(
        (l) =>
          ['free', 'usage'].includes(l.price.model) &&
          l.category === '교통' &&
          l.provider.type === 'public' &&
          l.formats.includes('JSON'),
      );
      const expectedIds = expected.map((l) => l.id).sort();
      await until(() => [...shownIds(list)].sort().join() === expectedIds.join());
      expect(expected.length).to.be.greaterThan(0);
      await expect(list).to.be.accessible();
    });

    it('changes the request and the order with each sort', async () => {
      const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API} page-size="30"></bdw-market-list>`);
      await loaded(list, 30);
      const select = root(list).querySelector('select')!;
      const choose = async (value: string, sort: string) => {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await until(() => api.calls('bdw_market_search').at(-1)!.get('sort') === sort);
        await until(() => list.sort === value && !root(list).querySelector('.busy'));
      };
      await choose('price-asc', 'price asc');
      const amounts = shownListings(list).map((l) => (l.price.model === 'free' ? 0 : l.price.amount));
      const known = amounts.filter((a): a is number => a !== null);
      expect(known).to.deep.equal([...known].sort((a, b) => a - b));
      expect(amounts.slice(known.length).every((a) => a === null)).to.equal(true);
      expect(shownListings(list)[0]!.price.model).to.equal('free');

      await choose('price-desc', 'price desc');
      expect(shownListings(list)[0]!.price.amount).to.equal(Math.max(...many.map((l) => l.price.amount ?? 0)));

      await choose('popular', 'views_recent desc');
      expect(shownListings(list)[0]!.reviewCount).to.equal(Math.max(...many.map((l) => l.reviewCount ?? 0)));
      expect(list.getAttribute('sort')).to.equal('popular');
    });

    it('pages by the total, never offering a page beyond it', async () => {
      const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API} page-size="12"></bdw-market-list>`);
      await loaded(list, 12);
      expect(pagerButtons(list)).to.deep.equal(['1', '2', '3']);
      const [prev, next] = [...root(list).querySelectorAll<HTMLButtonElement>('[part~="pager"] > button')];
      expect(prev!.disabled).to.equal(true);
      next!.click();
      await until(() => api.calls('bdw_market_search').at(-1)!.get('start') === '12');
      await loaded(list, 12);
      expect(root(list).activeElement?.getAttribute('part')).to.equal('count');
      const three = [...root(list).querySelectorAll<HTMLButtonElement>('[part~="pager"] ol button')][2]!;
      three.click();
      await until(() => cards(list).length === 6);
      const nextNow = root(list).querySelectorAll<HTMLButtonElement>('[part~="pager"] > button')[1]!;
      expect(nextNow.disabled).to.equal(true);
      expect(root(list).querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('3');
    });

    it('moves a page beyond the last to the last', async () => {
      const list = await fixture<BdwMarketList>(
        html`<bdw-market-list api=${API} page-size="12" page="99"></bdw-market-list>`,
      );
      await until(() => list.page === 3 && cards(list).length === 6);
      expect(pagerButtons(list)).to.deep.equal(['1', '2', '3']);
      expect(api.calls('bdw_market_search').at(-1)!.get('start')).to.equal('24');
    });

    it('passes on the request event of a card, with the listing', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><bdw-market-list api=${API} page-size="3"></bdw-market-list></div>`,
      );
      const list = wrapper.querySelector<BdwMarketList>('bdw-market-list')!;
      await loaded(list, 3);
      const events: CustomEvent<MarketRequestDetail>[] = [];
      wrapper.addEventListener('bdw-market-request', (e) => events.push(e));
      root(cards(list)[1]!).querySelector<HTMLButtonElement>('[part~="action"]')!.click();
      expect(events).to.have.length(1);
      expect(events[0]!.target).to.equal(list);
      expect(events[0]!.detail.listing.id).to.equal(shownIds(list)[1]);
      expect(events[0]!.detail.kind).to.equal('inquiry');
    });

    it('writes an ItemList of the shown listings as JSON-LD in its light DOM', async () => {
      const list = await fixture<BdwMarketList>(
        html`<bdw-market-list api=${API} page-size="4" json-ld></bdw-market-list>`,
      );
      await loaded(list, 4);
      await until(() => list.querySelector('script[type="application/ld+json"]'));
      const data = JSON.parse(list.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data['@type']).to.equal('ItemList');
      expect(data.itemListElement.map((i: { item: { productID: string } }) => i.item.productID)).to.deep.equal(
        shownIds(list),
      );
    });

    it('shows horizontal rows, in English and dark, accessibly', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="en">
          <bdw-market-list api=${API} page-size="4" variant="horizontal" theme="dark"></bdw-market-list>
        </div>
      `);
      const list = wrapper.querySelector<BdwMarketList>('bdw-market-list')!;
      await loaded(list, 4);
      expect(cards(list).every((c) => c.variant === 'horizontal' && c.getAttribute('theme') === 'dark')).to.equal(true);
      expect(text(root(list).querySelector('[part~="count"]'))).to.equal('30 data products');
      expect([...root(list).querySelectorAll('legend')].map(text)).to.include('Price model');
      expect(text(root(list).querySelector('[part~="sort"]'))).to.contain('Price: low to high');
      await expect(list).to.be.accessible();
    });
  });

  it('lets the newest query win, aborting the one it supersedes', async () => {
    const signals: AbortSignal[] = [];
    api = stubApi(many, async (url, init) => {
      if (!url.pathname.endsWith('/bdw_market_search')) return undefined;
      signals.push(init!.signal!);
      // The first answer is slow: it must not replace the second.
      await wait(signals.length === 1 ? 400 : 10, init?.signal);
      return searchAnswer(many, url.searchParams);
    });
    const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API} page-size="30"></bdw-market-list>`);
    await until(() => signals.length === 1);
    list.priceModel = ['usage'];
    await until(() => cards(list).length > 0);
    expect(signals[0]!.aborted).to.equal(true);
    await wait(500);
    expect(shownListings(list).every((l) => l.price.model === 'usage')).to.equal(true);
  });

  it('shows loading while waiting, accessibly', async () => {
    api = stubApi(many, (_url, init) => wait(60_000, init?.signal).then(() => undefined));
    const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API}></bdw-market-list>`);
    await until(() => root(list).querySelector('[part~="loading"]'));
    expect(root(list).querySelector('[part~="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(list).to.be.accessible();
  });

  it('shows an empty state, with a way out of over-narrow filters', async () => {
    api = stubApi(many);
    const list = await fixture<BdwMarketList>(
      html`<bdw-market-list api=${API} category="교통" price-model="usage" format="XLSX"></bdw-market-list>`,
    );
    await until(() => root(list).querySelector('[part~="empty"]'));
    expect(text(root(list).querySelector('[part~="empty"]'))).to.contain('필터를 줄여 보세요');
    expect(root(list).querySelector('[part~="pager"]')).to.equal(null);
    await expect(list).to.be.accessible();
    root(list).querySelector<HTMLButtonElement>('.link-button[part~="clear"]')!.click();
    await loaded(list, 12);
    expect(list.hasAttribute('category')).to.equal(false);
  });

  it('shows an error with a retry that works, accessibly', async () => {
    let fail = true;
    api = stubApi(many, (url) =>
      fail && url.pathname.endsWith('/bdw_market_search')
        ? new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 })
        : undefined,
    );
    const list = await fixture<BdwMarketList>(html`<bdw-market-list api=${API}></bdw-market-list>`);
    await until(() => root(list).querySelector('[part~="error"]'));
    expect(text(root(list).querySelector('[part~="error"]'))).to.contain('HTTP 502');
    await expect(list).to.be.accessible();
    fail = false;
    root(list).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await loaded(list, 12);
  });

  it('says so when it has no source', async () => {
    const list = await fixture<BdwMarketList>(html`<bdw-market-list></bdw-market-list>`);
    expect(text(root(list).querySelector('[part~="empty"]'))).to.contain('api');
    await expect(list).to.be.accessible();
  });

  it('reads a static JSON file (src), filtering and sorting in the page', async () => {
    clearStaticCache();
    const body = JSON.stringify({ source: 'test', listings: many });
    api = stubApi([], (url) =>
      url.pathname.endsWith('/listings.json')
        ? new Response(body, { headers: { 'Content-Type': 'application/json' } })
        : undefined,
    );
    const list = await fixture<BdwMarketList>(
      html`<bdw-market-list src="/listings.json" page-size="50" sort="price-desc"></bdw-market-list>`,
    );
    await loaded(list, 30);
    expect(shownListings(list)[0]!.price.amount).to.equal(Math.max(...many.map((l) => l.price.amount ?? 0)));
    checkbox(list, '제공 기관 유형', '기업').click();
    const companies = many.filter((l: MarketListing) => l.provider.type === 'company').length;
    await until(() => cards(list).length === companies);
    expect(shownListings(list).every((l) => l.provider.type === 'company')).to.equal(true);
    expect(api.requests.filter((u) => u.pathname.endsWith('/listings.json'))).to.have.length(1);
  });

  it('matches a static list in NFC and NFD alike (a query or a file from macOS)', async () => {
    clearStaticCache();
    // One listing stored in NFD, as a file written on macOS may hold it.
    const nfdListing = { ...many[0]!, id: 'nfd', title: '부산 해운대구 주차장 이용 현황'.normalize('NFD') };
    const body = JSON.stringify({ source: 'test', listings: [nfdListing, ...many] });
    api = stubApi([], (url) =>
      url.pathname.endsWith('/nfd.json')
        ? new Response(body, { headers: { 'Content-Type': 'application/json' } })
        : undefined,
    );
    for (const q of ['해운대구 주차장', '해운대구 주차장'.normalize('NFD')]) {
      const list = await fixture<BdwMarketList>(html`<bdw-market-list src="/nfd.json" .q=${q}></bdw-market-list>`);
      await until(() => cards(list).length === 1);
      expect(shownListings(list).map((l) => l.id)).to.deep.equal(['nfd']);
    }
  });

  it('folds its filters on a narrow screen and keeps the grid inside it', async () => {
    api = stubApi(many);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><bdw-market-list api=${API} page-size="4"></bdw-market-list></div>`,
    );
    const list = wrapper.querySelector<BdwMarketList>('bdw-market-list')!;
    await loaded(list, 4);
    expect(root(list).querySelector('details')!.open).to.equal(false);
    const grid = root(list).querySelector<HTMLElement>('[part~="grid"]')!;
    expect(grid.scrollWidth).to.be.at.most(grid.clientWidth + 1);
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(1);
    await expect(list).to.be.accessible();
  });
});
