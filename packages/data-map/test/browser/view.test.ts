import '@bdw/core/bdw-view.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import Papa from 'papaparse';
import { $, $$, command, contrast, press, settled, text, type BdwDataMap } from './helpers.js';

/** The 2020 fatal accidents as the catalogue's datastore holds them (the CSV resource, loaded into the datastore). */
const RESOURCE = 'busan-fatal-traffic-accidents-2020-1';
const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const ADMDONG = '/files/busan_sgg_admdongkor_20220309_vote_simple.geojson';
const DISTRICTS = '/files/busan_districts_kostat2018_simple.geojson';
const FIELD = '발생지시군구';

type View = HTMLElement & { filters: Record<string, unknown>; updateComplete: Promise<boolean> };
type Row = Record<string, string>;

let accidents: Row[] = [];
before(async () => {
  accidents = Papa.parse<Row>(await text(ACCIDENTS_CSV), { header: true, skipEmptyLines: true }).data;
});

/** The test's own computation from the CSV: rows per district, under a predicate. */
function countBy(keep: (row: Row) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of accidents) if (keep(row)) out.set(row[FIELD]!, (out.get(row[FIELD]!) ?? 0) + 1);
  return out;
}

const paths = (map: BdwDataMap) => $$(map, '.leaflet-overlay-pane path[data-key]');
const pathOf = (map: BdwDataMap, name: string) =>
  paths(map).find((p) => p.getAttribute('aria-label')!.startsWith(`${name}:`))!;
/** District → the count each path says (its accessible name: `사상구: 건수 11`). */
const shown = (map: BdwDataMap) =>
  new Map(
    paths(map).map((p) => {
      const [name, value] = p.getAttribute('aria-label')!.split(':');
      return [name!, Number(value!.replace(/[^\d]/g, ''))];
    }),
  );
const pressed = (map: BdwDataMap) =>
  paths(map)
    .filter((p) => p.getAttribute('aria-pressed') === 'true')
    .map((p) => p.getAttribute('aria-label')!.split(':')[0]);
const viewPoints = (map: BdwDataMap) => map.loadedLayers.find((l) => l.id === 'view-points');

async function mountInView(inner: ReturnType<typeof html>): Promise<{ view: View; map: BdwDataMap }> {
  const view = await fixture<View>(html`<bdw-view api="/" resource=${RESOURCE}>${inner}</bdw-view>`);
  const map = view.querySelector<BdwDataMap>('bdw-data-map')!;
  await settled(map);
  return { view, map };
}

/** Until every district path is joined to the view (has `aria-pressed`) and `check` holds. */
async function joined(map: BdwDataMap, check: () => boolean = () => true, message = 'the map did not follow the view') {
  await waitUntil(
    () => paths(map).length === 16 && paths(map).every((p) => p.hasAttribute('aria-pressed')) && check(),
    message,
    { timeout: 15_000 },
  );
}

