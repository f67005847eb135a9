import { expect, html, oneEvent } from '@open-wc/testing';
import type { ChartConfiguration } from 'chart.js';
import { loadCsv } from '@bdw/core/data';
import {
  $,
  $$,
  digits,
  drawnPixels,
  fetchTable,
  mount,
  pixelsOf,
  settled,
  status,
  tableRows,
  values,
} from './helpers.js';

const POPULATION = '/files/busan_population_by_age_sex_census_1925_2021.csv';
const ACCIDENTS = '/files/busan_fatal_traffic_accidents_2020.csv';
const VOTE = '/files/busan_vote_sgg_20220309.tsv';
const CRIME = '/files/police_crime_by_region_2015_utf8.csv';

/** Busan population by year and sex from 1966, computed here from the real CSV. */
async function populationBySex(): Promise<{ years: string[]; male: number[]; female: number[] }> {
  const { rows } = await fetchTable(POPULATION);
  const sums = new Map<string, { 남자: number; 여자: number }>();
  for (const [, , year, sex, count] of rows) {
    if (Number(year) < 1966) continue;
    const entry = sums.get(year!) ?? { 남자: 0, 여자: 0 };
    entry[sex as '남자' | '여자'] += Number(count || 0);
    sums.set(year!, entry);
  }
  const years = [...sums.keys()].sort();
  return { years, male: years.map((y) => sums.get(y)!.남자), female: years.map((y) => sums.get(y)!.여자) };
}

