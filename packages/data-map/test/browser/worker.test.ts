import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, mount, press, rows, settled, text, type BdwDataMap } from './helpers.js';

const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const N = 30_000;

/**
 * A large CSV built from the real 2020 fatal-accident table: each of its 100 rows repeated with the position moved by up
 * to ~2 km (a fixed PRNG) and a numbered name, so that every count below is computed here from the rows themselves.
 */
async function largeCsv(
  n = N,
): Promise<{ csv: string; points: { lng: number; lat: number; name: string; type: string }[] }> {
  const source = rows(await text(ACCIDENTS_CSV));
  let state = 7;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  const points = Array.from({ length: n }, (_, i) => {
    const row = source[i % source.length]!;
    return {
      lng: Number(row['경도']) + (random() - 0.5) * 0.04,
      lat: Number(row['위도']) + (random() - 0.5) * 0.04,
      name: `사고 ${i + 1}`,
      type: row['사고유형'] ?? '',
    };
  });
  const csv = ['이름,사고유형,위도,경도', ...points.map((p) => `${p.name},${p.type},${p.lat},${p.lng}`)].join('\n');
  return { csv, points };
}

const blobUrl = (body: string, type = 'text/csv') => URL.createObjectURL(new Blob([body], { type }));
const markers = (el: BdwDataMap) => $$(el, '.leaflet-marker-icon[data-count]');
const drawnCount = (el: BdwDataMap) => Number(el.leafletMap!.getContainer().dataset['drawn'] ?? 0);

/** Waits for the next view the map draws after `action` (clusters answered by the index, or the worker's bitmap). */
async function nextDraw(el: BdwDataMap, action: () => void): Promise<void> {
  const before = drawnCount(el);
  action();
  await waitUntil(() => drawnCount(el) > before, 'the view was not drawn again', { timeout: 10_000 });
}

/** Records the workers the page starts and which of them are stopped. */
function trackWorkers() {
  const Native = window.Worker;
  const started: Worker[] = [];
  const stopped = new Set<Worker>();
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(this);
    }
    override terminate(): void {
      stopped.add(this);
      super.terminate();
    }
  };
  return { started, stopped, restore: () => (window.Worker = Native) };
}

