import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ChartConfiguration } from 'chart.js';
import type { BdwChartViewer } from '../../src/BdwChartViewer.js';
import { DARK_OTHERS, DARK_PALETTE, LIGHT_OTHERS, LIGHT_PALETTE } from '../../src/palette.js';
import { $, $$, command, contrast, fetchTable, mount, resolveColor, settled, tableRows } from './helpers.js';

/** Charts everyone can read: several value columns, labels, particles, exact numbers, colours, keyboard legend. */
const VOTE = '/files/busan_vote_sgg_20220309.tsv';
const ACCIDENTS = '/files/busan_fatal_traffic_accidents_2020.csv';
const POPULATION = '/files/busan_population_by_age_sex_census_1925_2021.csv';

const config = (el: BdwChartViewer) => el.chart!.config as unknown as ChartConfiguration;
type Options = {
  scales: Record<string, { ticks: { callback: (v: number) => string }; title: { text: string } }>;
  plugins: { tooltip: { callbacks: { label: (ctx: unknown) => string } } };
};
const options = (el: BdwChartViewer) => config(el).options as unknown as Options;
const liveRegion = (el: BdwChartViewer) => $(el, '[aria-live="polite"].visually-hidden').textContent!.trim();

async function voteTable() {
  const { header, rows } = await fetchTable(VOTE, '\t');
  const column = (name: string) => rows.map((r) => Number(r[header.indexOf(name)]));
  return { header, rows, column, districts: rows.map((r) => r[header.indexOf('SGGNM')]!) };
}

