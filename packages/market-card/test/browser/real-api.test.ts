import { expect, fixture, html } from '@open-wc/testing';
import type { MarketListing, PriceModel } from '@bdw/core';
import '../../src/bdw-market-card.js';
import '../../src/bdw-market-list.js';
import type { BdwMarketCard } from '../../src/BdwMarketCard.js';
import type { BdwMarketList } from '../../src/BdwMarketList.js';
import { until } from './api-stub.js';

/**
 * Against the real embedded catalogue (apps/catalog-api, served on this test server's
 * origin by web-test-runner.config.mjs): its `bdw_market_search` / `bdw_market_show`
 * over the sample listings of apps/catalog-api/data/market-listings.json.
 */
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (list: BdwMarketList) => [...root(list).querySelectorAll<BdwMarketCard>('bdw-market-card')];

async function action(name: string, params: Record<string, string>): Promise<unknown> {
  const response = await fetch(`/api/3/action/${name}?${new URLSearchParams(params)}`);
  const body = (await response.json()) as { success: boolean; result: unknown };
  expect(body.success).to.equal(true);
  return body.result;
}

let all: MarketListing[];
before(async () => {
  const result = (await action('bdw_market_search', { rows: '1000' })) as { results: MarketListing[] };
  all = result.results;
});

async function settled(list: BdwMarketList, check: () => boolean) {
  await until(() => !root(list).querySelector('.busy') && text(root(list).querySelector('[part~="count"]')) && check());
  await Promise.all(cards(list).map((c) => c.updateComplete));
}

describe('with the real catalogue API', () => {
  it('serves the sample listings', () => {
    expect(all.length).to.be.greaterThan(40);
    expect(all.every((l) => l.isSample)).to.equal(true);
  });

  it('renders every field of a listing loaded with bdw_market_show', async () => {
    const listing = all.find((l) => l.rating !== null && l.volume && l.coverage.period && l.tags.length > 1)!;
    const el = await fixture<BdwMarketCard>(
      html`<bdw-market-card api="/" listing-id=${listing.id} variant="full"></bdw-market-card>`,
    );
    await until(() => text(root(el).querySelector('h3')) === listing.title);
    const card = text(root(el).querySelector('article'));
    const expected = [
      listing.title,
      listing.provider.name,
      listing.provider.type === 'public' ? '공공기관' : '기업',
      listing.category,
      listing.summary,
      listing.license,
      listing.formats.join(', '),
      listing.coverage.period!,
      listing.coverage.region!,
      listing.volume!,
      listing.sampleAvailable ? '샘플 제공' : '샘플 없음',
      `리뷰 ${listing.reviewCount}개`,
      '예시 데이터',
      ...listing.tags,
    ];
    for (const value of expected) expect(card).to.contain(value);
    expect(text(root(el).querySelector('.fact--updated dd'))).to.match(/^\d{4}\. \d{1,2}\. \d{1,2}\.$/);
    expect(text(root(el).querySelector('.fact--delivery dd'))).to.not.equal('');
    expect(text(root(el).querySelector('.fact--updateFrequency dd'))).to.not.equal('');
    expect(card).to.not.match(/undefined|null|NaN/);
    await expect(el).to.be.accessible();
  });

  const labels: Record<PriceModel, [string, string]> = {
    free: ['무료', 'Free'],
    negotiation: ['가격 협의', 'Negotiable'],
    subscription: ['구독', 'Subscription'],
    'one-off': ['1회 구매', 'One-off purchase'],
    usage: ['사용량 과금', 'Usage-based'],
  };
  for (const [model, [ko, en]] of Object.entries(labels)) {
    it(`filters by the ${model} price model and shows it in ko and en`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <bdw-market-list lang="ko" api="/" price-model=${model} page-size="50"></bdw-market-list>
          <bdw-market-list lang="en" api="/" price-model=${model} page-size="50"></bdw-market-list>
        </div>
      `);
      const expected = all.filter((l) => l.price.model === model).length;
      expect(expected).to.be.greaterThan(0);
      for (const [list, label] of [...wrapper.querySelectorAll<BdwMarketList>('bdw-market-list')].map(
        (l, i) => [l, i === 0 ? ko : en] as const,
      )) {
        await settled(list, () => cards(list).length === expected);
        for (const card of cards(list)) {
          const price = root(card).querySelector('[part~="price"]')!;
          expect(text(price.querySelector('.price__model'))).to.equal(label);
          const amount = text(price.querySelector('.price__amount'));
          if (model === 'subscription')
            expect(amount).to.match(label === ko ? /^(월|연) [\d,억만 ]+원$/ : /^₩[\d,]+ \/ (month|year)$/);
          if (model === 'one-off') expect(amount).to.match(label === ko ? /^[\d,억만 ]+원$/ : /^₩[\d,]+$/);
          if (model === 'usage') expect(amount).to.match(label === ko ? /당 [\d,만 ]+원$/ : /^₩[\d,]+ per /);
          if (model === 'negotiation') expect(amount).to.equal(label === ko ? '가격 문의' : 'Contact for price');
          if (model === 'free') expect(amount).to.equal('');
        }
      }
    });
  }

  it('changes the result with filters and sort', async () => {
    const list = await fixture<BdwMarketList>(html`<bdw-market-list api="/" page-size="12"></bdw-market-list>`);
    await settled(list, () => cards(list).length === 12);
    expect(text(root(list).querySelector('[part~="count"]'))).to.equal(`데이터 상품 ${all.length}건`);
    const pages = Math.ceil(all.length / 12);
    const offered = [...root(list).querySelectorAll('[part~="pager"] ol button')].map((b) => Number(text(b)));
    expect(Math.max(...offered)).to.equal(pages);

    list.providerType = ['company'];
    list.category = ['소비·상권'];
    const companies = all.filter((l) => l.provider.type === 'company' && l.category === '소비·상권');
    await settled(
      list,
      () => text(root(list).querySelector('[part~="count"]')) === `데이터 상품 ${companies.length}건`,
    );
    expect(cards(list).every((c) => c.shownListing!.provider.type === 'company')).to.equal(true);

    list.sort = 'price-desc';
    const top = Math.max(...companies.map((l) => l.price.amount ?? 0));
    await settled(list, () => cards(list)[0]?.shownListing?.price.amount === top);
    const amounts = cards(list)
      .map((c) => c.shownListing!.price.amount)
      .filter((a): a is number => a !== null);
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a));
    await expect(list).to.be.accessible();
  });
});