describe('<bdw-data-map> large point layers in the map worker', () => {
  it('keeps a 30,000-point file in the worker: the page has the first 500 rows, the clusters count every point', async () => {
    const { csv, points } = await largeCsv();
    const el = await mount(html`<bdw-data-map src=${blobUrl(csv)}></bdw-data-map>`);
    const layer = el.loadedLayers[0]!;
    expect(layer.points?.inWorker).to.equal(true);
    expect(layer.size).to.equal(N);
    expect(layer.collection.features).to.have.length(500);
    expect(layer.collection.features[499]!.properties!['이름']).to.equal(points[499]!.name);
    await waitUntil(() => markers(el).length > 0, 'no clusters', { timeout: 10_000 });
    // The map fits all the points, so what the clusters represent is every row of the file.
    const counted = markers(el).reduce((sum, m) => sum + Number(m.dataset['count']), 0);
    expect(counted).to.equal(N);
    // The legend and the list say how many points the layer has, not how many the page holds.
    expect($(el, '.legend .count').textContent).to.equal(N.toLocaleString('ko-KR'));
    $(el, '[part="list-toggle"]').click();
    await el.updateComplete;
    expect($(el, 'caption').textContent).to.contain('30,000개').and.to.contain('처음 500개');
  });

  it('opens a point held by the worker from the keyboard: its popup shows the row from the file', async () => {
    const { csv, points } = await largeCsv();
    const el = await mount(html`<bdw-data-map src=${blobUrl(csv)}></bdw-data-map>`);
    // A point far in the table (beyond the 500 rows the page holds), alone at the deepest zoom.
    const target = points[25_000]!;
    await nextDraw(el, () => el.leafletMap!.setView([target.lat, target.lng], 19, { animate: false }));
    const dot = markers(el).find((m) => m.getAttribute('aria-label') === target.name);
    expect(dot, 'the point is named from its row').to.not.equal(undefined);
    dot!.focus();
    await press('Enter');
    await waitUntil(() => $(el, '.leaflet-popup'), 'no popup', { timeout: 5000 });
    const popup = $(el, '.leaflet-popup');
    expect(popup.querySelector('.popup__title')!.textContent).to.equal(target.name);
    const values = [...popup.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).to.include(target.type).and.to.include(String(target.lat));
    expect(el.shadowRoot!.activeElement?.closest('.leaflet-popup')).to.equal(popup);
  });

  it('says how far the load has come, and stops the worker of a layer that is replaced or removed', async () => {
    const tracker = trackWorkers();
    try {
      const { csv } = await largeCsv();
      const seen = new Set<string>();
      const el = await fixture<BdwDataMap>(html`<bdw-data-map></bdw-data-map>`);
      const observer = new MutationObserver(() => {
        const loading = el.shadowRoot!.querySelector('[part="loading"]');
        if (loading?.textContent) seen.add(loading.textContent.trim());
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      el.src = blobUrl(csv);
      await el.updateComplete;
      await settled(el);
      observer.disconnect();
      expect([...seen]).to.include('파일을 읽는 중…');
      expect(tracker.started.length).to.be.greaterThan(0);
      const holder = tracker.started.at(-1)!;
      expect(tracker.stopped.has(holder), 'the worker holding the layer lives').to.equal(false);
      // Another file: the old layer's worker is stopped.
      el.src = ACCIDENTS_CSV;
      await el.updateComplete;
      await settled(el);
      expect(tracker.stopped.has(holder)).to.equal(true);
      // A load cut short by removing the element stops its worker too.
      el.src = blobUrl(csv);
      await waitUntil(() => tracker.started.length > 1 && tracker.started.at(-1) !== holder, 'no new worker', {
        timeout: 5000,
      });
      el.remove();
      for (const worker of tracker.started) expect(tracker.stopped.has(worker)).to.equal(true);
    } finally {
      tracker.restore();
    }
  });

  it('draws an unclustered layer as the worker’s bitmap of the view, and a click opens the point under it', async () => {
    const { csv, points } = await largeCsv();
    const layers = [{ id: 'acc', title: '사고', src: blobUrl(csv), cluster: false }];
    const el = await mount(html`<bdw-data-map .layers=${layers}></bdw-data-map>`);
    expect(el.loadedLayers[0]!.points?.inWorker, 'the layer is held by the worker').to.equal(true);
    await waitUntil(() => $(el, '.bdw-point-canvas')?.dataset['drawn'], 'no bitmap', { timeout: 10_000 });
    const canvas = $<HTMLCanvasElement>(el, '.bdw-point-canvas');
    expect(Number(canvas.dataset['drawn'])).to.equal(N);
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    // Zoomed in, only the points of the view (a little beyond its edges) are drawn.
    const target = points[12_345]!;
    await nextDraw(el, () => el.leafletMap!.setView([target.lat, target.lng], 17, { animate: false }));
    const bounds = el.leafletMap!.getBounds();
    const inView = points.filter((p) => bounds.contains([p.lat, p.lng])).length;
    const near = points.filter((p) => bounds.pad(0.05).contains([p.lat, p.lng])).length;
    const drawn = Number(canvas.dataset['drawn']);
    expect(drawn).to.be.within(inView, near);
    expect(drawn).to.be.lessThan(N / 10);
    // The click lands on the target's dot (at the centre of the view).
    const at = el.leafletMap!.latLngToContainerPoint([target.lat, target.lng]);
    el.leafletMap!.fire('click', { latlng: el.leafletMap!.containerPointToLatLng(at) });
    await waitUntil(() => $(el, '.leaflet-popup'), 'no popup', { timeout: 5000 });
    const title = $(el, '.popup__title').textContent!;
    const chosen = points.find((p) => p.name === title)!;
    const spot = el.leafletMap!.latLngToContainerPoint([chosen.lat, chosen.lng]);
    expect(Math.hypot(spot.x - at.x, spot.y - at.y), 'the chosen point is under the click').to.be.at.most(9);
  });

  it('reads everything on the main thread where no worker can start, with the same counts', async () => {
    const Native = window.Worker;
    window.Worker = undefined as unknown as typeof Worker;
    try {
      const { csv } = await largeCsv(8000);
      const el = await mount(html`<bdw-data-map src=${blobUrl(csv)}></bdw-data-map>`);
      const layer = el.loadedLayers[0]!;
      expect(layer.points?.inWorker).to.equal(false);
      expect(layer.collection.features).to.have.length(8000);
      await waitUntil(() => markers(el).length > 0, 'no clusters', { timeout: 10_000 });
      expect(markers(el).reduce((sum, m) => sum + Number(m.dataset['count']), 0)).to.equal(8000);
    } finally {
      window.Worker = Native;
    }
  });

  it('shows a large file that is not CSV as an error in Korean (read in the worker), never a spinner', async () => {
    const junk = `<html><body>${'<p>점검 중입니다</p>'.repeat(30_000)}</body></html>`;
    const el = await mount(html`<bdw-data-map src=${blobUrl(junk, 'text/csv')}></bdw-data-map>`);
    const error = $(el, '[part="error"]');
    expect(error, 'error state').to.not.equal(null);
    // An HTML page where data was expected is said as such (core's decodeFile sniffs it), not as a broken CSV.
    expect(error.textContent).to.contain('웹 페이지(HTML)');
    expect(error.querySelector('[part="retry"]'), 'retrying bad data does not help').to.equal(null);
  });
});
