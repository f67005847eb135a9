import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Dataset, SearchQuery } from '@bdw/core';
import { $, $$, type BdwDataMap } from './helpers.js';

const tiles = (el: BdwDataMap) => $$<HTMLButtonElement>(el, '.tile');
async function loaded(el: BdwDataMap) {
  await waitUntil(
    () => {
      const kind = (el as unknown as { catalogMap: { status: { kind: string } } }).catalogMap.status.kind;
      return (kind === 'done' || kind === 'error') && el.shadowRoot!.querySelector('.catalog, [part="error"]');
      // A first package_search with facets over the whole catalogue, on a busy CI machine: more than waitUntil's 1 s.
    },
    'the catalogue map did not load',
    { timeout: 15_000 },
  );
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

describe('<bdw-data-map mode="catalog"> as a squarified treemap', () => {
  for (const width of [1280, 320]) {
    it(`at ${width} px: each tile's area is its share of the datasets (within 5 %), and the tiles fill the box`, async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><bdw-data-map mode="catalog" api="/"></bdw-data-map></div>`,
      );
      const el = host.querySelector('bdw-data-map') as BdwDataMap;
      await loaded(el);
      // The layout follows the measured width.
      await waitUntil(() => (el as unknown as { catalogMap: { width: number } }).catalogMap.width === width);
      await el.updateComplete;
      for (const region of $$(el, '.region')) {
        const box = region.querySelector('.tiles')!.getBoundingClientRect();
        expect(box.width).to.equal(width);
        const buttons = [...region.querySelectorAll<HTMLElement>('.tile')];
        const total = buttons.reduce((s, b) => s + Number(b.dataset['count']), 0);
        let covered = 0;
        for (const b of buttons) {
          const r = b.getBoundingClientRect();
          const share = Number(b.dataset['count']) / total;
          const ratio = (r.width * r.height) / (box.width * box.height) / share;
          expect(ratio, `${b.textContent!.trim()}: ${ratio.toFixed(3)}`).to.be.within(0.95, 1.05);
          expect(r.left).to.be.at.least(box.left - 0.5);
          expect(r.right).to.be.at.most(box.right + 0.5);
          expect(r.bottom).to.be.at.most(box.bottom + 0.5);
          covered += r.width * r.height;
        }
        // No empty column or corner: the tiles cover the whole box.
        expect(covered / (box.width * box.height)).to.be.within(0.995, 1.005);
        // Bigger counts, bigger tiles (농축수산 3,763 is smaller than 공공행정 8,212).
        const areas = buttons
          .filter((b) => b.tagName === 'BUTTON')
          .map((b) => b.getBoundingClientRect())
          .map((r) => r.width * r.height);
        for (let i = 1; i < areas.length; i++) expect(areas[i]!).to.be.at.most(areas[i - 1]! * 1.001);
        // Every tile that is a button stays a target of at least 24 × 24 px; nodes too small for one share an
        // "other" tile and are listed as links under the treemap.
        for (const b of buttons.filter((x) => x.tagName === 'BUTTON')) {
          const r = b.getBoundingClientRect();
          expect(Math.min(r.width, r.height), b.textContent!.trim()).to.be.at.least(24);
        }
      }
      // At 320 px the two smallest categories share one tile and are links under the treemap.
      const more = $$(el, '.region')[0]!.querySelectorAll('.tiles__more .link');
      if (width === 320) expect([...more].map((m) => m.textContent!.trim().split(' (')[0])).to.include('법률');
      else expect(more).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }
});
