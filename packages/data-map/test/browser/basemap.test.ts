import { expect, html, waitUntil } from '@open-wc/testing';
import { $, $$, mount, sleep, type BdwDataMap } from './helpers.js';

const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const DISTRICTS = '/files/busan_districts_kostat2018_simple.geojson';

const land = (el: BdwDataMap) => $$(el, '.leaflet-bdw-base-pane path');
const shownLabels = (el: BdwDataMap) =>
  $$(el, '.bdw-base-label').filter((l) => getComputedStyle(l).visibility === 'visible');

describe('<bdw-data-map> offline basemap', () => {
  it('draws Busan’s 16 districts under the points, with names that never overlap, and credits the source', async () => {
    const el = await mount(html`<bdw-data-map src=${ACCIDENTS_CSV}></bdw-data-map>`);
    expect(land(el)).to.have.length(16);
    // Under every layer: the base pane is below the overlay and marker panes.
    const z = (pane: string) => Number(getComputedStyle($(el, `.leaflet-${pane}-pane`)).zIndex);
    expect(z('bdw-base')).to.be.lessThan(z('overlay'));
    expect(z('bdw-base-labels')).to.be.lessThan(z('marker'));
    // Land and sea differ; boundaries show.
    const ground = getComputedStyle($(el, '.map')).backgroundColor;
    const fill = getComputedStyle(land(el)[0]!).fill;
    expect(fill).to.not.equal(ground);
    expect(getComputedStyle(land(el)[0]!).stroke).to.not.equal(fill);
    // Names at this zoom, without collisions; 해운대구 is among them.
    expect(el.leafletMap!.getZoom()).to.be.at.least(10);
    const labels = shownLabels(el);
    expect(labels.map((l) => l.textContent)).to.include('해운대구');
    const boxes = labels.map((l) => l.firstElementChild!.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${labels[i]!.textContent} / ${labels[j]!.textContent}`).to.equal(false);
      }
    // Zoomed out, no names.
    el.leafletMap!.setZoom(8, { animate: false });
    await sleep(100);
    expect(shownLabels(el)).to.have.length(0);
    expect($(el, '.leaflet-control-attribution').textContent).to.contain('통계청 SGIS 2018');
    // The data stays the map's content: the base is decorative.
    expect($(el, '.leaflet-bdw-base-pane').getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.leaflet-overlay-pane path, .leaflet-marker-pane [data-key]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('speaks English, follows the dark theme, is off with basemap="none" and replaced by tiles', async () => {
    const en = await mount(html`<bdw-data-map lang="en" src=${ACCIDENTS_CSV}></bdw-data-map>`);
    expect(shownLabels(en).map((l) => l.textContent)).to.include('Haeundae-gu');
    const light = getComputedStyle(land(en)[0]!).fill;
    en.setAttribute('theme', 'dark');
    await sleep(50);
    expect(getComputedStyle(land(en)[0]!).fill).to.not.equal(light);
    await expect(en).to.be.accessible();
    const none = await mount(html`<bdw-data-map basemap="none" src=${DISTRICTS}></bdw-data-map>`);
    expect(land(none)).to.have.length(0);
    expect($$(none, '.bdw-base-label')).to.have.length(0);
    expect($$(none, '.leaflet-overlay-pane path')).to.have.length(16);
    none.basemap = 'busan';
    await none.updateComplete;
    // The basemap is drawn in a task of its own, after the map's first paint.
    await waitUntil(() => land(none).length > 0, 'no basemap', { timeout: 5000 });
    expect(land(none)).to.have.length(16);
    const tiles = await mount(
      html`<bdw-data-map src=${DISTRICTS} tile-url="http://127.0.0.1:9/{z}/{x}/{y}.png"></bdw-data-map>`,
    );
    expect(land(tiles)).to.have.length(0);
    tiles.tileUrl = undefined;
    await tiles.updateComplete;
    await waitUntil(() => land(tiles).length > 0, 'no basemap', { timeout: 5000 });
    expect(land(tiles)).to.have.length(16);
  });
});
