import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyDatastore, slowDatastore } from '../../../tests/msw/chart.js';
import { loadingCkan, serverErrorCkan } from '../../../tests/msw/ckan.js';
import '../src/bdw-chart-viewer.js';

interface Args {
  src: string;
  type: string;
  x: string;
  y: string;
  series: string;
  agg: string;
  filter: string;
  top: number;
  sort: string;
  unit: string;
  compact: boolean;
  stacked: boolean;
  horizontal: boolean;
  controls: boolean;
  label: string;
}

const POPULATION = './files/busan_population_by_age_sex_census_1925_2021.csv';

/**
 * `<bdw-chart-viewer>` on the real files the catalogue ships (Busan census 1925–2021, the 2022 presidential
 * vote by district, police crime statistics 2015, fatal traffic accidents 2020; see
 * apps/catalog-api/data/SOURCES.md), served from Storybook's static `./files/`.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-chart-viewer',
  component: 'bdw-chart-viewer',
  args: {
    src: POPULATION,
    type: 'line',
    x: '연도',
    y: '인구수',
    series: '분류',
    agg: 'sum',
    filter: '연도>=1966',
    top: 0,
    sort: 'auto',
    unit: '명',
    compact: true,
    stacked: false,
    horizontal: false,
    controls: true,
    label: '부산광역시 인구 (1966–2021, 인구주택총조사)',
  },
  argTypes: {
    type: { control: 'select', options: ['bar', 'line', 'area', 'pie', 'doughnut', 'scatter'] },
    agg: { control: 'select', options: ['sum', 'mean', 'count', 'min', 'max', 'none'] },
    sort: { control: 'select', options: ['auto', 'label', 'value-desc', 'value-asc', 'none'] },
  },
  render: (args, { globals }) => html`
    <bdw-chart-viewer
      src=${args.src}
      type=${args.type}
      x=${ifDefined(args.x || undefined)}
      y=${ifDefined(args.y || undefined)}
      series=${ifDefined(args.series || undefined)}
      agg=${args.agg}
      filter=${args.filter}
      top=${args.top}
      sort=${args.sort}
      unit=${args.unit}
      ?compact=${args.compact}
      ?stacked=${args.stacked}
      ?horizontal=${args.horizontal}
      ?controls=${args.controls}
      label=${ifDefined(args.label || undefined)}
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const PopulationLine: Story = {};

export const PopulationStackedBar: Story = { args: { type: 'bar', stacked: true } };

export const VoteByDistrict: Story = {
  args: {
    src: './files/busan_vote_sgg_20220309.tsv',
    type: 'bar',
    x: 'SGGNM',
    y: 'C02',
    series: '',
    filter: '',
    sort: 'value-desc',
    unit: '표',
    compact: false,
    label: '제20대 대통령선거 부산 구·군별 득표수 (기호 2번, C02)',
  },
};

export const CrimeByRegion: Story = {
  args: {
    src: './files/police_crime_by_region_2015_utf8.csv',
    type: 'bar',
    x: '범죄중분류',
    y: '부산',
    series: '',
    filter: '범죄대분류=강력범죄',
    horizontal: true,
    unit: '건',
    compact: false,
    label: '2015년 부산 강력범죄 발생 건수 (경찰청, 넓은 표에서 ‘부산’ 열 선택)',
  },
};

export const FatalAccidentsByDistrict: Story = {
  args: {
    src: './files/busan_fatal_traffic_accidents_2020.csv',
    type: 'bar',
    x: '발생지시군구',
    y: '',
    series: '',
    agg: 'count',
    filter: '',
    top: 8,
    sort: 'value-desc',
    unit: '건',
    compact: false,
    label: '2020년 부산 사망 교통사고 구·군별 건수 (상위 8곳과 기타)',
  },
};

export const FatalAccidentsPie: Story = {
  args: { ...FatalAccidentsByDistrict.args, type: 'doughnut', top: 5, controls: false },
};

export const VoteScatter: Story = {
  args: {
    src: './files/busan_vote_sgg_20220309.tsv',
    type: 'scatter',
    x: 'C01',
    y: 'C02',
    series: '',
    agg: 'none',
    filter: '',
    unit: '표',
    compact: false,
    label: '제20대 대통령선거 부산 구·군별 기호 1번(C01)과 2번(C02) 득표수',
  },
};

export const TableView: Story = {
  args: { ...VoteByDistrict.args },
  render: (args, context) => {
    const template = meta.render!(args, context);
    return html`<div @bdw-chart-ready=${(e: Event) => ((e.target as HTMLElement & { view: string }).view = 'table')}>
      ${template}
    </div>`;
  },
};

/** 200,000 points set as the `rows` property: a line over a numeric x, decimated with LTTB. */
export const LargeLine: Story = {
  render: (_, { globals }) => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({
      시각: i,
      값: Math.round(Math.sin(i / 4000) * 1000 + ((i * 7919) % 211)),
    }));
    return html`<bdw-chart-viewer
      .rows=${rows}
      type="line"
      x="시각"
      y="값"
      agg="none"
      label="200,000개 점의 선 그래프 (LTTB 축약)"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`;
  },
};

export const DatastoreProgress: Story = {
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      api="https://catalog.example"
      resource="busan-fatal-traffic-accidents-2020-1"
      x="발생지시군구"
      agg="count"
      sort="value-desc"
      unit="건"
      label="2020년 부산 사망 교통사고 (데이터스토어에서 100행씩)"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
  beforeEach({ msw }) {
    msw.use(...slowDatastore);
  },
};

/** Malformed files (test fixtures made from the real files), each shown as its error sentence. */
const malformed = (file: string, encoding = 'auto'): Story => ({
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      src=${`./fixtures/chart-viewer/${file}`}
      encoding=${encoding}
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
});

