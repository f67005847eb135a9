import { expect, html, waitUntil } from '@open-wc/testing';
import type { BdwFeatureSelectDetail, BdwLayerChangeDetail } from '../../src/events.js';
import { $, $$, BdwDataMap, mount, rows, settled, text } from './helpers.js';

const FILES = '/files';
const DISTRICTS = `${FILES}/busan_districts_kostat2018_simple.geojson`;
const ADMDONG = `${FILES}/busan_sgg_admdongkor_20220309_vote_simple.geojson`;
const VOTE = `${FILES}/busan_vote_sgg_20220309.tsv`;
const CROSSWALK = `${FILES}/busan_sgg_code_crosswalk_kostat_vs_mois.csv`;
const ACCIDENTS_CSV = `${FILES}/busan_fatal_traffic_accidents_2020.csv`;

/** Quantile breaks computed here, independently of the element (R type 7 interpolation). */
function quantiles(values: number[], k: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  return Array.from({ length: k + 1 }, (_, i) => {
    const pos = ((s.length - 1) * i) / k;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, s.length - 1);
    return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
  });
}
const classIn = (v: number, b: number[]) => {
  for (let i = 0; i < b.length - 2; i++) if (v < b[i + 1]!) return i;
  return b.length - 2;
};

const paths = (el: BdwDataMap) => $$(el, '.leaflet-overlay-pane path');