describe('<bdw-chart-viewer> readable by everyone', () => {
  afterEach(() => command('emulate-media', { forcedColors: 'none', colorScheme: 'light' }));

  it('compares several value columns of a wide table (y="C01,C02,C03"): grouped, stacked and as lines', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${VOTE} x="SGGNM" y="C01,C02,C03"></bdw-chart-viewer>`);
    const vote = await voteTable();
    expect(config(el).data.labels).to.deep.equal(vote.districts);
    expect(config(el).data.datasets.map((d) => d.label)).to.deep.equal(['C01', 'C02', 'C03']);
    for (const [i, name] of ['C01', 'C02', 'C03'].entries()) {
      expect(config(el).data.datasets[i]!.data).to.deep.equal(vote.column(name));
    }
    expect(el.settings!.y).to.deep.equal(['C01', 'C02', 'C03']);
    expect($$(el, '[part="legend"] button')).to.have.length(3);
    el.stacked = true;
    await el.updateComplete;
    expect((options(el).scales['y'] as unknown as { stacked: boolean }).stacked).to.equal(true);
    el.type = 'line';
    await el.updateComplete;
    const dashes = config(el).data.datasets.map((d) => JSON.stringify((d as { borderDash?: number[] }).borderDash));
    expect(new Set(dashes).size).to.equal(3); // told apart without colour
    await expect(el).to.be.accessible();
  });

  it('reads labels instead of field names on axes, legend, summary, table and CSV', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${VOTE}
        x="SGGNM"
        y="POPU_ALL,VOTER"
        labels="POPU_ALL:선거인수, VOTER:투표수, SGGNM:구·군"
      ></bdw-chart-viewer>`,
    );
    expect(config(el).data.datasets.map((d) => d.label)).to.deep.equal(['선거인수', '투표수']);
    expect(options(el).scales['x']!.title.text).to.equal('구·군');
    const summary = $(el, '[part="summary"]').textContent!;
    expect(summary)
      .to.contain('구·군별')
      .and.contain('선거인수')
      .and.not.match(/POPU_ALL|SGGNM|별별/);
    expect((await el.toCsv())!.split('\r\n')[0]).to.equal('\uFEFF구·군,선거인수,투표수');
    el.view = 'table';
    await el.updateComplete;
    expect($$(el, '[part="table"] thead th').map((th) => th.textContent!.trim())).to.deep.equal([
      '구·군',
      '선거인수',
      '투표수',
    ]);
  });

  it('chooses particles by the final consonant (es-hangul), never 은(는)', async () => {
    const trend = async (label: string) => {
      const el = await mount(
        html`<bdw-chart-viewer
          src=${POPULATION}
          x="연도"
          y="인구수"
          filter="분류=남자"
          labels=${`인구수:${label}`}
        ></bdw-chart-viewer>`,
      );
      return $(el, '[part="summary"]').textContent!;
    };
    expect(await trend('주민'))
      .to.contain('주민은 증가 추세')
      .and.not.contain('은(는)');
    expect(await trend('인구수')).to.contain('인구수는 증가 추세');
    // 연령별 ends in 별: "연령별 인구수", not "연령별별".
    const byAge = await mount(
      html`<bdw-chart-viewer src=${POPULATION} x="연령별" y="인구수" filter="연도=2021"></bdw-chart-viewer>`,
    );
    expect($(byAge, '[part="summary"]').textContent).to.contain('연령별 인구수').and.not.contain('별별');
  });

  it('shortens axis ticks with compact but gives exact numbers in the table, tooltips and announcements', async () => {
    const el = await mount(
      html`<bdw-chart-viewer src=${VOTE} x="SGGNM" y="POPU_ALL" unit="명" compact></bdw-chart-viewer>`,
    );
    const vote = await voteTable();
    const electors = vote.column('POPU_ALL');
    const max = Math.max(...electors);
    expect(options(el).scales['y']!.ticks.callback(350000)).to.equal('35만');
    const label = options(el).plugins.tooltip.callbacks.label({
      dataset: { label: 'POPU_ALL' },
      parsed: { x: 0, y: max },
      label: '해운대구',
    });
    expect(label).to.equal(`POPU_ALL: ${max.toLocaleString('ko')}명`);
    expect($(el, '[part="summary"]').textContent)
      .to.contain(`${max.toLocaleString('ko')}명`)
      .and.not.contain('만명');
    const plot = $(el, '[part="chart"]');
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(liveRegion(el)).to.contain(`${electors[0]!.toLocaleString('ko')}명`);
    const rows = await tableRows(el);
    expect(rows.map((r) => r[1])).to.deep.equal(electors.map((n) => `${n.toLocaleString('ko')}명`));
  });

  it('toggles series from the legend by keyboard alone; the chart, summary and live region follow', async () => {
    const el = await mount(
      html`<bdw-chart-viewer src=${POPULATION} x="연도" y="인구수" series="분류"></bdw-chart-viewer>`,
    );
    const csv = $$<HTMLButtonElement>(el, '[part="toolbar"] button').at(-1)!;
    csv.focus();
    await command('send-keys', { press: 'Tab' });
    const first = $$<HTMLButtonElement>(el, '[part="legend"] button')[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    await command('send-keys', { press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('false');
    expect(el.chart!.isDatasetVisible(0)).to.equal(false);
    expect($(el, '[part="summary"]').textContent).to.contain('숨긴 계열: 남자').and.not.contain('남자: 최댓값');
    expect(liveRegion(el)).to.equal('남자 숨김');
    await command('send-keys', { press: 'Space' });
    await el.updateComplete;
    expect(el.chart!.isDatasetVisible(0)).to.equal(true);
    expect(liveRegion(el)).to.equal('남자 보임');
    await expect(el).to.be.accessible();
  });

  it('paints every series at least 3:1 against the chart surface in light and dark, and "others" grey in neither palette', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await mount(html`<bdw-chart-viewer theme=${theme} src=${VOTE}></bdw-chart-viewer>`);
      const style = getComputedStyle(el);
      const surface = resolveColor(style.getPropertyValue('--_surface'));
      const palette = Array.from({ length: 8 }, (_, i) => resolveColor(style.getPropertyValue(`--_color-${i + 1}`)));
      expect(palette).to.deep.equal((theme === 'light' ? LIGHT_PALETTE : DARK_PALETTE).map(resolveColor));
      for (const color of palette) expect(contrast(color, surface), `${theme} ${color}`).to.be.at.least(3);
      const others = resolveColor(style.getPropertyValue('--_others'));
      expect(others).to.equal(resolveColor(theme === 'light' ? LIGHT_OTHERS : DARK_OTHERS));
      expect(palette).to.not.include(others);
      expect(contrast(others, surface)).to.be.at.least(3);
    }
  });

  it('draws a pie by size with shares, "others" in grey', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${ACCIDENTS} type="pie"></bdw-chart-viewer>`);
    const { header, rows } = await fetchTable(ACCIDENTS);
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row[header.indexOf('발생지시군구')]!, (counts.get(row[header.indexOf('발생지시군구')]!) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const data = config(el).data.datasets[0]!.data as number[];
    expect(config(el).data.labels!.slice(0, 7)).to.deep.equal(ranked.slice(0, 7).map(([d]) => d));
    expect(config(el).data.labels!.at(-1)).to.equal('기타');
    expect(data.at(-1)).to.equal(ranked.slice(7).reduce((n, [, c]) => n + c, 0));
    const colors = (config(el).data.datasets[0] as unknown as { backgroundColor: string[] }).backgroundColor;
    expect(resolveColor(colors.at(-1)!)).to.equal(resolveColor(LIGHT_OTHERS));
    const label = options(el).plugins.tooltip.callbacks.label({ label: ranked[0]![0], parsed: ranked[0]![1] });
    expect(label).to.equal(`${ranked[0]![0]}: ${ranked[0]![1]} (${((ranked[0]![1] / 100) * 100).toFixed(0)}%)`);
  });

  it('draws lines and bars in system colours under forced colours', async () => {
    await command('emulate-media', { forcedColors: 'active' });
    const el = await mount(
      html`<bdw-chart-viewer src=${POPULATION} x="연도" y="인구수" series="분류"></bdw-chart-viewer>`,
    );
    const text = getComputedStyle($(el, '.root')).color;
    const colors = config(el).data.datasets.map((d) => resolveColor(String(d.borderColor)));
    expect(new Set(colors)).to.deep.equal(new Set([resolveColor(text)]));
    const dashes = config(el).data.datasets.map((d) => JSON.stringify((d as { borderDash?: number[] }).borderDash));
    expect(new Set(dashes).size).to.equal(2);
  });

  it('fits a 280 px column, controls included, without widening the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><bdw-chart-viewer src=${VOTE} controls></bdw-chart-viewer></div>`,
    );
    const el = wrapper.querySelector('bdw-chart-viewer')!;
    await settled(el);
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    for (const child of $$(el, '.controls > *, .toolbar, .legend, .plot')) {
      expect(child.getBoundingClientRect().right, child.className).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
    // Sixteen districts in a narrow column: horizontal bars, tall enough for every label.
    expect((config(el).options as { indexAxis?: string }).indexAxis).to.equal('y');
    expect($(el, '.plot').getBoundingClientRect().height).to.be.at.least(16 * 20);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });

  it('downloads a PNG with the title above and the source and licence line below', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${VOTE}
        label="구·군별 선거인수"
        source="중앙선거관리위원회"
        license="CC BY 4.0"
      ></bdw-chart-viewer>`,
    );
    const load = (url: string) =>
      new Promise<HTMLImageElement>((resolve) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.src = url;
      });
    const canvas = el.chart!.canvas;
    const png = await load(el.toPng()!);
    expect(png.width).to.equal(canvas.width);
    expect(png.height).to.be.greaterThan(canvas.height + 40);
    const read = document.createElement('canvas');
    read.width = png.width;
    read.height = png.height;
    const ctx = read.getContext('2d')!;
    ctx.drawImage(png, 0, 0);
    const inked = (y: number, h: number) => {
      const pixels = ctx.getImageData(0, y, png.width, h).data;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
      return n;
    };
    const top = png.height - canvas.height;
    expect(inked(0, 30), 'title band').to.be.greaterThan(50);
    expect(inked(png.height - 24, 24), 'source band').to.be.greaterThan(20);
    expect(top).to.be.greaterThan(30);
    // Without a source the band is gone: the image is shorter.
    el.source = '';
    el.license = '';
    const bare = await load(el.toPng()!);
    expect(bare.height).to.be.lessThan(png.height);
  });

  it('keeps numbers with statistics placeholders numbers, counts them, and reads − as minus', async () => {
    const rows = [
      { 구: '중구', 값: '1,200' },
      { 구: '서구', 값: '-' },
      { 구: '동구', 값: '…' },
      { 구: '영도구', 값: 'x' },
      { 구: '남구', 값: '−5' },
    ];
    const el = await mount(html`<bdw-chart-viewer .rows=${rows} x="구" y="값"></bdw-chart-viewer>`);
    expect(el.columns.find((c) => c.name === '값')!.type).to.equal('number');
    expect(config(el).data.datasets[0]!.data).to.deep.equal([1200, null, null, null, -5]);
    expect($(el, '[part="summary"]').textContent).to.contain('3개 값 없음');
    const zero = await mount(html`<bdw-chart-viewer .rows=${rows} x="구" y="값" dash-zero></bdw-chart-viewer>`);
    expect(config(zero).data.datasets[0]!.data).to.deep.equal([1200, 0, null, null, -5]);
    expect($(zero, '[part="summary"]').textContent).to.contain('2개 값 없음');
  });

  it('gives its settings out and takes them back: the same chart from a pasted settings attribute', async () => {
    const first = await fixture<BdwChartViewer>(html`<bdw-chart-viewer src=${POPULATION}></bdw-chart-viewer>`);
    const ready = await oneEvent(first, 'bdw-chart-ready');
    expect(ready.detail.settings).to.deep.equal(first.settings);
    const copy = await mount(
      html`<bdw-chart-viewer src=${POPULATION} settings=${JSON.stringify(first.settings)}></bdw-chart-viewer>`,
    );
    expect(copy.settings).to.deep.equal(first.settings);
    expect(config(copy).data).to.deep.equal(config(first).data);
    // Changing one setting keeps the rest: a bar chart of the same.
    copy.settings = { type: 'bar' };
    await copy.updateComplete;
    expect(copy.settings).to.deep.equal({ ...first.settings, type: 'bar' });
    const broken = await mount(html`<bdw-chart-viewer src=${POPULATION} settings="{type: bar"></bdw-chart-viewer>`);
    expect($(broken, '[part="error"]').textContent).to.contain('settings 속성을 읽을 수 없습니다');
  });

  it('announces a change of chart type from the settings panel', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${ACCIDENTS} controls></bdw-chart-viewer>`);
    const type = $$<HTMLSelectElement>(el, '[part="controls"] select')[0]!;
    type.value = 'pie';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.settings!.type).to.equal('pie');
    expect(liveRegion(el)).to.match(/^차트를 바꿨습니다\. 원형 차트/);
  });
});
