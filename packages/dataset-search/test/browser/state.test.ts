import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BdwDatasetSearch } from '../../src/BdwDatasetSearch.js';
import { $, $$, count, facetBox, mount, searchFor, settled, titles } from './helpers.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
  history.replaceState(null, '', location.pathname);
});

describe('URL state', () => {
  it('writes q, filters, sort and page under its namespace, and back/forward restore them', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" url-state url-namespace="s1"></bdw-dataset-search>`);
    await searchFor(el, '관광');
    const afterQuery = count(el);
    facetBox(el, '분류', '문화관광').click();
    await settled(el);
    const filtered = count(el);
    const params = new URLSearchParams(location.search);
    expect(params.get('s1.q')).to.equal('관광');
    expect(params.get('s1.groups')).to.equal('culture-tourism');
    history.back();
    await waitUntil(() => !new URLSearchParams(location.search).has('s1.groups'));
    await settled(el);
    expect(count(el)).to.equal(afterQuery);
    expect($$(el, '.chip').length).to.equal(0);
    history.forward();
    await waitUntil(() => new URLSearchParams(location.search).has('s1.groups'));
    await settled(el);
    expect(count(el)).to.equal(filtered);
  });

  it('starts from the URL, and two namespaces on one page do not collide', async () => {
    history.replaceState(null, '', '?a.q=주차&b.q=버스&a.page=2&other=keep');
    const wrapper = await fixture(
      html`<div>
        <bdw-dataset-search api="/" url-state url-namespace="a"></bdw-dataset-search>
        <bdw-dataset-search api="/" url-state url-namespace="b"></bdw-dataset-search>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('bdw-dataset-search')] as BdwDatasetSearch[];
    await settled(a!);
    await settled(b!);
    expect($<HTMLInputElement>(a!, 'input[role="combobox"]').value).to.equal('주차');
    expect($<HTMLInputElement>(b!, 'input[role="combobox"]').value).to.equal('버스');
    expect($(a!, '[aria-current="page"]').textContent!.trim()).to.equal('2');
    await searchFor(b!, '지하철');
    const params = new URLSearchParams(location.search);
    expect(params.get('a.q')).to.equal('주차');
    expect(params.get('b.q')).to.equal('지하철');
    expect(params.get('other')).to.equal('keep');
  });
});

describe('a newer query always wins', () => {
  it('never shows a stale result set across 200 raced queries with random delays', async function () {
    this.timeout(90_000);
    // Real API, but each response is held back 0–40 ms at random, so answers arrive out of order.
    window.fetch = async (input, init) => {
      const response = await realFetch(input, init);
      await new Promise((r) => setTimeout(r, Math.random() * 40));
      init?.signal?.throwIfAborted();
      return response;
    };
    const el = await mount(html`<bdw-dataset-search api="/" facets="groups"></bdw-dataset-search>`);
    const words = ['주차', '버스', '관광', '방사선', '미세먼지', '공원', '도서관', '지하철', '어린이집', '병원'];
    const issued: string[] = [];
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const list = $(el, '.results');
      if (list && list.getAttribute('aria-busy') === 'false') shown.push(list.dataset['query']!);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]');
    for (let i = 0; i < 200; i++) {
      const q = `${words[i % words.length]}`;
      issued.push(q);
      input.value = q;
      input.dispatchEvent(new InputEvent('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await new Promise((r) => setTimeout(r, Math.random() * 15));
    }
    await settled(el);
    observer.disconnect();
    // Every settled result set answered the query that was current when it was painted,
    // and the last one painted answers the last query issued.
    const last = issued.at(-1)!;
    expect($(el, '.results').dataset['query']).to.equal(last);
    expect(shown.at(-1)).to.equal(last);
    const marks = $$(el, '.result__title mark').map((m) => m.textContent);
    expect(marks.every((m) => m === last)).to.equal(true);
    window.fetch = realFetch;
    const direct = await (await realFetch(`/api/3/action/package_search?q=${encodeURIComponent(last)}&rows=0`)).json();
    expect(count(el)).to.equal(direct.result.count);
  });
});

describe('failures', () => {
  it('shows a readable error with a retry that works, and stays accessible', async () => {
    let fail = true;
    window.fetch = async (input, init) => {
      if (fail)
        return new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } });
      return realFetch(input, init);
    };
    const el = await mount(html`<bdw-dataset-search api="/" q="주차"></bdw-dataset-search>`);
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('HTTP 502');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part="retry"]').click();
    await settled(el);
    expect(count(el)).to.be.greaterThan(0);
  });

  it('says so in English when the network is down', async () => {
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const wrapper = await fixture(html`<div lang="en"><bdw-dataset-search api="/"></bdw-dataset-search></div>`);
    const el = wrapper.querySelector('bdw-dataset-search')!;
    await settled(el);
    expect($(el, '[role="alert"]').textContent).to.contain('cannot be reached');
  });

  it('tells the page to set a source when it has none', async () => {
    const el = await fixture<BdwDatasetSearch>(html`<bdw-dataset-search></bdw-dataset-search>`);
    expect($(el, '[part="empty"]').textContent).to.contain('api 또는 src');
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton that is accessible', async () => {
    window.fetch = () => new Promise(() => {});
    const el = await fixture<BdwDatasetSearch>(html`<bdw-dataset-search api="/slow"></bdw-dataset-search>`);
    expect($(el, '[part="loading"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('hostile data stays text', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=2</script>',
    '"><svg onload="window.__xss=3">',
    'javascript:window.__xss=4',
    '</script><script>window.__xss=5</script>',
  ];
  it('renders XSS strings in titles, notes, organisations, tags and formats as inert text', async () => {
    const catalog = payloads.map((p, i) => ({
      id: `x${i}`,
      name: `x-${i}`,
      title: `위험 ${p}`,
      notes: `설명 ${p} **굵게**`,
      organization: { name: `o${i}`, title: p },
      tags: [{ name: p }],
      resources: [{ format: p, url: 'javascript:alert(1)' }],
      metadata_modified: '2024-01-01T00:00:00',
    }));
    const url = URL.createObjectURL(new Blob([JSON.stringify(catalog)], { type: 'application/json' }));
    const el = await mount(
      html`<bdw-dataset-search src=${url} href-template="/dataset/{name}" json-ld></bdw-dataset-search>`,
    );
    await searchFor(el, '위험');
    expect(titles(el)).to.have.length(payloads.length);
    expect(el.shadowRoot!.querySelectorAll('img, script, svg').length).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror="window.__xss=1">');
    for (const a of $$<HTMLAnchorElement>(el, '.result__title a'))
      expect(a.getAttribute('href')).to.match(/^\/dataset\//);
    // The JSON-LD writer is fetched when first needed.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 10_000 });
    const jsonLd = el.querySelector('script[type="application/ld+json"]')!;
    expect(jsonLd.textContent).not.to.contain('</script>');
    expect(JSON.parse(jsonLd.textContent!)['@graph'][0].distribution).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('composition', () => {
  it('fires bdw-search on user changes and bdw-dataset-select on a result, which can cancel navigation', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" href-template="#/dataset/{name}"></bdw-dataset-search>`);
    const searched = oneEvent(el, 'bdw-search');
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]');
    input.value = '공원';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const { detail } = await searched;
    expect(detail.query.q).to.equal('공원');
    await settled(el);
    el.addEventListener('bdw-dataset-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'bdw-dataset-select');
    const link = $<HTMLAnchorElement>(el, '.result__title a');
    link.click();
    const event = await selected;
    expect(event.detail.dataset.title).to.equal(link.textContent!.trim());
    expect(location.hash).to.equal('');
  });

  it('suggests titles while typing; arrows and Enter pick one, Escape closes', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]');
    input.focus();
    input.value = '환경방사선';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'no suggestions', { timeout: 5000 });
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    await el.updateComplete;
    const option = $(el, '[role="option"][aria-selected="true"]');
    expect(input.getAttribute('aria-activedescendant')).to.equal(option.id);
    await expect(el).to.be.accessible();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settled(el);
    expect(input.value).to.equal(option.textContent!.trim());
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(titles(el)).to.include(option.textContent!.trim());
  });

  it('works inside <bdw-catalog> without its own api', async () => {
    await import('@bdw/core/bdw-catalog.js');
    const wrapper = await fixture(
      html`<bdw-catalog api="/"><bdw-dataset-search q="도서관" facets="groups"></bdw-dataset-search></bdw-catalog>`,
    );
    const el = wrapper.querySelector('bdw-dataset-search')!;
    await settled(el);
    expect(count(el)).to.be.greaterThan(0);
  });
});