export const RaggedRows: Story = malformed('busan_vote_ragged.tsv');
export const HtmlInsteadOfCsv: Story = malformed('error-page.html');
export const WrongEncoding: Story = malformed('busan_fatal_traffic_accidents_2020_cp949.csv', 'utf-8');
export const EmptyFile: Story = malformed('empty.csv');

export const Loading: Story = {
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      api="https://catalog.example"
      resource="busan-population-by-age-sex-census-1"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
  beforeEach({ msw }) {
    msw.use(...loadingCkan);
  },
};

export const ServerError: Story = {
  render: Loading.render!,
  beforeEach({ msw }) {
    msw.use(...serverErrorCkan);
  },
};

export const Empty: Story = {
  render: Loading.render!,
  beforeEach({ msw }) {
    msw.use(...emptyDatastore);
  },
};

export const Dark: Story = {
  args: { type: 'area', stacked: true },
  render: (args, context) =>
    html`<div style="background:#0d1117;padding:1rem">
      ${meta.render!(args, { ...context, globals: { ...context.globals, theme: 'dark' } })}
    </div>`,
};

/** A phone (320 px): the population line with its legend, axis labels and tools reflowed. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

/** Long Korean categories and title (the violations of 2020's fatal accidents), at 320 px: labels wrap, none is lost. */
export const LongKoreanLabels: Story = {
  args: {
    src: './files/busan_fatal_traffic_accidents_2020.csv',
    type: 'bar',
    x: '가해자법규위반',
    y: '',
    series: '',
    agg: 'count',
    filter: '',
    top: 0,
    sort: 'value-desc',
    unit: '건',
    compact: false,
    label: '2020년 부산광역시 사망 교통사고의 가해 운전자 법규 위반 유형별 발생 건수 (도로교통공단 교통사고분석시스템)',
  },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

export const English: Story = {
  args: { label: 'Busan population by sex, 1966–2021 (census)', unit: 'people' },
  render: (args, context) => html`<div lang="en">${meta.render!(args, context)}</div>`,
};

/**
 * Each real table as a citizen pastes it: only `src`, nothing else. What is charted is chosen from the
 * data (see the README: a period on x, measures by name, wide tables compared, counts, or the table).
 */
const pasted = (file: string, label: string): Story => ({
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      src=${`./files/${file}`}
      label=${label}
      controls
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
});

export const DefaultPopulation = pasted('busan_population_by_age_sex_census_1925_2021.csv', '연령별·성별 인구');
export const DefaultVoteWideTable = pasted('busan_vote_sgg_20220309.tsv', '구·군별 투표 결과');
export const DefaultCrimeWideTable = pasted('police_crime_by_region_2015_utf8.csv', '범죄 발생 지역별 통계 (2015)');
export const DefaultFatalAccidents = pasted('busan_fatal_traffic_accidents_2020.csv', '사망 교통사고 (2020)');
export const DefaultSafetyCentres = pasted('busan_119_safety_centers_addresses.csv', '119안전센터');
export const DefaultInspectionStations = pasted('busan_car_inspection_stations_20210927.csv', '자동차검사소');
export const DefaultCodeCrosswalkTableOnly = pasted('busan_sgg_code_crosswalk_kostat_vs_mois.csv', '구·군 코드 대응표');

/** A wide table compared without reshaping it: three candidates by district, with labels people read. */
export const WideTableCompared: Story = {
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      src="./files/busan_vote_sgg_20220309.tsv"
      x="SGGNM"
      y="C01,C02,C03"
      labels="SGGNM:구·군, C01:후보 1, C02:후보 2, C03:후보 3"
      unit="표"
      compact
      label="구·군별 후보 득표수 (2022)"
      source="중앙선거관리위원회"
      license="CC BY 4.0"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
};

/** The chosen settings given out (`bdw-chart-ready`) and pasted into a second chart as its `settings`. */
export const SettingsRoundTrip: Story = {
  render: (_, { globals }) => {
    const copy = (event: CustomEvent<{ settings: unknown }>) => {
      const root = (event.target as HTMLElement).parentElement!;
      const json = JSON.stringify(event.detail.settings);
      root.querySelector('pre')!.textContent = json;
      const second = root.querySelector<HTMLElement>('bdw-chart-viewer[data-copy]')!;
      if (second.getAttribute('settings') !== json) second.setAttribute('settings', json);
    };
    return html`<div>
      <bdw-chart-viewer
        src="./files/busan_fatal_traffic_accidents_2020.csv"
        label="선택된 차트"
        theme=${globals['theme'] ?? 'light'}
        @bdw-chart-ready=${copy}
      ></bdw-chart-viewer>
      <pre></pre>
      <bdw-chart-viewer
        data-copy
        src="./files/busan_fatal_traffic_accidents_2020.csv"
        label="settings를 붙여 넣은 차트"
        theme=${globals['theme'] ?? 'light'}
      ></bdw-chart-viewer>
    </div>`;
  },
};

/** Statistics placeholders (`-`, `…`, `x`, `−5`) stay missing numbers, counted in the summary. */
export const StatisticsPlaceholders: Story = {
  render: (_, { globals }) =>
    html`<bdw-chart-viewer
      .rows=${[
        { 구: '중구', 값: '1,200' },
        { 구: '서구', 값: '-' },
        { 구: '동구', 값: '…' },
        { 구: '영도구', 값: 'x' },
        { 구: '남구', 값: '−5' },
      ]}
      x="구"
      y="값"
      label="통계표 기호가 섞인 값"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-chart-viewer>`,
};
