import { expect, fixture, html } from '@open-wc/testing';
import type { MarketListing, PriceModel } from '@bdw/core';
import '../../src/bdw-market-card.js';
import type { BdwMarketCard } from '../../src/BdwMarketCard.js';
import type { MarketRequestDetail } from '../../src/events.js';
import { complete, hostile, minimal, prices } from '../fixtures.js';
import { stubApi, until, type ApiStub } from './api-stub.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function card(listing: MarketListing | null, attrs: { variant?: string; lang?: string; theme?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${attrs.lang ?? 'ko'} style="width: 56rem">
      <bdw-market-card .listing=${listing} variant=${attrs.variant ?? 'full'} theme=${attrs.theme ?? 'light'}>
      </bdw-market-card>
    </div>
  `);
  const el = wrapper.querySelector<BdwMarketCard>('bdw-market-card')!;
  await el.updateComplete;
  return el;
}

describe('<bdw-market-card>', () => {
  it('renders every field of a listing (full variant)', async () => {
    const el = await card(complete);
    const title = shadow(el).querySelector('h3')!;
    expect(text(title)).to.equal(complete.title);
    expect(text(part(el, 'provider')))
      .to.contain('BNK부산은행')
      .and.contain('기업');
    expect(text(part(el, 'badges')))
      .to.contain('소비·상권')
      .and.contain('예시 데이터');
    expect(text(part(el, 'summary'))).to.equal(complete.summary);
    expect(text(part(el, 'price')))
      .to.contain('구독')
      .and.contain('월 120만원');
    const facts = text(part(el, 'facts'));
    for (const expected of [
      '이용 조건',
      '구독 이용약관 (계약 기간 내 이용, 제3자 제공 금지)',
      'CSV, API',
      'Open API, 파일 다운로드',
      '매월',
      '2020-01 ~ 현재',
      '부산광역시 16개 구·군',
      '월 약 48만 행',
      '샘플 제공',
      '5점 만점에 4.6점 · 리뷰 23개',
      '2026. 11. 5.',
    ]) {
      expect(facts).to.contain(expected);
    }
    expect([...part(el, 'tags')!.querySelectorAll('li')].map(text)).to.deep.equal(['카드소비', '지역경제']);
    expect(shadow(el).querySelectorAll('[part~="action"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['ko', 'en'] as const) {
    const expected: Record<PriceModel, string> = {
      free: lang === 'ko' ? '무료' : 'Free',
      negotiation: lang === 'ko' ? '가격 협의 가격 문의' : 'Negotiable Contact for price',
      subscription: lang === 'ko' ? '구독 월 120만원' : 'Subscription ₩1,200,000 / month',
      'one-off': lang === 'ko' ? '1회 구매 300만원' : 'One-off purchase ₩3,000,000',
      usage: lang === 'ko' ? '사용량 과금 1,000건 호출당 5,000원' : 'Usage-based ₩5,000 per 1,000건 호출',
    };
    for (const model of Object.keys(prices) as PriceModel[]) {
      it(`shows the ${model} price in ${lang}`, async () => {
        const el = await card({ ...complete, price: prices[model] }, { lang, variant: 'compact' });
        const price = part(el, 'price')!;
        const visible = text(price).replace(/^(가격|Price): /, '');
        expect(visible).to.equal(expected[model]);
        expect(price.classList.contains(`price--${model}`)).to.equal(true);
      });
    }
  }

  it('speaks English', async () => {
    const el = await card(complete, { lang: 'en' });
    expect(text(part(el, 'provider'))).to.contain('Company');
    expect(text(part(el, 'badges')))
      .to.contain('Consumer spending')
      .and.contain('Sample listing');
    expect(text(part(el, 'facts')))
      .to.contain('Terms of use')
      .and.contain('Nov 5, 2026')
      .and.contain('Monthly');
    expect(text(part(el, 'actions')))
      .to.contain('Ask to buy')
      .and.contain('Request a sample');
  });

  for (const variant of ['compact', 'horizontal', 'full'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible as ${variant} in ${theme}`, async () => {
        const el = await card(complete, { variant, theme });
        expect(shadow(el).querySelector(`.card--${variant}`)).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('fires bdw-market-request with the listing on a click only, bubbling out of shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><bdw-market-card .listing=${complete}></bdw-market-card></div>`,
    );
    const events: CustomEvent<MarketRequestDetail>[] = [];
    wrapper.addEventListener('bdw-market-request', (e) => events.push(e));
    const el = wrapper.querySelector<BdwMarketCard>('bdw-market-card')!;
    await el.updateComplete;
    el.listing = { ...complete, title: '바뀐 제목' };
    await el.updateComplete;
    expect(events).to.have.length(0);
    const [inquiry, sample] = shadow(el).querySelectorAll<HTMLButtonElement>('[part~="action"]');
    inquiry!.click();
    sample!.click();
    expect(events.map((e) => e.detail.kind)).to.deep.equal(['inquiry', 'sample']);
    expect(events[0]!.detail.listing.title).to.equal('바뀐 제목');
    expect(events[0]!.detail.listing.id).to.equal(complete.id);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('shows the answer to a request under its buttons and moves focus there; a new listing clears it', async () => {
    const el = await card(complete);
    part(el, 'action')!.focus();
    await el.confirmRequest('구매 문의를 보냈습니다');
    const note = part(el, 'confirmation')!;
    expect(text(note)).to.equal('구매 문의를 보냈습니다');
    expect(shadow(el).activeElement).to.equal(note);
    expect(note.compareDocumentPosition(part(el, 'actions')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    await expect(el).to.be.accessible();
    el.listing = { ...complete, id: 'other' };
    await el.updateComplete;
    expect(part(el, 'confirmation')).to.equal(null);
  });

  it('offers no sample request without a sample, and lets the actions slot replace the buttons', async () => {
    const el = await card({ ...complete, sampleAvailable: false });
    expect(shadow(el).querySelectorAll('[part~="action"]')).to.have.length(1);
    const slotted = await fixture<BdwMarketCard>(html`
      <bdw-market-card .listing=${complete}><a slot="actions" href="/buy">구매 페이지</a></bdw-market-card>
    `);
    const slot = shadow(slotted).querySelector<HTMLSlotElement>('slot[name="actions"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['구매 페이지']);
    await expect(slotted).to.be.accessible();
  });

  it('keeps hostile text as text: no element, no script run, no javascript: logo', async () => {
    const el = await card(hostile);
    const root = shadow(el);
    expect(root.querySelector('img, script, svg, iframe')).to.equal(null);
    expect(text(root.querySelector('h3'))).to.contain('<img src=x onerror=');
    expect(text(part(el, 'summary'))).to.contain('<script>');
    expect(text(part(el, 'facts'))).to.contain('<img');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('degrades missing fields: no "undefined", a title placeholder, a letter for the logo', async () => {
    for (const lang of ['ko', 'en']) {
      for (const variant of ['compact', 'horizontal', 'full']) {
        const el = await card(minimal, { lang, variant });
        const all = text(shadow(el).querySelector('article'));
        expect(all).to.not.match(/undefined|null|NaN|Invalid Date/);
        expect(text(shadow(el).querySelector('h3'))).to.equal(lang === 'ko' ? '(제목 없음)' : '(Untitled)');
        expect(part(el, 'summary')).to.equal(null);
        expect(part(el, 'tags')).to.equal(null);
        expect(part(el, 'rating')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    }
    const odd = await card({ title: 42, price: { model: 'barter', amount: 'much' }, formats: 'CSV' } as never);
    expect(text(part(odd, 'price'))).to.contain('가격 문의');
    expect(text(shadow(odd).querySelector('article'))).to.not.contain('undefined');
  });

  it('shows an http(s) logo, and a letter instead when it fails to load', async () => {
    const logoUrl = new URL('./logo.svg', import.meta.url).href;
    const el = await card({ ...complete, provider: { ...complete.provider, logoUrl } });
    const img = shadow(el).querySelector<HTMLImageElement>('img[part~="logo"]')!;
    expect(img.src).to.equal(logoUrl);
    expect(img.alt).to.equal('');
    const broken = await card({ ...complete, provider: { ...complete.provider, logoUrl: '/no-such-logo.png' } });
    await until(() => shadow(broken).querySelector('.monogram'));
    expect(text(shadow(broken).querySelector('.monogram'))).to.equal('B');
    const ncom = await card({ ...complete, provider: { ...complete.provider, name: '(주)엔컴' } });
    expect(text(shadow(ncom).querySelector('.monogram'))).to.equal('엔');
  });

  it('wraps very long Korean text inside a narrow card', async () => {
    const long = {
      ...complete,
      title:
        '부산불꽃축제·부산국제영화제 등 대형 축제 기간 전후 주변 상권 매출 변화와 방문객 소비 행태 비교 분석 데이터셋',
      summary: '부산불꽃축제, 부산국제영화제, 부산바다축제 '.repeat(20),
      tags: ['아주긴태그이름이계속이어지는경우에도줄바꿈이되어야합니다'.repeat(3)],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><bdw-market-card .listing=${long} variant="full"></bdw-market-card></div>`,
    );
    const el = wrapper.querySelector<BdwMarketCard>('bdw-market-card')!;
    await el.updateComplete;
    const article = shadow(el).querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(281);
    expect(getComputedStyle(shadow(el).querySelector('h3')!).wordBreak).to.equal('keep-all');
  });

  it('writes Product JSON-LD into its light DOM as text, and removes it when asked', async () => {
    const el = await fixture<BdwMarketCard>(
      html`<bdw-market-card json-ld href="https://portal.kr/market/{id}" .listing=${hostile}></bdw-market-card>`,
    );
    await until(() => el.querySelector('script[type="application/ld+json"]'));
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.match(/[<>]/);
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('Product');
    expect(data.name).to.equal(hostile.title);
    expect(data.url).to.equal(`https://portal.kr/market/${encodeURIComponent(hostile.id)}`);
    expect(el.querySelectorAll('script')).to.have.length(1);
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('links the title only to http(s) or relative addresses', async () => {
    const el = await fixture<BdwMarketCard>(
      html`<bdw-market-card href="/market/{id}" .listing=${complete}></bdw-market-card>`,
    );
    const link = shadow(el).querySelector<HTMLAnchorElement>('h3 a')!;
    expect(link.href).to.equal(new URL(`/market/${complete.id}`, location.href).href);
    const bad = await fixture<BdwMarketCard>(
      html`<bdw-market-card href="javascript:alert('{id}')" .listing=${complete}></bdw-market-card>`,
    );
    expect(shadow(bad).querySelector('h3 a')).to.equal(null);
  });

  it('takes a listing as a JSON attribute, and bad JSON as no listing', async () => {
    const el = await fixture<BdwMarketCard>(
      html`<bdw-market-card listing=${JSON.stringify(complete)}></bdw-market-card>`,
    );
    expect(text(shadow(el).querySelector('h3'))).to.equal(complete.title);
    const bad = await fixture<BdwMarketCard>(html`<bdw-market-card listing="{not json"></bdw-market-card>`);
    expect(text(part(bad, 'empty'))).to.contain('표시할 데이터 상품이 없습니다');
    await expect(bad).to.be.accessible();
  });

  describe('with listing-id', () => {
    let api: ApiStub;
    beforeEach(() => {
      api = stubApi([complete]);
    });
    afterEach(() => api.restore());

    it('loads the listing with bdw_market_show', async () => {
      const el = await fixture<BdwMarketCard>(
        html`<bdw-market-card api="https://catalog.test" listing-id=${complete.id}></bdw-market-card>`,
      );
      await until(() => text(shadow(el).querySelector('h3')) === complete.title);
      expect(api.calls('bdw_market_show')[0]!.get('id')).to.equal(complete.id);
      await expect(el).to.be.accessible();
    });

    it('shows a not-found error without a pointless retry', async () => {
      const el = await fixture<BdwMarketCard>(
        html`<bdw-market-card api="https://catalog.test" listing-id="nope"></bdw-market-card>`,
      );
      await until(() => part(el, 'error'));
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
