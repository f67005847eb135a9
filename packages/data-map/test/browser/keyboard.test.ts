import { expect, html } from '@open-wc/testing';
import type { BdwFeatureSelectDetail } from '../../src/events.js';
import { $, $$, mount, press, sleep, type BdwDataMap } from './helpers.js';

const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const DISTRICTS = '/files/busan_districts_kostat2018_simple.geojson';

const active = (el: BdwDataMap) => el.shadowRoot!.activeElement as HTMLElement | null;
const activeKey = (el: BdwDataMap) => active(el)?.dataset['key'] ?? null;
const features = (el: BdwDataMap) => $$(el, '.map [data-key]');

describe('<bdw-data-map> from the keyboard (real key presses)', () => {
  beforeEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('skip link, one Tab stop for the features, arrows between them, Enter on a cluster, Space on a point, Escape back', async function () {
    this.timeout(60_000);
    const el = await mount(html`<bdw-data-map src=${ACCIDENTS_CSV}></bdw-data-map>`);
    const selected: BdwFeatureSelectDetail[] = [];
    el.addEventListener('bdw-feature-select', (e) => selected.push(e.detail));

    // 1. The skip link comes first and shows when focused.
    await press('Tab');
    expect(active(el)?.classList.contains('skip')).to.equal(true);
    expect(active(el)!.textContent).to.equal('지도 건너뛰기');
    const box = active(el)!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(40);
    expect(box.height).to.be.greaterThan(16);

    // 2. The map (pan and zoom), then the features: one Tab stop for all of them.
    await press('Tab');
    expect(active(el)).to.equal($(el, '.map'));
    await press('Tab');
    const first = activeKey(el);
    expect(first).to.be.a('string');
    expect(features(el).filter((f) => f.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(features(el).length).to.be.greaterThan(2);

    // 3. Arrow keys move between features, and do not pan the map.
    const center = el.leafletMap!.getCenter();
    await press('ArrowRight');
    const second = activeKey(el);
    expect(second).to.not.equal(first);
    await press('ArrowLeft');
    expect(activeKey(el)).to.equal(first);
    expect(el.leafletMap!.getCenter()).to.deep.equal(center);
    // Tab leaves the features (to the zoom buttons); Shift+Tab comes back to the same one.
    await press('ArrowRight');
    await press('Tab');
    expect(activeKey(el)).to.equal(null);
    expect(active(el)?.classList.contains('leaflet-control-zoom-in')).to.equal(true);
    await press('Shift+Tab');
    expect(activeKey(el)).to.equal(second);

    // 4. Enter on a cluster zooms into it, and focus stays on the map's features.
    await press('Home');
    for (let i = 0; i < 40 && active(el)!.dataset['count'] === '1'; i++) await press('ArrowRight');
    expect(Number(active(el)!.dataset['count'])).to.be.greaterThan(1);
    let zoom = el.leafletMap!.getZoom();
    await press('Enter');
    await sleep(600);
    expect(el.leafletMap!.getZoom()).to.be.greaterThan(zoom);
    expect(activeKey(el)).to.be.a('string');

    // Down to a single point: Enter on clusters until one shows, arrows to it.
    for (let round = 0; round < 8; round++) {
      const dot = features(el).find((f) => f.dataset['count'] === '1');
      if (dot) break;
      zoom = el.leafletMap!.getZoom();
      await press('Enter');
      await sleep(600);
      expect(el.leafletMap!.getZoom()).to.be.greaterThan(zoom);
    }
    await press('Home');
    for (let i = 0; i < 60 && active(el)!.dataset['count'] !== '1'; i++) await press('ArrowRight');
    const point = activeKey(el)!;
    expect(active(el)!.dataset['count']).to.equal('1');
    const name = active(el)!.getAttribute('aria-label');

    // 5. Space opens the point's popup, which takes focus.
    await press('Space');
    await sleep(400);
    expect(selected.at(-1)!.name).to.equal(name);
    const popup = $(el, '.leaflet-popup');
    expect(popup).to.not.equal(null);
    expect(popup.getAttribute('role')).to.equal('dialog');
    expect(popup.contains(active(el))).to.equal(true);
    await expect(el).to.be.accessible();

    // 6. Escape closes it and focus is back on the point.
    await press('Escape');
    await sleep(400);
    expect($(el, '.leaflet-popup')).to.equal(null);
    expect(activeKey(el)).to.equal(point);

    // 7. The skip link takes focus past the map: the next Tab is the list button.
    $(el, '.skip').focus();
    await press('Enter');
    expect(active(el)?.classList.contains('skip-target')).to.equal(true);
    await press('Tab');
    expect(active(el)?.getAttribute('part')).to.equal('list-toggle');
  });

  it('districts: one Tab stop, arrows in reading order, Enter opens the popup, Escape returns', async () => {
    const el = await mount(html`<bdw-data-map lang="en" src=${DISTRICTS}></bdw-data-map>`);
    $(el, '.map').focus();
    await press('Tab');
    const keys = new Set<string>();
    keys.add(activeKey(el)!);
    for (let i = 0; i < 20; i++) {
      await press('ArrowDown');
      keys.add(activeKey(el)!);
    }
    // Every district is reached with the arrow keys.
    expect(keys.size).to.equal(16);
    expect(features(el).filter((f) => f.getAttribute('tabindex') === '0')).to.have.length(1);
    const district = activeKey(el);
    await press('Enter');
    await sleep(400);
    expect($(el, '.leaflet-popup').contains(active(el))).to.equal(true);
    expect($(el, '.leaflet-popup-close-button').getAttribute('aria-label')).to.equal('Close');
    await press('Escape');
    // No feature refers to a tooltip that is gone (Leaflet leaves aria-describedby behind).
    for (const path of $$(el, 'path[data-key]')) {
      const id = path.getAttribute('aria-describedby');
      if (id) expect(el.shadowRoot!.getElementById(id), `${path.dataset['key']} → #${id}`).to.not.equal(null);
    }
    await sleep(400);
    expect(activeKey(el)).to.equal(district);
    expect($(el, '.skip').textContent).to.equal('Skip the map');
  });
});
