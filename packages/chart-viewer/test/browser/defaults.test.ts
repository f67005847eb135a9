import { expect, html } from '@open-wc/testing';
import type { ChartConfiguration } from 'chart.js';
import type { BdwChartViewer } from '../../src/BdwChartViewer.js';
import { $, fetchTable, mount, values } from './helpers.js';

/**
 * Every real table of the catalogue, charted with no x or y as a citizen pastes it: once from the
 * file and once from its datastore resource. What was chosen must mean something, be the same for
 * both, and carry the numbers the test computes itself from the file.
 */
interface RealTable {
  file: string;
  resource: string;
  delimiter?: string;
}

const TABLES: Record<string, RealTable> = {
  population: {
    file: '/files/busan_population_by_age_sex_census_1925_2021.csv',
    resource: 'busan-population-by-age-sex-census-1',
  },
  vote: {
    file: '/files/busan_vote_sgg_20220309.tsv',
    resource: 'busan-presidential-vote-2022-by-district-1',
    delimiter: '\t',
  },
  crosswalk: {
    file: '/files/busan_sgg_code_crosswalk_kostat_vs_mois.csv',
    resource: 'busan-district-boundaries-kostat-2018-2',
  },
  accidents: {
    file: '/files/busan_fatal_traffic_accidents_2020.csv',
    resource: 'busan-fatal-traffic-accidents-2020-1',
  },
  inspection: {
    file: '/files/busan_car_inspection_stations_20210927.csv',
    resource: 'busan-car-inspection-stations-1',
  },
  centres: { file: '/files/busan_119_safety_centers_addresses.csv', resource: 'busan-119-safety-centers-1' },
  crime: { file: '/files/police_crime_by_region_2015_utf8.csv', resource: 'police-crime-by-region-2015-1' },
};

/** Columns no person adds up, named as the test reads the headers itself. */
const NEVER_A_VALUE = /연도|발생년$|순번|번호|^id$|코드|code|^sgg$|위도|경도|UTMK|lat|lon/i;

const config = (el: BdwChartViewer) => el.chart!.config as unknown as ChartConfiguration;

async function both(table: RealTable): Promise<[BdwChartViewer, BdwChartViewer]> {
  const file = await mount(html`<bdw-chart-viewer src=${table.file}></bdw-chart-viewer>`);
  const store = await mount(html`<bdw-chart-viewer api="/" resource=${table.resource}></bdw-chart-viewer>`);
  return [file, store];
}

/** Sums of `value` per `key` over the file's rows, in first-seen order. */
function sums(rows: string[][], key: number, value: number | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows)
    out.set(row[key]!, (out.get(row[key]!) ?? 0) + (value === null ? 1 : Number(row[value] || 0)));
  return out;
}

const byValue = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);

