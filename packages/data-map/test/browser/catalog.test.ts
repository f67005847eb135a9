import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Dataset, SearchQuery } from '@bdw/core';
import { $, $$, type BdwDataMap } from './helpers.js';

const tiles = (el: BdwDataMap) => $$<HTMLButtonElement>(el, '.tile');
async function loaded(el: BdwDataMap) {
  await waitUntil(() => {
    const kind = (el as unknown as { catalogMap: { status: { kind: string } } }).catalogMap.status.kind;
    return kind === 'done' || kind === 'error';
  });
  await el.updateComplete;
}

describe('<bdw-data-map mode="catalog"> against the real catalog-api', () => {
  it('groups the catalogue by category and provider, narrows on choice, and selects a dataset', async () => {
    const el = await fixture<BdwDataMap>(html`<bdw-data-map mode="catalog" api="/"></bdw-data-map>`);
    await loaded(el);
    expect($$(el, '.region')).to.have.length(2);
    expect(tiles(el).length).to.be.greaterThan(10);
    const searches: SearchQuery[] = [];
    const chosen: Dataset[] = [];
    el.addEventListener('bdw-search', (e) => searches.push((e as CustomEvent<{ query: SearchQuery }>).detail.query));
    el.addEventListener('bdw-dataset-select', (e) =>
      chosen.push((e as CustomEvent<{ dataset: Dataset }>).detail.dataset),
    );
    const transport = tiles(el).find((t) => t.textContent!.includes('교통물류'))!;
    const count = Number(transport.querySelector('.tile__count')!.textContent!.replace(/\D/g, ''));
    transport.click();
    await loaded(el);
    expect(searches[0]).to.deep.equal({ filters: { groups: ['transport-logistics'] } });
    expect($(el, '[role="status"]').textContent).to.contain(count.toLocaleString('ko-KR'));
    // Providers within the category add up to at most the category's count.
    const sum = tiles(el).reduce(
      (s, t) => s + Number(t.querySelector('.tile__count')!.textContent!.replace(/\D/g, '')),
      0,
    );
    expect(sum).to.be.at.most(count);
    $<HTMLButtonElement>(el, '.datasets .link').click();
    expect(chosen).to.have.length(1);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.crumbs .link').click();
    await loaded(el);
    expect($$(el, '.region')).to.have.length(2);
  });
});