/** A real mouse click (Playwright) in the middle of an element's box. */
async function click(el: Element) {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  await command('send-mouse', {
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

describe('<bdw-data-map> inside a <bdw-view> (real datastore of the 2020 fatal accidents)', () => {
  beforeEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('shades each district by the view’s counts, as computed here from the CSV (사상구 11, 중구 0)', async () => {
    const { map } = await mountInView(
      html`<bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" basemap="none"></bdw-data-map>`,
    );
    const expected = countBy();
    expect(expected.get('사상구')).to.equal(11);
    await joined(map);
    const counts = shown(map);
    expect(counts.size).to.equal(16);
    for (const [name, n] of counts) expect(n, name).to.equal(expected.get(name) ?? 0);
    expect(counts.get('사상구')).to.equal(11);
    expect(counts.get('중구')).to.equal(0);
    // Shaded: districts with more accidents are in a class at least as dark.
    const cls = (name: string) => Number(pathOf(map, name).dataset['class']);
    expect(cls('사상구')).to.be.greaterThan(cls('중구'));
    const legend = $(map, '.legend');
    expect(legend.textContent).to.contain('16/16개 지역 연결');
    expect(legend.textContent).to.contain('지역을 누르거나 Enter 키를 누르면');
    await expect(map).to.be.accessible();
  });

  it('a click on 사상구 filters the view to it, highlighted not hidden; a second click clears it', async () => {
    const { view, map } = await mountInView(
      html`<bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" basemap="none"></bdw-data-map>`,
    );
    await joined(map);
    const changes: unknown[] = [];
    view.addEventListener('bdw-filter-change', (e) => changes.push((e as CustomEvent).detail));
    const selects: unknown[] = [];
    map.addEventListener('bdw-feature-select', (e) => selects.push(e.detail));

    await click(pathOf(map, '사상구'));
    await waitUntil(() => pressed(map).length === 1, 'the district was not selected');
    expect(view.filters).to.deep.equal({ [FIELD]: ['사상구'] });
    expect(changes).to.have.length(1);
    expect((changes[0] as { origin: Element }).origin).to.equal(map);
    expect(selects).to.have.length(1);
    expect(pressed(map)).to.deep.equal(['사상구']);
    // Every district is still there with its count (the join field's own filter is left out of the counts).
    expect(paths(map)).to.have.length(16);
    expect(shown(map).get('북구')).to.equal(countBy().get('북구'));
    // The selected path: a 4 px outline in the text colour over a hatch of its shade (not colour alone).
    const path = pathOf(map, '사상구');
    const style = getComputedStyle(path);
    expect(style.strokeWidth).to.equal('4px');
    expect(style.fill).to.match(/url\("?#bdw-selected-\d"?\)/);
    expect(map.shadowRoot!.querySelector(style.fill.replace(/^url\("?|"?\)$/g, ''))).to.not.equal(null);
    // The outline against the map's background around the districts: at least 3:1.
    expect(contrast(style.stroke, getComputedStyle($(map, '.map')).backgroundColor)).to.be.at.least(3);
    const other = getComputedStyle(pathOf(map, '북구'));
    expect(other.strokeWidth).to.equal('1px');
    expect(other.fill).to.not.match(/url/);
    expect($(map, '.legend__selection').textContent).to.contain('선택: 사상구 (11)');
    // No popup: a click on a joined district filters.
    expect($(map, '.leaflet-popup')).to.equal(null);
    await expect(map).to.be.accessible();

    await click(pathOf(map, '사상구'));
    await waitUntil(() => pressed(map).length === 0, 'the selection was not cleared');
    expect(view.filters).to.deep.equal({});
    expect(changes).to.have.length(2);
    // Away from the mouse and focus (both outline too), the district is back to a plain path.
    await command('send-mouse', { type: 'move', position: [0, 0] });
    (map.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    expect(getComputedStyle(pathOf(map, '사상구')).strokeWidth).to.equal('1px');
    expect(getComputedStyle(pathOf(map, '사상구')).fill).to.not.match(/url/);
  });

  it('from the keyboard: Tab to a district, Enter selects it (focus stays), Enter again clears it', async function () {
    this.timeout(60_000);
    const { view, map } = await mountInView(
      html`<bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" basemap="none"></bdw-data-map>`,
    );
    await joined(map);
    // The skip link, the map, then the districts (one Tab stop).
    await press('Tab');
    await press('Tab');
    await press('Tab');
    const active = () => map.shadowRoot!.activeElement as HTMLElement | null;
    let name = active()?.getAttribute('aria-label')?.split(':')[0];
    for (let i = 0; i < 20 && name !== '사상구'; i++) {
      await press('ArrowRight');
      name = active()?.getAttribute('aria-label')?.split(':')[0];
    }
    expect(name).to.equal('사상구');
    await press('Enter');
    await waitUntil(() => pressed(map).length === 1, 'Enter did not select the district');
    expect(view.filters).to.deep.equal({ [FIELD]: ['사상구'] });
    expect(active()?.getAttribute('aria-label')).to.match(/^사상구:/);
    expect(active()?.getAttribute('aria-pressed')).to.equal('true');
    await press('Enter');
    await waitUntil(() => pressed(map).length === 0, 'Enter again did not clear it');
    expect(view.filters).to.deep.equal({});
  });

  it('follows filters set on the view elsewhere: points and shading (codes join through the crosswalk)', async function () {
    this.timeout(60_000);
    const { view, map } = await mountInView(
      html`<bdw-data-map src=${DISTRICTS} join="code:${FIELD}" points basemap="none"></bdw-data-map>`,
    );
    const all = accidents.filter((r) => Number(r['위도']) && Number(r['경도']));
    await joined(map, () => viewPoints(map)?.size === all.length, 'the points did not come');
    expect(shown(map).get('사상구')).to.equal(11);

    // Another widget filters the accident type: the shading and the points follow.
    view.filters = { 사고유형_대분류: ['차대사람'] };
    const pedestrians = countBy((r) => r['사고유형_대분류'] === '차대사람');
    await joined(
      map,
      () =>
        shown(map).get('사상구') === (pedestrians.get('사상구') ?? 0) &&
        viewPoints(map)?.size === all.filter((r) => r['사고유형_대분류'] === '차대사람').length,
      'the map did not follow the accident type',
    );
    for (const [name, n] of shown(map)) expect(n, name).to.equal(pedestrians.get(name) ?? 0);

    // The page selects 사상구: it is highlighted, and only its points are drawn.
    view.filters = { 사고유형_대분류: ['차대사람'], [FIELD]: ['사상구'] };
    const both = all.filter((r) => r['사고유형_대분류'] === '차대사람' && r[FIELD] === '사상구');
    await joined(
      map,
      () => pressed(map).join() === '사상구' && viewPoints(map)?.size === both.length,
      'the map did not follow the district',
    );
    expect(viewPoints(map)!.collection.features.every((f) => f.properties![FIELD] === '사상구')).to.equal(true);
    // Other districts keep their counts under the accident type (their own field's filter left out).
    expect(shown(map).get('북구')).to.equal(pedestrians.get('북구') ?? 0);

    view.filters = {};
    await joined(
      map,
      () => pressed(map).length === 0 && viewPoints(map)?.size === all.length,
      'clearing did not bring the points back',
    );
    await expect(map).to.be.accessible();
  });

  it('asks for at most point-limit rows and says so; a CKAN without datastore_search_sql gives the same map', async () => {
    const view = await fixture<View>(
      html`<bdw-view api="/no-sql/" resource=${RESOURCE}>
        <bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" points point-limit="20" basemap="none"></bdw-data-map>
      </bdw-view>`,
    );
    const map = view.querySelector<BdwDataMap>('bdw-data-map')!;
    await settled(map);
    await joined(map, () => viewPoints(map)?.size === 20, 'the points did not come');
    // The counts are the whole table's (the browser aggregates the rows read with datastore_search).
    for (const [name, n] of shown(map)) expect(n, name).to.equal(countBy().get(name) ?? 0);
    expect((view as unknown as { engine: { mode: string } }).engine.mode).to.equal('browser');
    expect($(map, '[part="notes"]').textContent).to.contain(`조건에 맞는 ${accidents.length}행 중 처음 20행만`);
  });

  it('a map with no layer of its own draws the view’s matching points, and says when none match', async () => {
    const { view, map } = await mountInView(html`<bdw-data-map lang="en" basemap="none"></bdw-data-map>`);
    const all = accidents.filter((r) => Number(r['위도']) && Number(r['경도']));
    await waitUntil(() => viewPoints(map)?.size === all.length, 'the points did not come', { timeout: 15_000 });
    expect(viewPoints(map)!.title).to.equal('Matching points');
    view.filters = { [FIELD]: ['없는구'] };
    await waitUntil(() => $(map, '[part="empty"]')?.textContent?.includes('No point matches'), 'no empty state', {
      timeout: 15_000,
    });
    await expect(map).to.be.accessible();
  });

  it('over a file view with filters set at start (as the stories): dark, English, 320 px wide', async () => {
    const view = await fixture<View>(
      html`<div style="max-width: 320px">
        <bdw-view src=${ACCIDENTS_CSV} filters=${JSON.stringify({ [FIELD]: ['사상구'] })} lang="en">
          <bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" points theme="dark" lang="en"></bdw-data-map>
        </bdw-view>
      </div>`,
    );
    const map = view.querySelector<BdwDataMap>('bdw-data-map')!;
    await settled(map);
    const sasang = accidents.filter((r) => r[FIELD] === '사상구').length;
    await joined(map, () => pressed(map).join() === '사상구' && viewPoints(map)?.size === sasang);
    expect(shown(map).get('사상구')).to.equal(11);
    expect($(map, '.legend__selection').textContent).to.contain('Selected: 사상구 (11)');
    // Dark: the outline is the light text colour, still at least 3:1 on the map's background.
    const style = getComputedStyle(pathOf(map, '사상구'));
    expect(contrast(style.stroke, getComputedStyle($(map, '.map')).backgroundColor)).to.be.at.least(3);
    expect(map.getBoundingClientRect().width).to.be.at.most(320);
    await expect(map).to.be.accessible();
  });

  it('in forced colours the selected district is a wide Highlight outline over its class hatch', async () => {
    await command('emulate-media', { forcedColors: 'active' });
    try {
      const view = await fixture<View>(
        html`<bdw-view src=${ACCIDENTS_CSV} filters=${JSON.stringify({ [FIELD]: ['사상구'] })}>
          <bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" basemap="none"></bdw-data-map>
        </bdw-view>`,
      );
      const map = view.querySelector<BdwDataMap>('bdw-data-map')!;
      await settled(map);
      await joined(map, () => pressed(map).join() === '사상구');
      const selected = getComputedStyle(pathOf(map, '사상구'));
      const other = getComputedStyle(pathOf(map, '북구'));
      expect(selected.strokeWidth).to.equal('6px');
      expect(selected.stroke).to.not.equal(other.stroke);
      expect(selected.fill).to.match(/url\("?#bdw-hatch-\d"?\)/);
    } finally {
      await command('emulate-media', { forcedColors: 'none' });
    }
  });

  it('outside a view, join does nothing: the districts open popups as before', async () => {
    const map = await fixture<BdwDataMap>(
      html`<bdw-data-map src=${ADMDONG} join="SGGNM:${FIELD}" basemap="none"></bdw-data-map>`,
    );
    await settled(map);
    expect(paths(map)).to.have.length(16);
    expect(paths(map).some((p) => p.hasAttribute('aria-pressed'))).to.equal(false);
  });

  it('a malformed join is a clear error', async () => {
    const { map } = await mountInView(html`<bdw-data-map src=${ADMDONG} join="SGGNM" basemap="none"></bdw-data-map>`);
    expect($(map, '[part="error"]').textContent).to.contain('join 속성은');
  });
});
