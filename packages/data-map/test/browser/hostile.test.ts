import { expect, html } from '@open-wc/testing';
import { $, $$, mount, type BdwDataMap } from './helpers.js';

const ACCIDENTS_CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const blobUrl = (body: string, type: string) => URL.createObjectURL(new Blob([body], { type }));
const errorText = (el: BdwDataMap) => $(el, '[part="error"] .state__message')?.textContent ?? '';

/** Uncaught errors and rejections while `run` runs (a test fails on any). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

describe('<bdw-data-map> hostile and malformed input', () => {
  it('refuses a tile URL with an unknown placeholder or a script scheme, in Korean and English, with no uncaught error', async () => {
    const errors = await uncaught(async () => {
      const foo = await mount(
        html`<bdw-data-map src=${ACCIDENTS_CSV} tile-url="https://tile.example/{foo}/{z}/{x}/{y}.png"></bdw-data-map>`,
      );
      expect(errorText(foo)).to.equal('배경 지도 주소(tile-url)에 알 수 없는 자리표시자가 있습니다: {foo}');
      expect($(foo, '[part="retry"]'), 'retrying cannot help').to.equal(null);
      for (const template of [
        ' \tjavascript:alert(1)//{z}/{x}/{y}',
        'java\nscript:alert(1)//{z}',
        '\u0001javascript:alert(1)',
      ]) {
        const bad = await mount(
          html`<bdw-data-map lang="en" src=${ACCIDENTS_CSV} tile-url=${template}></bdw-data-map>`,
        );
        expect(errorText(bad), JSON.stringify(template)).to.equal(
          'The tile URL (tile-url) must be an http or https address.',
        );
        expect($$(bad, '.leaflet-tile'), 'no tile requested').to.have.length(0);
      }
      // A usable template afterwards: the map comes back.
      foo.tileUrl = 'https://tile.example/{z}/{x}/{y}.png';
      await foo.updateComplete;
      expect($(foo, '[part="error"]')).to.equal(null);
    });
    expect(errors).to.deep.equal([]);
  });

  it('shows the empty state for a layer without features, and the default zoom for zoom="NaN"', async () => {
    const errors = await uncaught(async () => {
      const empty = { type: 'FeatureCollection', features: [] };
      const el = await mount(
        html`<bdw-data-map .layers=${[{ id: 'none', title: '빈 레이어', data: empty }]}></bdw-data-map>`,
      );
      expect($(el, '[part="empty"]')?.textContent?.trim()).to.equal('레이어에 지도에 표시할 항목이 없습니다.');
      const nan = await mount(html`<bdw-data-map zoom="NaN" no-fit src=${ACCIDENTS_CSV}></bdw-data-map>`);
      expect(nan.leafletMap?.getZoom()).to.equal(11);
      expect($(nan, '[part="error"]')).to.equal(null);
    });
    expect(errors).to.deep.equal([]);
  });

  it('shows a CSV with a header and no rows as empty, not as an error', async () => {
    const el = await mount(html`<bdw-data-map src=${blobUrl('이름,위도,경도\n', 'text/csv')}></bdw-data-map>`);
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="empty"]')?.textContent?.trim()).to.equal('CSV 파일에 머리글만 있고 자료 행이 없습니다.');
  });

  it('reads columns named __proto__ and constructor as data', async () => {
    const csv = '이름,__proto__,constructor,위도,경도\n가게,원산지,생성자,35.1,129.05\n나게,x,y,35.2,129.1\n';
    const el = await mount(html`<bdw-data-map src=${blobUrl(csv, 'text/csv')} show-list></bdw-data-map>`);
    const features = el.loadedLayers[0]!.collection.features;
    expect(features).to.have.length(2);
    expect(Object.hasOwn(features[0]!.properties!, '__proto__')).to.equal(true);
    expect(features[0]!.properties!['__proto__']).to.equal('원산지');
    expect(features[0]!.properties!['constructor']).to.equal('생성자');
    const cells = $$(el, '[part="table"] tbody td').map((td) => td.textContent);
    expect(cells).to.include('원산지').and.to.include('생성자');
  });

  it('says what is wrong with a malformed GeoJSON in Korean, with the position in the file and no English', async () => {
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [129, 35] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [200000, 190000] } },
      ],
    });
    const el = await mount(html`<bdw-data-map src=${blobUrl(bad, 'application/geo+json')}></bdw-data-map>`);
    const text = errorText(el);
    expect(text).to.equal(
      'GeoJSON의 features[1].geometry 항목이 경위도(WGS84) 좌표가 아닙니다. TM 같은 투영 좌표는 먼저 변환해 주세요.',
    );
  });
});