describe('default charts of the real tables (file and datastore alike)', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: the file and its datastore resource get the same meaningful settings`, async () => {
      const [file, store] = await both(table);
      expect(file.settings).to.not.equal(null);
      expect(store.settings).to.deep.equal(file.settings);
      for (const y of file.settings!.y) expect(y).to.not.match(NEVER_A_VALUE);
      const { header } = await fetchTable(table.file, table.delimiter);
      const year = header.find((h) => /연도/.test(h));
      if (year) expect(file.settings!.x).to.equal(year);
      await expect(file).to.be.accessible();
    });
  }

  it('population: a line over 연도 by 성별, with sums computed from the CSV and missing years counted', async () => {
    const [file, store] = await both(TABLES['population']!);
    expect(file.settings).to.deep.include({ type: 'line', x: '연도', y: ['인구수'], series: '분류', agg: 'sum' });
    const { rows } = await fetchTable(TABLES['population']!.file);
    // The line starts at the first census with counts (1925–1960 are empty in the source).
    const years = [...new Set(rows.filter((r) => r[4]).map((r) => r[2]!))].sort();
    const male = years.map((y) => {
      const cells = rows.filter((r) => r[2] === y && r[3] === '남자' && r[4]);
      return cells.length ? cells.reduce((n, r) => n + Number(r[4]), 0) : null;
    });
    for (const el of [file, store]) {
      expect(config(el).data.labels).to.deep.equal(years);
      expect(values(config(el).data.datasets[0]!.data)).to.deep.equal(male);
    }
    const empty = rows.filter((r) => !r[4]).length;
    expect($(file, '[part="summary"]').textContent).to.contain(`${empty.toLocaleString('ko')}개 값 없음`);
    // The datastore's data dictionary names 분류 성별; the file has no dictionary.
    expect(store.columnLabels['분류']).to.equal('성별');
  });

  it('accidents and 119 centres: rows counted by district and by fire station, largest first', async () => {
    for (const [key, column] of [
      ['accidents', '발생지시군구'],
      ['centres', '소방서'],
    ] as const) {
      const [file, store] = await both(TABLES[key]!);
      expect(file.settings).to.deep.include({ x: column, y: [], agg: 'count', sort: 'value-desc', type: 'bar' });
      const { header, rows } = await fetchTable(TABLES[key]!.file);
      const ranked = byValue(sums(rows, header.indexOf(column), null));
      for (const el of [file, store]) {
        expect(config(el).data.labels).to.deep.equal(ranked.map(([label]) => label));
        expect(config(el).data.datasets[0]!.data).to.deep.equal(ranked.map(([, n]) => n));
      }
    }
  });

  it('vote: the candidates of a wide table compared by district, the largest first among them', async () => {
    const [file, store] = await both(TABLES['vote']!);
    const { header, rows } = await fetchTable(TABLES['vote']!.file, '\t');
    const candidates = header.filter((h) => /^C\d+$/.test(h));
    const totals = candidates.map((c) => rows.reduce((n, r) => n + Number(r[header.indexOf(c)]), 0));
    const floor = Math.max(...totals) * 0.01;
    const expected = candidates.filter(
      (_, i) => totals[i]! >= floor && [...totals].sort((a, b) => b - a).indexOf(totals[i]!) < 5,
    );
    expect(file.settings).to.deep.include({ x: 'SGGNM', y: expected, type: 'bar', agg: 'sum' });
    expect(config(file).data.datasets.map((d) => d.label)).to.deep.equal(expected);
    // The datastore's labels are what people read: 후보 1, not C01; 구·군, not SGGNM.
    expect(config(store).data.datasets.map((d) => d.label)).to.deep.equal(
      expected.map((c) => `후보 ${Number(c.slice(1))}`),
    );
    expect($(store, '[part="summary"]').textContent).to.contain('구·군별').and.not.contain('SGGNM');
    expect(config(store).data.datasets[0]!.data).to.deep.equal(rows.map((r) => Number(r[header.indexOf('C01')])));
  });

  it('crime: a wide table of regions compared by crime category', async () => {
    const [file] = await both(TABLES['crime']!);
    const { header, rows } = await fetchTable(TABLES['crime']!.file);
    const regions = header.slice(2);
    const total = (r: string) => rows.reduce((n, row) => n + Number(row[header.indexOf(r)]), 0);
    const largest = [...regions].sort((a, b) => total(b) - total(a)).slice(0, 5);
    expect(file.settings!.x).to.equal('범죄대분류');
    expect([...file.settings!.y].sort()).to.deep.equal([...largest].sort());
    const busan = sums(rows, 0, header.indexOf('부산'));
    const dataset = config(file).data.datasets.find((d) => d.label === '부산');
    if (dataset) expect(dataset.data).to.deep.equal([...busan.values()]);
  });

  it('inspection stations: each station by a measure, never by 위도 or 경도', async () => {
    const [file] = await both(TABLES['inspection']!);
    expect(file.settings).to.deep.include({ x: '자동차검사소명', y: ['검사진로수'] });
  });

  it('the code crosswalk has nothing to chart: the table is shown with a note, in Korean and English', async () => {
    const [file, store] = await both(TABLES['crosswalk']!);
    for (const el of [file, store]) {
      expect(el.chart).to.equal(undefined);
      expect($(el, '[part="note"]').textContent).to.contain('차트로 나타낼 만한 값');
      expect(el.shadowRoot!.querySelector('[part="table"] tbody tr')).to.not.equal(null);
    }
    const { rows } = await fetchTable(TABLES['crosswalk']!.file);
    expect([...file.shadowRoot!.querySelectorAll('[part="table"] tbody tr')]).to.have.length(Math.min(rows.length, 20));
    const en = await mount(html`<bdw-chart-viewer lang="en" src=${TABLES['crosswalk']!.file}></bdw-chart-viewer>`);
    expect($(en, '[part="note"]').textContent).to.contain('no column of quantities');
    await expect(store).to.be.accessible();
  });
});