async function accidentsByDistrict(): Promise<[string, number][]> {
  const { header, rows } = await fetchTable(ACCIDENTS);
  const column = header.indexOf('발생지시군구');
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[column]!, (counts.get(row[column]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const config = (el: { chart?: { config: unknown } }) => el.chart!.config as unknown as ChartConfiguration;

describe('<bdw-chart-viewer> on the real files and API', () => {
  it('draws Busan population 1966–2021 by sex as a line, with the numbers of the CSV', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${POPULATION}
        type="line"
        x="연도"
        y="인구수"
        series="분류"
        filter=${'연도>=1966'}
        unit="명"
      ></bdw-chart-viewer>`,
    );
    const expected = await populationBySex();
    const c = config(el);
    expect(c.type).to.equal('line');
    expect(c.data.labels).to.deep.equal(expected.years);
    expect(c.data.datasets.map((d) => d.label)).to.deep.equal(['남자', '여자']);
    expect(values(c.data.datasets[0]!.data)).to.deep.equal(expected.male);
    expect(values(c.data.datasets[1]!.data)).to.deep.equal(expected.female);
    expect(drawnPixels(el)).to.be.greaterThan(5000);
    expect(pixelsOf(el, '#0072b2')).to.be.greaterThan(50);
    expect(status(el).loaded!.worker).to.equal(true);
    const summary = $(el, '[part="summary"]').textContent!;
    expect(summary).to.contain('1966부터 2021까지');
    expect(summary).to.match(/최댓값 [\d,]+명/);
    await expect(el).to.be.accessible();
    // The table view shows the same numbers.
    const rows = await tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(expected.years);
    expect(rows.map((r) => digits(r[1]!))).to.deep.equal(expected.male);
    expect(rows.map((r) => digits(r[2]!))).to.deep.equal(expected.female);
    await expect(el).to.be.accessible();
  });

  it('stacks bars and turns them horizontal', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${POPULATION}
        type="bar"
        x="연도"
        y="인구수"
        series="분류"
        filter=${'연도>=1966'}
        stacked
        compact
      ></bdw-chart-viewer>`,
    );
    let c = config(el);
    expect(c.type).to.equal('bar');
    const scales = c.options!.scales as Record<string, { stacked?: boolean }>;
    expect(scales['x']!.stacked).to.equal(true);
    expect(scales['y']!.stacked).to.equal(true);
    expect(drawnPixels(el)).to.be.greaterThan(5000);
    el.horizontal = true;
    await el.updateComplete;
    c = config(el);
    expect((c.options as { indexAxis?: string }).indexAxis).to.equal('y');
    expect(pixelsOf(el, '#d55e00')).to.be.greaterThan(50);
  });

  it('reads a CKAN datastore resource page by page (server caps the limit at 1000) with progress', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        api="/"
        resource="busan-population-by-age-sex-census-1"
        type="area"
        x="연도"
        y="인구수"
        filter=${'연도>=1966'}
      ></bdw-chart-viewer>`,
    );
    const expected = await populationBySex();
    const c = config(el);
    expect(c.type).to.equal('line');
    expect((c.data.datasets[0] as { fill?: unknown }).fill).to.equal('origin');
    expect(c.data.labels).to.deep.equal(expected.years);
    expect(values(c.data.datasets[0]!.data)).to.deep.equal(
      expected.years.map((_, i) => expected.male[i]! + expected.female[i]!),
    );
    expect($(el, '[part="columns"] summary').textContent).to.contain('1,012행');
    expect(drawnPixels(el)).to.be.greaterThan(5000);
  });

  it('shows a progress bar with rows while a datastore resource loads', async () => {
    const el = document.createElement('bdw-chart-viewer');
    el.setAttribute('api', '/');
    el.setAttribute('resource', 'busan-population-by-age-sex-census-1');
    document.body.append(el);
    await el.updateComplete;
    expect($(el, '[part="loading"] progress')).to.not.equal(null);
    await settled(el);
    el.remove();
  });

  it('draws the 2022 vote by district as a bar from the datastore, equal to the TSV', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        api="/"
        resource="busan-presidential-vote-2022-by-district-1"
        x="SGGNM"
        y="C02"
        sort="value-desc"
      ></bdw-chart-viewer>`,
    );
    const { header, rows } = await fetchTable(VOTE, '\t');
    const name = header.indexOf('SGGNM');
    const votes = header.indexOf('C02');
    const expected = rows.map((r) => [r[name]!, Number(r[votes])] as const).sort((a, b) => b[1] - a[1]);
    const c = config(el);
    expect(c.data.labels).to.deep.equal(expected.map(([n]) => n));
    expect(c.data.datasets[0]!.data).to.deep.equal(expected.map(([, v]) => v));
    expect(drawnPixels(el)).to.be.greaterThan(5000);
  });

  it('counts fatal accidents by district: pie with top 5 and others, equal to a count of the CSV', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${ACCIDENTS}
        type="pie"
        x="발생지시군구"
        agg="count"
        top="5"
        sort="value-desc"
      ></bdw-chart-viewer>`,
    );
    const ranked = await accidentsByDistrict();
    const c = config(el);
    expect(c.type).to.equal('pie');
    expect(c.data.labels).to.deep.equal([...ranked.slice(0, 5).map(([n]) => n), '기타']);
    expect(c.data.datasets[0]!.data).to.deep.equal([
      ...ranked.slice(0, 5).map(([, n]) => n),
      ranked.slice(5).reduce((n, [, v]) => n + v, 0),
    ]);
    expect(drawnPixels(el)).to.be.greaterThan(5000);
    const rows = await tableRows(el);
    expect(rows.map((r) => digits(r[1]!))).to.deep.equal(c.data.datasets[0]!.data);
    el.type = 'doughnut';
    el.view = 'chart';
    await el.updateComplete;
    expect(config(el).type).to.equal('doughnut');
    expect(drawnPixels(el)).to.be.greaterThan(5000);
  });

  it('draws a scatter of electorate against valid votes, one point per district', async () => {
    const el = await mount(
      html`<bdw-chart-viewer src=${VOTE} type="scatter" x="VOTER" y="VOTE_VAL"></bdw-chart-viewer>`,
    );
    const c = config(el);
    expect(c.type).to.equal('scatter');
    const points = c.data.datasets[0]!.data as { x: number; y: number }[];
    expect(points).to.have.length(16);
    const { header, rows } = await fetchTable(VOTE, '\t');
    const voters = rows.map((r) => Number(r[header.indexOf('VOTER')])).sort((a, b) => a - b);
    expect(points.map((p) => p.x)).to.deep.equal(voters);
    expect(drawnPixels(el)).to.be.greaterThan(2000);
  });

  it('picks one column of a wide table (crime by region, 부산)', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${CRIME}
        x="범죄중분류"
        y="부산"
        filter="범죄대분류=강력범죄"
        horizontal
      ></bdw-chart-viewer>`,
    );
    const { header, rows } = await fetchTable(CRIME);
    const busan = header.indexOf('부산');
    const expected = rows.filter((r) => r[0] === '강력범죄').map((r) => Number(r[busan]));
    expect(config(el).data.datasets[0]!.data).to.deep.equal(expected);
  });

  it('shows column types and lets the user override them', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${ACCIDENTS} controls></bdw-chart-viewer>`);
    const select = (name: string) => $<HTMLSelectElement>(el, `[part="columns"] select[data-column="${name}"]`);
    expect(select('발생년월일시').value).to.equal('date');
    expect(select('발생년').value).to.equal('period');
    expect(select('사망자수').value).to.equal('number');
    expect(select('발생지시군구').value).to.equal('category');
    // Chosen: not 발생년 (one value) nor a timestamp per accident, but accidents counted by district, largest first.
    expect(el.settings).to.deep.include({ x: '발생지시군구', y: [], agg: 'count', sort: 'value-desc', type: 'bar' });
    const ranked = await accidentsByDistrict();
    expect(config(el).data.labels).to.deep.equal(ranked.map(([district]) => district));
    expect(config(el).data.datasets[0]!.data).to.deep.equal(ranked.map(([, count]) => count));
    const box = select('발생년');
    box.value = 'number';
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.columns.find((c) => c.name === '발생년')!.type).to.equal('number');
    expect(el.columns.find((c) => c.name === '발생년')!.overridden).to.equal(true);
    // The control panel changes x.
    const x = $$<HTMLSelectElement>(el, '[part="controls"] select')[1]!;
    x.value = '요일';
    x.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(config(el).data.labels).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('detects CP949 and charts it like the UTF-8 file', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src="/test/fixtures/busan_fatal_traffic_accidents_2020_cp949.csv"
        x="발생지시군구"
        agg="count"
        sort="value-desc"
      ></bdw-chart-viewer>`,
    );
    const ranked = await accidentsByDistrict();
    expect(config(el).data.labels).to.deep.equal(ranked.map(([n]) => n));
    expect(config(el).data.datasets[0]!.data).to.deep.equal(ranked.map(([, n]) => n));
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text") like the UTF-8 TSV', async () => {
    // The real TSV saved as Excel saves "Unicode text": UTF-16LE after the mark FF FE.
    const text = await (await fetch(VOTE)).text();
    const utf16 = Uint16Array.from({ length: text.length + 1 }, (_, i) => (i === 0 ? 0xfeff : text.charCodeAt(i - 1)));
    const url = URL.createObjectURL(new Blob([utf16.buffer]));
    const el = await mount(html`<bdw-chart-viewer src=${url} format="tsv" x="SGGNM" y="C02"></bdw-chart-viewer>`);
    URL.revokeObjectURL(url);
    const { header, rows } = await fetchTable(VOTE, '\t');
    expect(config(el).data.labels).to.deep.equal(rows.map((r) => r[header.indexOf('SGGNM')]));
    expect(config(el).data.datasets[0]!.data).to.deep.equal(rows.map((r) => Number(r[header.indexOf('C02')])));
    expect((status(el) as { loaded?: { encoding?: string } }).loaded?.encoding).to.equal('utf-16le');
  });

  it('parses on the main thread, with the parser fetched then, where no worker starts', async () => {
    const loaded = await loadCsv(VOTE, { worker: false, delimiter: '\t' });
    expect(loaded.worker).to.equal(false);
    const { header, rows } = await fetchTable(VOTE, '\t');
    expect(loaded.table.columns).to.deep.equal(header);
    expect(loaded.table.rows).to.have.length(rows.length);
  });

  it('lets keyboard users step through points and select one; programmatic changes fire nothing', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${VOTE} x="SGGNM" y="C01"></bdw-chart-viewer>`);
    let selected = 0;
    el.addEventListener('bdw-point-select', () => selected++);
    el.type = 'line';
    await el.updateComplete;
    expect(selected).to.equal(0);
    const plot = $(el, '[part="chart"]');
    plot.focus();
    const key = (k: string) =>
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowRight');
    key('ArrowRight');
    await el.updateComplete;
    expect($(el, '[aria-live="polite"].visually-hidden').textContent).to.contain('서구');
    setTimeout(() => key('Enter'));
    const event = await oneEvent(el, 'bdw-point-select');
    expect(event.detail).to.include({ index: 1, label: '서구', value: 25154 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(selected).to.equal(1);
  });

  it('downloads the charted data as CSV and the chart as PNG', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${ACCIDENTS}
        x="발생지시군구"
        agg="count"
        top="3"
        sort="value-desc"
      ></bdw-chart-viewer>`,
    );
    const ranked = await accidentsByDistrict();
    const csv = (await el.toCsv())!;
    expect(csv.startsWith('\uFEFF발생지시군구,건수\r\n')).to.equal(true);
    expect(csv).to.contain(`${ranked[0]![0]},${ranked[0]![1]}\r\n`);
    expect(csv).to.contain(`기타,${ranked.slice(3).reduce((n, [, v]) => n + v, 0)}\r\n`);
    expect(el.toPng()!.startsWith('data:image/png;base64,')).to.equal(true);
  });

  it('speaks English and is accessible in dark mode', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        lang="en"
        src=${ACCIDENTS}
        x="발생지시군구"
        agg="count"
        theme="dark"
        controls
      ></bdw-chart-viewer>`,
    );
    expect($(el, '[part="toolbar"]').textContent).to.contain('Download CSV');
    expect($(el, '[part="summary"]').textContent).to.contain('Bar chart of Count by 발생지시군구');
    await expect(el).to.be.accessible();
  });

  it('charts rows set as a property, with LTTB decimation over a numeric x', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ t: i, v: Math.sin(i / 500) * 100 }));
    const el = await mount(
      html`<bdw-chart-viewer .rows=${rows} type="line" x="t" y="v" agg="none"></bdw-chart-viewer>`,
    );
    const c = config(el);
    expect((c.options!.plugins as { decimation: unknown }).decimation).to.deep.equal({
      enabled: true,
      algorithm: 'lttb',
    });
    expect((c.options as { parsing: boolean }).parsing).to.equal(false);
    expect(el.chartData!.kind).to.equal('points');
    expect(drawnPixels(el)).to.be.greaterThan(2000);
  });
});

describe('<bdw-chart-viewer> on malformed input', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => expect(uncaught).to.deep.equal([]));

  async function errorText(src: string, extra: Record<string, string> = {}): Promise<string> {
    const el = document.createElement('bdw-chart-viewer');
    el.src = src;
    for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
    document.body.append(el);
    await settled(el);
    const error = $(el, '[part="error"]');
    expect(error, `error state for ${src}`).to.not.equal(null);
    expect(error.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    const text = error.textContent!.replace(/\s+/g, ' ');
    el.remove();
    return text;
  }

  it('ragged rows', async () => {
    expect(await errorText('/test/fixtures/busan_vote_ragged.tsv')).to.contain(
      '6번째 줄의 칸 수(19)가 머리글의 칸 수(20)와 다릅니다',
    );
  });

  it('wrong encoding', async () => {
    const text = await errorText('/test/fixtures/busan_fatal_traffic_accidents_2020_cp949.csv', { encoding: 'utf-8' });
    expect(text).to.contain('utf-8(으)로 읽을 수 없습니다');
  });

  it('empty file', async () => {
    expect(await errorText('/test/fixtures/empty.csv')).to.contain('파일이 비어 있습니다');
  });

  it('one huge line', async () => {
    const url = URL.createObjectURL(new Blob([`a,b\n${'1,'.repeat(1_500_000)}`], { type: 'text/csv' }));
    expect(await errorText(url)).to.contain('너무 긴 줄');
    URL.revokeObjectURL(url);
  });

  it('one huge line followed by ordinary rows, in one piece', async () => {
    const url = URL.createObjectURL(new Blob([`a,b\n${'1'.repeat(1_200_000)},2\n3,4\n`], { type: 'text/csv' }));
    expect(await errorText(url)).to.contain('너무 긴 줄');
    URL.revokeObjectURL(url);
  });

  it('a binary file (an Excel workbook) instead of a CSV, in English too', async () => {
    const zip = new Uint8Array([
      0x50,
      0x4b,
      3,
      4,
      20,
      0,
      6,
      0,
      8,
      0,
      ...new TextEncoder().encode('[Content_Types].xml'),
    ]);
    const url = URL.createObjectURL(new Blob([zip], { type: 'application/octet-stream' }));
    expect(await errorText(url)).to.contain('CSV가 아닌 파일');
    expect(await errorText(url, { lang: 'en' })).to.contain('not a CSV file');
    URL.revokeObjectURL(url);
  });

  it('an HTML error page instead of the CSV', async () => {
    expect(await errorText('/test/fixtures/error-page.html')).to.contain('웹 페이지(HTML)');
  });

  it('a missing file, with a retry that loads again', async () => {
    const text = await errorText('/files/does-not-exist.csv');
    expect(text).to.match(/HTTP 404/);
  });

  it('a column that is not in the data', async () => {
    const el = await mount(html`<bdw-chart-viewer src=${ACCIDENTS} x="없는열"></bdw-chart-viewer>`);
    expect($(el, '[part="error"]').textContent).to.contain('‘없는열’ 열이 데이터에 없습니다');
  });

  it('a filter that matches nothing gives the empty state', async () => {
    const el = await mount(
      html`<bdw-chart-viewer
        src=${ACCIDENTS}
        x="발생지시군구"
        agg="count"
        filter=${'사망자수>100'}
      ></bdw-chart-viewer>`,
    );
    expect($(el, '[part="empty"]').textContent).to.contain('필터 조건에 맞는 데이터가 없습니다');
    await expect(el).to.be.accessible();
  });
});
