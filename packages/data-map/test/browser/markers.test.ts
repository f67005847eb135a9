import { expect, html } from '@open-wc/testing';
import { $$, contrast, mount, rgb, type BdwDataMap } from './helpers.js';

const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';

const markers = (el: BdwDataMap) => $$(el, '.leaflet-marker-icon[data-count]');
const boxes = (el: BdwDataMap) => markers(el).map((m) => m.getBoundingClientRect());
const moved = (el: BdwDataMap) => new Promise((r) => el.leafletMap!.once('moveend', () => setTimeout(r, 50)));

/** 12,000 points on a deterministic spiral over Busan (a large layer; the real files have 100 points). */
function spiral(n: number) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => {
      const r = 0.002 + 0.12 * Math.sqrt(i / n);
      const a = i * 2.399963;
      return {
        type: 'Feature',
        properties: { name: `지점 ${i + 1}` },
        geometry: { type: 'Point', coordinates: [129.07 + r * Math.cos(a), 35.17 + r * Math.sin(a)] },
      };
    }),
  };
}

/** Computed colours of every class shade of every palette, light and dark, as [r, g, b]. */
function shadesOf(el: BdwDataMap): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  for (const theme of ['light', 'dark'])
    for (const palette of ['primary', 'accent', 'danger', 'warning', 'success']) {
      el.setAttribute('theme', theme);
      el.setAttribute('palette', palette);
      for (let shade = 0; shade < 9; shade++) {
        probe.className = `bdw-shade-${shade}`;
        probe.style.color = 'var(--_fill)';
        out.set(`${theme} ${palette} ${shade}`, rgb(getComputedStyle(probe).color));
      }
    }
  probe.remove();
  el.removeAttribute('palette');
  el.setAttribute('theme', 'light');
  return out;
}

describe('<bdw-data-map> markers', () => {
  it('draws single points as round 14 px dots (square boxes), never slivers', async () => {
    const el = await mount(html`<bdw-data-map src=${ACCIDENTS_CSV}></bdw-data-map>`);
    const [lng, lat] = (el.loadedLayers[0]!.collection.features[0]!.geometry as { coordinates: number[] }).coordinates;
    const done = moved(el);
    el.leafletMap!.setView([lat!, lng!], 17, { animate: false });
    await done;
    const dots = $$(el, '.bdw-dot');
    expect(dots.length).to.be.greaterThan(0);
    for (const dot of dots) {
      const box = dot.getBoundingClientRect();
      expect(box.width, 'dot width').to.equal(14);
      expect(box.height, 'dot height').to.equal(14);
      expect(getComputedStyle(dot).borderRadius).to.equal('50%');
      // Centred in its 24 px target.
      const target = dot.parentElement!.getBoundingClientRect();
      expect(target.width).to.equal(24);
      expect(box.left - target.left).to.equal(5);
      expect(box.top - target.top).to.equal(5);
    }
    await expect(el).to.be.accessible();
  });

  it('labels clusters with Korean units (천, 만) in Korean and K in English', async () => {
    const data = spiral(12_000);
    const ko = await mount(html`<bdw-data-map .layers=${[{ data }]} no-fit zoom="9"></bdw-data-map>`);
    const labels = markers(ko).map((m) => m.querySelector('.bdw-cluster > span')!.textContent);
    expect(
      labels.some((l) => /^\d+(\.\d)?(천|만)$/.test(l!)),
      labels.join(' '),
    ).to.equal(true);
    expect(labels.join(' ')).to.not.match(/k|K/);
    expect(markers(ko).reduce((s, m) => s + Number(m.dataset['count']), 0)).to.equal(12_000);
    // The whole count is in the accessible name.
    const big = markers(ko).find((m) => Number(m.dataset['count']) >= 1000)!;
    expect(big.textContent).to.contain(Number(big.dataset['count']).toLocaleString('ko-KR'));
    const en = await mount(html`<bdw-data-map lang="en" .layers=${[{ data }]} no-fit zoom="9"></bdw-data-map>`);
    const enLabels = markers(en).map((m) => m.querySelector('.bdw-cluster > span')!.textContent);
    expect(
      enLabels.some((l) => /^\d+(\.\d)?K$/.test(l!)),
      enLabels.join(' '),
    ).to.equal(true);
  });

  it('never draws two markers over each other, at every zoom from 9 to 18', async () => {
    const el = await mount(html`<bdw-data-map .layers=${[{ data: spiral(3000) }]}></bdw-data-map>`);
    const map = el.leafletMap!;
    for (const zoom of [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      const done = moved(el);
      map.setView([35.17, 129.07], zoom, { animate: false });
      await done;
      const b = boxes(el);
      expect(b.length, `zoom ${zoom}`).to.be.greaterThan(0);
      for (let i = 0; i < b.length; i++)
        for (let j = i + 1; j < b.length; j++) {
          // Circles: the distance between centres is at least the sum of the radii.
          const d = Math.hypot(
            b[i]!.x + b[i]!.width / 2 - b[j]!.x - b[j]!.width / 2,
            b[i]!.y + b[i]!.height / 2 - b[j]!.y - b[j]!.height / 2,
          );
          expect(d + 0.5, `zoom ${zoom}: markers ${i} and ${j} overlap`).to.be.at.least(
            (b[i]!.width + b[j]!.width) / 2,
          );
        }
    }
  });

  it('colours clusters apart from every class of every palette, with readable counts', async () => {
    const el = await mount(html`<bdw-data-map src=${ACCIDENTS_CSV}></bdw-data-map>`);
    const shades = shadesOf(el);
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      const style = getComputedStyle(el.shadowRoot!.querySelector('.bdw-cluster')!);
      const fill = rgb(style.backgroundColor);
      for (const [name, shade] of shades) {
        if (!name.startsWith(theme)) continue;
        expect(
          distance(fill, shade),
          `${theme} cluster ${style.backgroundColor} vs ${name} ${shade.join(',')}`,
        ).to.be.greaterThan(60);
      }
      expect(contrast(style.color, style.backgroundColor), `${theme} count`).to.be.at.least(4.5);
      // The mark against the map's background (no tiles): at least 3:1.
      const ground = getComputedStyle(el.shadowRoot!.querySelector('.map')!).backgroundColor;
      expect(contrast(style.backgroundColor, ground), `${theme} mark`).to.be.at.least(3);
    }
  });
});

function distance(a: number[], b: number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}