describe('<bdw-data-map> on the real Busan files', () => {
  it('draws the 16 districts as focusable, named paths on a neutral background (no tiles)', async () => {
    const el = await mount(html`<bdw-data-map src=${DISTRICTS} label="부산 구·군"></bdw-data-map>`);
    expect(paths(el)).to.have.length(16);
    const names = paths(el).map((p) => p.getAttribute('aria-label'));
    expect(names).to.include('해운대구');
    // One Tab stop for all the features (arrow keys move between them).
    expect(paths(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(paths(el).filter((p) => p.getAttribute('tabindex') === '-1')).to.have.length(15);
    expect($$(el, '.leaflet-tile')).to.have.length(0);
    expect($(el, '.map').getAttribute('aria-label')).to.contain('부산 구·군');
    // Leaflet's CSS arrives with the map engine, and the widget's own rules still win over it.
    expect(getComputedStyle($(el, '.leaflet-pane')).position).to.equal('absolute');
    expect(getComputedStyle($(el, '.leaflet-control-zoom-in')).color).to.equal('rgb(27, 31, 36)');
    await expect(el).to.be.accessible();
  });

  it('colours a choropleth of 2022 electors joined through the crosswalk, with classes and legend from the data', async () => {
    const layers = [
      {
        id: 'electors',
        title: '구·군별 선거인수',
        src: DISTRICTS,
        valueField: 'POPU_ALL',
        valueLabel: '선거인수',
        classes: 4,
        join: { src: VOTE, featureKey: 'code', rowKey: 'sgg', crosswalk: CROSSWALK },
      },
    ];
    const el = await mount(html`<bdw-data-map .layers=${layers}></bdw-data-map>`);
    // The test's own computation on the same files.
    const vote = rows(await text(VOTE));
    const crosswalk = rows(await text(CROSSWALK));
    const electorsByKostat = new Map(
      crosswalk.map((c) => [
        c['kostat_sgis_code'],
        Number(vote.find((v) => v['sgg'] === c['mois_adm_code'])!['POPU_ALL']),
      ]),
    );
    const breaks = quantiles([...electorsByKostat.values()], 4);
    const districts = JSON.parse(await text(DISTRICTS)) as {
      features: { properties: { code: string; name: string } }[];
    };
    const expected = new Map(
      districts.features.map((f) => [f.properties.name, classIn(electorsByKostat.get(f.properties.code)!, breaks)]),
    );
    const drawn = new Map(
      paths(el).map((p) => [p.getAttribute('aria-label')!.split(':')[0], Number(p.dataset['class'])]),
    );
    expect(drawn).to.deep.equal(expected);
    // Every class has its own shade.
    const shades = new Set(paths(el).map((p) => [...p.classList].find((c) => c.startsWith('bdw-shade-'))));
    expect(shades.size).to.equal(4);
    // Legend ranges equal the computed breaks, with counts that add up to 16.
    const legend = $$(el, '.legend__ranges li[data-from]');
    expect(legend.map((li) => [Number(li.dataset['from']), Number(li.dataset['to'])])).to.deep.equal(
      breaks.slice(0, -1).map((b, i) => [b, breaks[i + 1]]),
    );
    const counts = legend.map((li) => Number(li.querySelector('.count')!.textContent!.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(16);
    expect($(el, '.legend__note').textContent).to.contain('16/16');
    // People read the value's label, not the field name.
    expect($(el, '.legend__name').textContent).to.equal('구·군별 선거인수 · 선거인수');
    expect(paths(el)[0]!.getAttribute('aria-label')).to.contain(': 선거인수 ').and.not.contain('POPU_ALL');
    expect(getComputedStyle(paths(el)[0]!).fill).to.match(/^(rgb|color)/);
    await expect(el).to.be.accessible();
  });

  it('joins with either code system: MOIS polygons to the MOIS table, and KOSTAT polygons with the built-in crosswalk', async () => {
    const direct = await mount(
      html`<bdw-data-map
        .layers=${[{ src: ADMDONG, valueField: 'VOTER', join: { src: VOTE, featureKey: 'sgg', rowKey: 'sgg' } }]}
      ></bdw-data-map>`,
    );
    expect(direct.loadedLayers[0]!.choropleth!.join).to.deep.include({ matched: 16, via: 'direct' });
    expect(paths(direct).filter((p) => p.classList.contains('bdw-novalue'))).to.have.length(0);
    const builtIn = await mount(
      html`<bdw-data-map
        .layers=${[{ src: DISTRICTS, valueField: 'VOTER', join: { src: ADMDONG, featureKey: 'code', rowKey: 'sgg' } }]}
      ></bdw-data-map>`,
    );
    expect(builtIn.loadedLayers[0]!.choropleth!.join).to.deep.include({ matched: 16, via: 'crosswalk' });
    const values = builtIn.loadedLayers[0]!.choropleth!.values;
    const vote = rows(await text(VOTE));
    expect(values.reduce((a, b) => a! + b!, 0)).to.equal(vote.reduce((a, r) => a + Number(r['VOTER']), 0));
  });

  it('draws 100 accident points from the CSV (위도/경도) and the clusters add up to 100', async () => {
    const flat = await mount(html`<bdw-data-map .layers=${[{ src: ACCIDENTS_CSV, cluster: false }]}></bdw-data-map>`);
    expect(paths(flat)).to.have.length(100);
    const clustered = await mount(html`<bdw-data-map src=${ACCIDENTS_CSV}></bdw-data-map>`);
    const markers = $$(clustered, '.leaflet-marker-icon[data-count]');
    expect(markers.length).to.be.greaterThan(0);
    expect(markers.length).to.be.lessThan(100);
    expect(markers.reduce((sum, m) => sum + Number(m.dataset['count']), 0)).to.equal(100);
    expect(markers.every((m) => m.textContent!.trim() || m.getAttribute('aria-label'))).to.equal(true);
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    // Zooming into a cluster splits it; the sum holds.
    const cluster = markers.find((m) => Number(m.dataset['count']) > 1)!;
    cluster.click();
    await new Promise((r) => setTimeout(r, 400));
    const after = $$(clustered, '.leaflet-marker-icon[data-count]');
    const map = clustered.leafletMap!;
    const inView = after.filter((m) => m.dataset['count']);
    expect(map.getZoom()).to.be.greaterThan(10);
    expect(inView.length).to.be.greaterThan(0);
    await expect(clustered).to.be.accessible();
    // Every palette keeps the cluster counts readable (WCAG 4.5:1), the light teal accent included; axe cannot
    // judge text over Leaflet's transformed marker pane, so the ratio is computed here.
    for (const palette of ['primary', 'accent', 'danger', 'warning', 'success']) {
      for (const theme of ['light', 'dark']) {
        clustered.setAttribute('palette', palette);
        clustered.setAttribute('theme', theme);
        const style = getComputedStyle(clustered.shadowRoot!.querySelector('.bdw-cluster')!);
        const ratio = contrast(style.color, style.backgroundColor);
        expect(ratio, `${palette} ${theme}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
      }
    }
  });

  it('draws many unclustered points on a canvas', async () => {
    const features = Array.from({ length: 1500 }, (_, i) => ({
      type: 'Feature',
      properties: { name: `p${i}` },
      geometry: { type: 'Point', coordinates: [129 + (i % 50) / 500, 35.1 + Math.floor(i / 50) / 500] },
    }));
    const el = await mount(
      html`<bdw-data-map
        .layers=${[{ data: { type: 'FeatureCollection', features }, cluster: false }]}
      ></bdw-data-map>`,
    );
    expect($$(el, '.leaflet-overlay-pane canvas').length).to.equal(1);
    expect(paths(el)).to.have.length(0);
  });

  it('fires bdw-feature-select on click and keyboard, and shows properties as text in a popup', async () => {
    const xss = '<img src=x onerror="window.__xss=1">';
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: xss, note: '<script>window.__xss=2</script>', '<b>key</b>': 'v' },
          geometry: { type: 'Point', coordinates: [129.07, 35.18] },
        },
      ],
    };
    const el = await mount(html`<bdw-data-map .layers=${[{ data, cluster: false }]} show-list></bdw-data-map>`);
    const events: BdwFeatureSelectDetail[] = [];
    el.addEventListener('bdw-feature-select', (e) => events.push(e.detail));
    const path = paths(el)[0]!;
    expect(path.getAttribute('aria-label')).to.equal(xss);
    path.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(events).to.have.length(1);
    expect(events[0]!.name).to.equal(xss);
    const popup = $(el, '.leaflet-popup-content');
    expect(popup.querySelector('.popup__title')!.textContent).to.equal(xss);
    expect(popup.querySelector('img, script, b')).to.equal(null);
    expect(popup.textContent).to.contain('<script>');
    // The table (text alternative) is text too.
    const table = $(el, 'table');
    expect(table.querySelector('img, script, b')).to.equal(null);
    expect(table.textContent).to.contain(xss);
    $<HTMLButtonElement>(el, 'tbody .link').click();
    expect(events).to.have.length(2);
    // Let the popup's fade-in finish before checking contrast.
    await new Promise((r) => setTimeout(r, 400));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('switches layers with bdw-layer-change (user action only) and keeps the legend in step', async () => {
    const el = await mount(
      html`<bdw-data-map
        .layers=${[
          { id: 'districts', title: '구·군', src: DISTRICTS },
          { id: 'accidents', title: '사고', src: ACCIDENTS_CSV, cluster: false },
        ]}
      ></bdw-data-map>`,
    );
    const changes: BdwLayerChangeDetail[] = [];
    el.addEventListener('bdw-layer-change', (e) => changes.push(e.detail));
    expect(paths(el)).to.have.length(116);
    const boxes = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]');
    expect(boxes).to.have.length(2);
    boxes[1]!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal([{ layerId: 'accidents', visible: false, visibleLayers: ['districts'] }]);
    expect(paths(el)).to.have.length(16);
    expect($$(el, '.legend__layer')).to.have.length(1);
    boxes[1]!.click();
    await el.updateComplete;
    expect(paths(el)).to.have.length(116);
    expect(changes).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('loads a CKAN dataset resource through the api', async () => {
    const el = await mount(html`<bdw-data-map api="/" dataset="busan-fatal-traffic-accidents-2020"></bdw-data-map>`);
    const layer = el.loadedLayers[0]!;
    expect(layer.collection.features).to.have.length(100);
    expect(layer.title).to.contain('교통사고');
  });
});

describe('<bdw-data-map> states and lifecycle', () => {
  it('shows a clear error for malformed GeoJSON and CSV, without retry', async () => {
    const bad = await mount(
      html`<bdw-data-map
        .layers=${[{ data: '{"type":"FeatureCollection","features":[{"type":"Feature"' }]}
      ></bdw-data-map>`,
    );
    expect($(bad, '[part="error"] .state__message').textContent).to.equal('GeoJSON 파일이 JSON 형식이 아닙니다.');
    expect($(bad, '[part="retry"]')).to.equal(null);
    const csv = await mount(html`<bdw-data-map src="${FILES}/busan_119_safety_centers_addresses.csv"></bdw-data-map>`);
    expect($(csv, '[part="error"]').textContent).to.contain('위도·경도 열을 찾을 수 없습니다');
    await expect(csv).to.be.accessible();
  });

  it('offers a retry when the server cannot be reached (not for a 404), and speaks English', async () => {
    const missing = await mount(html`<bdw-data-map lang="en" src="${FILES}/missing.geojson"></bdw-data-map>`);
    expect($(missing, '[part="error"]').textContent).to.contain('HTTP 404');
    expect($(missing, '[part="retry"]')).to.equal(null);
    const el = await mount(html`<bdw-data-map lang="en" src="http://127.0.0.1:9/busan.geojson"></bdw-data-map>`);
    expect($(el, '[part="error"]').textContent).to.contain('cannot be reached');
    const retry = $<HTMLButtonElement>(el, '[part="retry"]');
    expect(retry.textContent).to.contain('Try again');
    el.src = DISTRICTS;
    await el.updateComplete;
    await settled(el);
    expect(paths(el)).to.have.length(16);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state without layers, and vector layers survive a failing tile server', async () => {
    const empty = await mount(html`<bdw-data-map></bdw-data-map>`);
    expect($(empty, '[part="empty"]').textContent).to.contain('표시할 레이어가 없습니다');
    const offline = await mount(
      html`<bdw-data-map
        src=${DISTRICTS}
        tile-url="http://127.0.0.1:9/{z}/{x}/{y}.png"
        attribution=${'<b>© tiles</b>'}
      ></bdw-data-map>`,
    );
    expect(paths(offline)).to.have.length(16);
    expect($(offline, '.leaflet-control-attribution').textContent).to.contain('<b>© tiles</b>');
    expect($(offline, '.leaflet-control-attribution b')).to.equal(null);
    await new Promise((r) => setTimeout(r, 500));
    await offline.updateComplete;
    expect($(offline, '[part="notes"]').textContent).to.contain('배경 지도를 불러올 수 없어');
  });

  it('puts several maps on one page, resizes with its container and leaves no map after 200 connect/disconnect cycles', async function () {
    this.timeout(60_000);
    const host = document.createElement('div');
    document.body.append(host);
    const a = document.createElement('bdw-data-map');
    const b = document.createElement('bdw-data-map');
    a.src = DISTRICTS;
    b.src = ACCIDENTS_CSV;
    host.append(a, b);
    try {
      await settled(a);
      await settled(b);
      expect(BdwDataMap.liveMaps).to.equal(2);
      // Two maps share the page's frames: a's paths may come a frame after its layer is drawn.
      await waitUntil(() => paths(a).length === 16, 'the districts were not drawn', { timeout: 5000 });
      const size = a.leafletMap!.getSize().x;
      a.style.width = '300px';
      // The map follows its container when the ResizeObserver reports (a frame or more later on a busy machine).
      await waitUntil(() => a.leafletMap!.getSize().x < size, 'the map did not follow its container', {
        timeout: 5000,
      });
    } finally {
      // Removed even when an assertion failed: maps left on the page would fail the next tests' counts.
      host.remove();
    }
    expect(BdwDataMap.liveMaps).to.equal(0);
    const el = document.createElement('bdw-data-map');
    el.src = DISTRICTS;
    for (let i = 0; i < 200; i++) {
      document.body.append(el);
      if (i % 20 === 0) await settled(el);
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(BdwDataMap.liveMaps).to.equal(0);
    document.body.append(el);
    await settled(el);
    expect(BdwDataMap.liveMaps).to.equal(1);
    await waitUntil(() => paths(el).length === 16, 'the districts were not drawn again', { timeout: 5000 });
    el.remove();
    expect(BdwDataMap.liveMaps).to.equal(0);
  });

  it('can be removed in the middle of a zoom animation without an uncaught error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const el = await mount(html`<bdw-data-map src=${DISTRICTS}></bdw-data-map>`);
    el.leafletMap!.setZoom(el.leafletMap!.getZoom() + 1, { animate: true });
    // Removed while the animation runs (it starts on the next frame and ends 250 ms later).
    await new Promise((r) => setTimeout(r, 60));
    el.remove();
    // Leaflet ends the zoom animation 250 ms later.
    await new Promise((r) => setTimeout(r, 400));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(BdwDataMap.liveMaps).to.equal(0);
  });

  it('keyboard: the map is focusable and pans with the arrow keys', async () => {
    const el = await mount(html`<bdw-data-map src=${DISTRICTS}></bdw-data-map>`);
    const container = $(el, '.map');
    expect(container.getAttribute('tabindex')).to.equal('0');
    expect(container.getAttribute('role')).to.equal('region');
    const before = el.leafletMap!.getCenter();
    container.focus();
    container.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', keyCode: 39, bubbles: true, composed: true }),
    );
    await new Promise((r) => setTimeout(r, 400));
    expect(el.leafletMap!.getCenter().lng).to.not.equal(before.lng);
    const zoom = el.leafletMap!.getZoom();
    container.dispatchEvent(new KeyboardEvent('keydown', { key: '+', keyCode: 187, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 400));
    expect(el.leafletMap!.getZoom()).to.be.greaterThan(zoom);
  });

  it('is accessible in dark mode', async () => {
    const el = await mount(html`<bdw-data-map theme="dark" src=${ACCIDENTS_CSV}></bdw-data-map>`);
    await expect(el).to.be.accessible();
  });
});

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
