import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BdwDatasetSearch } from '../../src/BdwDatasetSearch.js';
import { $, $$, apiCount, count, focused, mount, press, settled, typeKeys } from './helpers.js';

/** The real catalogue: 992 organisations, of which the facet lists the top 50; 부산광역시 해운대구 is not among them. */
const HAEUNDAE = 'org-3330000';
const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
  history.replaceState(null, '', location.pathname);
});

const orgFacet = (el: BdwDatasetSearch) =>
  $$(el, 'fieldset.facet').find((f) => f.querySelector('legend')!.textContent!.trim() === '기관')!;
const facetInput = (el: BdwDatasetSearch) => orgFacet(el).querySelector<HTMLInputElement>('.facet__search')!;
const matchLabels = (el: BdwDatasetSearch) =>
  [...orgFacet(el).querySelectorAll('.facet__label')].map((l) => l.textContent!.trim());
const chipLabels = (el: BdwDatasetSearch) =>
  $$(el, '.chip:not(.chip--clear)').map((c) => c.querySelector('span')!.textContent!.trim());

/** Types into the organisation facet's search box and waits for the server's matches. */
async function findOrganisation(el: BdwDatasetSearch, text: string) {
  const input = facetInput(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  // The facet search's code loads with the first keystroke; then it shows "찾는 중…" until the answer.
  await waitUntil(() => orgFacet(el).querySelector('.facet__items[aria-busy]'), 'no facet search', { timeout: 8000 });
  await el.updateComplete;
  await waitUntil(() => orgFacet(el).querySelector('.facet__none')?.textContent?.includes('찾음'), 'no matches', {
    timeout: 8000,
  });
}

function matchItem(el: BdwDatasetSearch, label: string) {
  const item = [...orgFacet(el).querySelectorAll('label.facet__item')].find(
    (l) => l.querySelector('.facet__label')!.textContent!.trim() === label,
  );
  if (!item) throw new Error(`no ${label} among ${matchLabels(el).join(', ')}`);
  return {
    box: item.querySelector('input')!,
    count: Number(item.querySelector('.facet__count')!.textContent!.replace(/[^\d]/g, '')),
  };
}

describe('facet search (search inside a facet) against the real catalogue', () => {
  it('finds 부산광역시 해운대구 (not in the top 50) by 해운대, counts it, and choosing it filters to it', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    const topFifty = (el as unknown as { search: { lastResult: { facets: Record<string, { items: unknown[] }> } } })
      .search.lastResult.facets['organization']!.items;
    expect(topFifty.length).to.equal(50);
    expect(matchLabels(el)).not.to.include('부산광역시 해운대구');
    await findOrganisation(el, '해운대');
    const expected = await apiCount({ fq: `organization:"${HAEUNDAE}"` });
    expect(expected).to.equal(126);
    const { box, count: shown } = matchItem(el, '부산광역시 해운대구');
    expect(shown).to.equal(expected);
    await expect(el).to.be.accessible();
    box.click();
    await settled(el);
    expect(count(el)).to.equal(expected);
    expect(chipLabels(el)).to.deep.equal(['부산광역시 해운대구']);
    // Cleared, the facet lists the chosen value with its real count, not 0 and its id.
    facetInput(el).value = '';
    facetInput(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await waitUntil(() => matchLabels(el).includes('부산광역시 해운대구'));
    expect(matchItem(el, '부산광역시 해운대구').count).to.equal(expected);
  });

  it('counts matches under the current query and the other facets’ filters', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" q="주차"></bdw-dataset-search>`);
    await findOrganisation(el, '해운대');
    const expected = await apiCount({ q: '주차', fq: `organization:"${HAEUNDAE}"` });
    expect(expected).to.be.greaterThan(0);
    expect(matchItem(el, '부산광역시 해운대구').count).to.equal(expected);
  });

  it('works from the keyboard: Tab to the box, type, ↓, Space/Enter to choose, Delete on the chip removes it', async () => {
    const el = await mount(html`<bdw-dataset-search api="/" facets="organization,res_format"></bdw-dataset-search>`);
    const total = count(el);
    $<HTMLInputElement>(el, '#q').focus();
    // Search box → search button → the organisation facet's search box.
    await press('Tab');
    await press('Tab');
    expect(focused(el)).to.equal(facetInput(el));
    await typeKeys('해운대');
    await waitUntil(() => orgFacet(el).querySelector('.facet__none')?.textContent?.includes('찾음'), 'no matches', {
      timeout: 8000,
    });
    await press('ArrowDown');
    const boxes = [...orgFacet(el).querySelectorAll<HTMLInputElement>('.facet__items input')];
    const target = boxes.indexOf(matchItem(el, '부산광역시 해운대구').box);
    expect(target).to.be.greaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await press('ArrowDown');
    expect(focused(el)).to.equal(boxes[target]);
    await press('Space');
    await settled(el);
    expect(chipLabels(el)).to.deep.equal(['부산광역시 해운대구']);
    expect(count(el)).to.equal(126);
    // Enter ticks too (here: unticks), ↑ goes back towards the box.
    await press('Enter');
    await settled(el);
    expect(chipLabels(el)).to.deep.equal([]);
    expect(count(el)).to.equal(total);
    await press('Space');
    await settled(el);
    const chip = $$(el, '.chip:not(.chip--clear)')[0]!;
    chip.focus();
    await press('Delete');
    await settled(el);
    expect(chipLabels(el)).to.deep.equal([]);
    // Focus went somewhere sensible (the search box, as no chip is left), not to <body>.
    expect(focused(el)).to.equal($(el, '#q'));
    expect(count(el)).to.equal(total);
  });

  it('Backspace on a chip removes it and focus moves to the next chip', async () => {
    history.replaceState(null, '', `?ds.organization=${HAEUNDAE}&ds.res_format=API`);
    const el = await mount(html`<bdw-dataset-search api="/" url-state></bdw-dataset-search>`);
    await waitUntil(() => chipLabels(el).includes('부산광역시 해운대구'), 'no display name', { timeout: 8000 });
    const first = $$(el, '.chip:not(.chip--clear)')[0]!;
    first.focus();
    await press('Backspace');
    await settled(el);
    expect(chipLabels(el)).to.deep.equal(['오픈API']);
    expect(focused(el)).to.equal($$(el, '.chip:not(.chip--clear)')[0]);
    expect(new URLSearchParams(location.search).get('ds.organization')).to.equal(null);
    // "Clear all" from the keyboard leaves focus in the search box, not on <body>.
    $<HTMLButtonElement>(el, '.chip--clear').focus();
    await press('Enter');
    await settled(el);
    expect(chipLabels(el)).to.deep.equal([]);
    expect(focused(el)).to.equal($(el, '#q'));
  });

  it('shows a filter from the URL by its display name, keeping the id as the filter', async () => {
    history.replaceState(null, '', `?ds.organization=${HAEUNDAE}`);
    const el = await mount(html`<bdw-dataset-search api="/" url-state></bdw-dataset-search>`);
    await waitUntil(() => chipLabels(el).length === 1 && chipLabels(el)[0] !== HAEUNDAE, 'chip not named', {
      timeout: 8000,
    });
    expect(chipLabels(el)).to.deep.equal(['부산광역시 해운대구']);
    expect(count(el)).to.equal(await apiCount({ fq: `organization:"${HAEUNDAE}"` }));
    expect(new URLSearchParams(location.search).get('ds.organization')).to.equal(HAEUNDAE);
    expect($(el, '.chip').getAttribute('aria-label')).to.equal('기관: 부산광역시 해운대구 필터 해제');
    await expect(el).to.be.accessible();
  });

  it('names group and licence filters from the URL too (search_facets, license_list)', async () => {
    history.replaceState(null, '', '?ds.groups=transport-logistics&ds.license_id=cc-zero');
    const el = await mount(html`<bdw-dataset-search api="/" url-state></bdw-dataset-search>`);
    await waitUntil(() => !chipLabels(el).includes('cc-zero'), 'licence chip not named', { timeout: 8000 });
    expect(chipLabels(el)).to.deep.equal(['교통물류', 'Creative Commons CCZero']);
    const params = new URLSearchParams(location.search);
    expect([params.get('ds.groups'), params.get('ds.license_id')]).to.deep.equal(['transport-logistics', 'cc-zero']);
  });

  it('names a URL filter that has no dataset under the query (organization_show)', async () => {
    history.replaceState(null, '', `?ds.q=${encodeURIComponent('미세먼지')}&ds.organization=${HAEUNDAE}`);
    const el = await mount(html`<bdw-dataset-search api="/" url-state></bdw-dataset-search>`);
    await waitUntil(() => chipLabels(el)[0] === '부산광역시 해운대구', 'chip not named', { timeout: 8000 });
  });

  it('says so in Korean, with a retry, when the facet search cannot reach the server', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    // Only the facet search's requests go to a closed port; the search itself keeps working.
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const facetSearch = url.includes('_autocomplete') || url.includes('facet.limit=-1');
      return realFetch(facetSearch ? 'http://127.0.0.1:9/api/3/action/organization_autocomplete' : input, init);
    };
    const input = facetInput(el);
    input.value = '해운대';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => orgFacet(el).querySelector('[role="alert"]'), 'no error', { timeout: 8000 });
    expect(orgFacet(el).querySelector('[role="alert"]')!.textContent).to.contain('기관 검색에 실패했습니다.');
    expect(orgFacet(el).querySelector('[role="alert"]')!.textContent).to.contain('서버에 연결할 수 없습니다');
    await expect(el).to.be.accessible();
    window.fetch = realFetch;
    orgFacet(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => matchLabels(el).includes('부산광역시 해운대구'), 'retry did not find it', { timeout: 8000 });
  });

  it('speaks English with lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><bdw-dataset-search api="/"></bdw-dataset-search></div>`);
    const el = wrapper.querySelector('bdw-dataset-search') as BdwDatasetSearch;
    await settled(el);
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const facetSearch = url.includes('_autocomplete') || url.includes('facet.limit=-1');
      return realFetch(facetSearch ? 'http://127.0.0.1:9/' : input, init);
    };
    const group = $$(el, 'fieldset.facet')[0]!;
    const input = group.querySelector<HTMLInputElement>('.facet__search')!;
    expect(input.getAttribute('aria-label')).to.equal('Find in Organisation');
    input.value = 'haeundae';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => group.querySelector('[role="alert"]'), 'no error', { timeout: 8000 });
    expect(group.querySelector('[role="alert"]')!.textContent).to.contain(
      'The Organisation list could not be searched.',
    );
  });

  it('falls back on a portal without organization_autocomplete (its real 400): every value, matched here', async () => {
    window.fetch = (input, init) =>
      realFetch(
        String(input instanceof Request ? input.url : input).replace(/\/\w+_autocomplete\?/, '/no_such_action?'),
        init,
      );
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    await findOrganisation(el, '해운대');
    expect(matchItem(el, '부산광역시 해운대구').count).to.equal(126);
    await findOrganisation(el, 'ㅎㅇㄷㄱ');
    expect(matchLabels(el)).to.include('부산광역시 해운대구');
    expect(orgFacet(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('finds by NFD text pasted from macOS as by NFC', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    await findOrganisation(el, '해운대'.normalize('NFD'));
    expect(matchItem(el, '부산광역시 해운대구').count).to.equal(126);
  });

  it('fits 320 px', async () => {
    const wrapper = await fixture(
      html`<div style="width: 320px"><bdw-dataset-search api="/"></bdw-dataset-search></div>`,
    );
    const el = wrapper.querySelector('bdw-dataset-search') as BdwDatasetSearch;
    await settled(el);
    await waitUntil(() => $(el, '.facets__fold'));
    ($(el, '.facets__fold') as HTMLDetailsElement).open = true;
    await findOrganisation(el, '해운대');
    const wide = [...el.shadowRoot!.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
    expect(wide).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    const item = matchItem(el, '부산광역시 해운대구').box.closest('label')!;
    expect(item.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });
});
