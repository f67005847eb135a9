import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, apiCount, count, facetBox, facetCount, mount, searchFor, settled, titles } from './helpers.js';

/** The real catalog-api (61,366 datasets) is served on this origin by the test server. */
describe('<bdw-dataset-search> against the real catalog-api', () => {
  it('finds …공영주차장… datasets for 주차 and highlights the word', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" page-size="50"></bdw-dataset-search>`);
    await searchFor(el, '주차');
    expect(count(el)).to.be.greaterThan(400);
    const pageTitles = titles(el);
    expect(pageTitles.length).to.equal(50);
    expect(pageTitles.some((t) => t.includes('공영주차장'))).to.equal(true);
    const marks = $$(el, '.result__title mark').map((m) => m.textContent);
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((m) => m === '주차')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('ORs within a facet and ANDs across facets, with counts that add up', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" facets="groups,res_format"></bdw-dataset-search>`);
    await searchFor(el, '주차');
    const transport = facetCount(el, '분류', '교통물류');
    const admin = facetCount(el, '분류', '공공행정');
    facetBox(el, '분류', '교통물류').click();
    await settled(el);
    expect(count(el)).to.equal(transport);
    // The other categories keep their counts, so a second one can be added (OR).
    expect(facetCount(el, '분류', '공공행정')).to.equal(admin);
    facetBox(el, '분류', '공공행정').click();
    await settled(el);
    expect(count(el)).to.equal(transport + admin);
    const api = facetCount(el, '형식', '오픈API');
    facetBox(el, '형식', '오픈API').click();
    await settled(el);
    expect(count(el)).to.equal(api);
    expect($$(el, '.chip').length).to.equal(4); // three filters + "clear all"
    $(el, '.chip--clear').click();
    await settled(el);
    expect(count(el)).to.be.greaterThan(transport + admin);
  });

  it('pages and sorts, and never offers a page past the total', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" q="방사선" page-size="10"></bdw-dataset-search>`);
    const total = count(el);
    const last = Math.ceil(total / 10);
    const pages = $$(el, '.pagination ul .page').map((b) => Number(b.textContent));
    expect(Math.max(...pages)).to.equal(last);
    const first = titles(el);
    $$<HTMLButtonElement>(el, '.pagination > .page').at(-1)!.click(); // next
    await settled(el);
    expect(titles(el)[0]).not.to.equal(first[0]);
    expect($(el, '[aria-current="page"]').textContent!.trim()).to.equal('2');
    const sort = $<HTMLSelectElement>(el, '.toolbar select');
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await settled(el);
    const sorted = titles(el);
    expect([...sorted].sort()).to.deep.equal(sorted);
    expect($(el, '[aria-current="page"]').textContent!.trim()).to.equal('1');
  });

  it('announces the result count in a live region', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" q="미세먼지"></bdw-dataset-search>`);
    const live = $$(el, '[role="status"][aria-live="polite"]').find((r) => r.textContent!.includes('미세먼지'))!;
    expect(live.textContent).to.match(/미세먼지 검색 결과 [\d,]+건/);
  });

  it('offers similar searches and clearing filters when nothing is found', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" q="공영주차장요금안내서"></bdw-dataset-search>`);
    const empty = $(el, '[part="empty"]');
    expect(empty.textContent).to.contain('공영주차장요금안내서');
    const tries = [...empty.querySelectorAll<HTMLButtonElement>('.similar .link')];
    expect(tries.length).to.be.greaterThan(0);
    tries[0]!.click();
    await settled(el);
    expect(count(el)).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('proposes real title words of the catalogue, not two-syllable fragments, with their true counts', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" q="해운대해수욕장주차장실시간"></bdw-dataset-search>`);
    const tries = [...$(el, '[part="empty"]').querySelectorAll<HTMLButtonElement>('.similar .link')];
    const shown = tries.map((b) => /^(.+) \(([\d,]+)건\)$/.exec(b.textContent!.trim())!);
    const words = shown.map((m) => m[1]!);
    expect(words).to.include('주차장').and.include('실시간');
    for (const fragment of ['대해', '장주', '욕장']) expect(words).to.not.include(fragment);
    for (const match of shown) {
      expect(Number(match[2]!.replace(/,/g, '')), match[1]).to.equal(await apiCount({ q: match[1]! }));
    }
  });

  it('speaks English with lang="en"', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><bdw-dataset-search api="/" q="버스"></bdw-dataset-search></div>`,
    );
    const el = wrapper.querySelector('bdw-dataset-search')!;
    await settled(el);
    expect($(el, '.count').textContent).to.match(/^[\d,]+ datasets$/);
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Search');
    expect($(el, 'legend').textContent!.trim()).to.equal('Organisation');
  });
});

describe('narrow layouts', () => {
  it('folds the facets into a closed "filters" disclosure below 768 px, and it opens by keyboard', async () => {
    const wrapper = await fixture(
      html`<div style="width: 360px"><bdw-dataset-search api="/" q="주차"></bdw-dataset-search></div>`,
    );
    const el = wrapper.querySelector('bdw-dataset-search')!;
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('details.facets__fold'), 'facets did not fold', {
      timeout: 10_000,
    });
    const fold = $<HTMLDetailsElement>(el, 'details.facets__fold');
    expect(fold.open).to.equal(false);
    fold.querySelector('summary')!.click();
    expect(fold.open).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
