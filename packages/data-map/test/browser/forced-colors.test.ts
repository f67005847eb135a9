import { expect, html } from '@open-wc/testing';
import { $, $$, command, mount } from './helpers.js';

const DISTRICTS = '/files/busan_districts_kostat2018_simple.geojson';
const VOTE = '/files/busan_vote_sgg_20220309.tsv';

const electors = [
  {
    id: 'electors',
    title: '선거인수',
    src: DISTRICTS,
    valueField: 'POPU_ALL',
    join: { src: VOTE, featureKey: 'code', rowKey: 'sgg' },
  },
];

describe('<bdw-data-map> in forced colours (Windows high contrast)', () => {
  before(() => command('emulate-media', { forcedColors: 'active' }));
  after(() => command('emulate-media', { forcedColors: 'none' }));

  it('keeps the legend swatches and the districts in system colours, each class its own hatch', async () => {
    const el = await mount(html`<bdw-data-map .layers=${electors}></bdw-data-map>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const swatches = $$(el, '.legend__ranges .swatch');
    expect(swatches).to.have.length(5);
    // Not empty boxes: the swatches keep their hatch, and the five hatches differ.
    const hatches = swatches.map((s) => getComputedStyle(s).backgroundImage);
    for (const h of hatches) expect(h).to.contain('repeating-linear-gradient');
    expect(new Set(hatches).size).to.equal(5);
    for (const s of swatches) expect(getComputedStyle(s).forcedColorAdjust).to.equal('none');
    // The districts use the same hatch as their class's swatch, from patterns found in the map's tree.
    const paths = $$(el, '.leaflet-overlay-pane path');
    const fills = new Set(paths.map((p) => getComputedStyle(p).fill));
    expect(fills.size).to.equal(5);
    for (const fill of fills) {
      const id = /#(bdw-hatch-\d)/.exec(fill)![1]!;
      const pattern = el.shadowRoot!.getElementById(id)!;
      expect(pattern.tagName).to.equal('pattern');
      const ink = pattern.querySelectorAll('rect')[1]!;
      expect(getComputedStyle(ink).fill).to.not.equal(getComputedStyle(pattern.querySelector('rect')!).fill);
    }
    // A legend row's hatch is the one its districts are filled with.
    const range = $$(el, '.legend__ranges li')[4]!;
    const shade = [...range.querySelector('.swatch')!.classList].find((c) => c.startsWith('bdw-shade-'))!;
    const darkest = paths.find((p) => p.classList.contains(shade))!;
    expect(getComputedStyle(darkest).fill).to.contain(`bdw-hatch-${shade.slice('bdw-shade-'.length)}`);
    // Outlines in the text colour, so every district edge shows.
    expect(getComputedStyle(paths[0]!).stroke).to.equal(getComputedStyle($(el, '.legend__name')).color);
    await expect(el).to.be.accessible();
  });

  it('keeps clusters and single points readable in system colours', async () => {
    const el = await mount(html`<bdw-data-map src="/files/busan_fatal_traffic_accidents_2020.csv"></bdw-data-map>`);
    const cluster = getComputedStyle(el.shadowRoot!.querySelector('.bdw-cluster')!);
    expect(cluster.color).to.not.equal(cluster.backgroundColor);
    expect(cluster.borderTopColor).to.equal(cluster.color);
    const text = cluster.color;
    const [lng, lat] = (el.loadedLayers[0]!.collection.features[0]!.geometry as { coordinates: number[] }).coordinates;
    el.leafletMap!.setView([lat!, lng!], 18, { animate: false });
    await new Promise((r) => setTimeout(r, 150));
    const dot = getComputedStyle(el.shadowRoot!.querySelector('.bdw-dot')!);
    // A solid dot in the text colour with a ring of the background colour, on the background.
    expect(dot.backgroundColor).to.equal(text);
    expect(dot.borderTopColor).to.not.equal(dot.backgroundColor);
  });
});
