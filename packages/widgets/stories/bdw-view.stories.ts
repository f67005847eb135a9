import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@bdw/core/bdw-view.js';
import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/data-map/bdw-data-map.js';
import '@bdw/data-view/bdw-data-table.js';
import '@bdw/data-view/bdw-filter.js';
import { html } from 'lit';

interface Args {
  /** The view's filters at start (JSON). */
  filters: string;
}

// The catalogue's shipped files (apps/catalog-api/data/files), served by Storybook as ./files/: the view reads the
// 2020 fatal traffic accidents (도로교통공단 via data.go.kr, 100 rows) from their CSV through the data engine.
const ACCIDENTS = './files/busan_fatal_traffic_accidents_2020.csv';
const DISTRICTS = './files/busan_sgg_admdongkor_20220309_vote_simple.geojson';
const POPULATION = './files/busan_population_by_age_sex_census_1925_2021.csv';

const LABELS = {
  ko: '발생지시군구:구·군, 사고유형_대분류:사고 유형, 가해자_당사자종별:가해 차량, 발생년월일시:발생 일시, 발생년:연도',
  en: '발생지시군구:District, 사고유형_대분류:Type of accident, 가해자_당사자종별:Vehicle at fault, 발생년월일시:Date and hour, 발생년:Year, 요일:Weekday, 주야:Day or night',
};

const dashboard = (filters: string, lang: 'ko' | 'en', theme: string) => html`
  <bdw-view src=${ACCIDENTS} filters=${filters} labels=${LABELS[lang]} theme=${theme}>
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr))">
      <bdw-data-map
        src=${DISTRICTS}
        join="SGGNM:발생지시군구"
        points
        value-label=${lang === 'en' ? 'Fatal accidents' : '사망사고'}
        label=${lang === 'en' ? 'Fatal accidents by district, 2020' : '구·군별 사망 교통사고 (2020)'}
        theme=${theme}
      ></bdw-data-map>
      <div>
        <bdw-filter field="사고유형_대분류" theme=${theme}></bdw-filter>
        <bdw-filter field="가해자_당사자종별" theme=${theme}></bdw-filter>
      </div>
      <bdw-chart-viewer
        x="요일"
        type="bar"
        label=${lang === 'en' ? 'By weekday' : '요일별'}
        theme=${theme}
      ></bdw-chart-viewer>
      <bdw-chart-viewer
        x="주야"
        type="doughnut"
        label=${lang === 'en' ? 'Day and night' : '주간·야간'}
        theme=${theme}
      ></bdw-chart-viewer>
    </div>
    <bdw-data-table
      label=${lang === 'en' ? 'Fatal traffic accidents 2020' : '2020년 사망 교통사고'}
      theme=${theme}
    ></bdw-data-table>
  </bdw-view>
`;

/**
 * `<bdw-view>`: one table and one filter state for the widgets inside it. A district on the map, a bar, a slice or a
 * filter value filters every other widget (no page JavaScript); the chips above say what filters the view and remove
 * it. Change `filters` to set the state as a page would (no `bdw-filter-change` then).
 */
const meta: Meta<Args> = {
  title: 'Views/bdw-view',
  component: 'bdw-view',
  args: { filters: '{}' },
  render: (args, { globals }) =>
    dashboard(args.filters, globals['lang'] === 'en' ? 'en' : 'ko', String(globals['theme'] ?? 'light')),
};
export default meta;
type Story = StoryObj<Args>;

/** The 2020 fatal accidents: map by district, filters by type and vehicle, weekday and day/night charts, the table. */
export const LinkedDashboard: Story = {};

/** Filters set by the page: pedestrians hit on a Saturday. The chart highlights 토 among the other days. */
export const Filtered: Story = { args: { filters: '{"사고유형_대분류":["차대사람"],"요일":["토"]}' } };

/** A combination no row has (no single-vehicle accident in 남구): every widget says so, the chips clear it. */
export const EmptyResult: Story = { args: { filters: '{"발생지시군구":["남구"],"사고유형_대분류":["차량단독"]}' } };

/** Two views on one page, each with its own table and filters: filtering one leaves the other as it is. */
export const TwoViews: Story = {
  render: (_, { globals }) => {
    const en = globals['lang'] === 'en';
    return html`
      <div style="display: grid; gap: 2rem">
        <bdw-view src=${ACCIDENTS} filters='{"요일":["토","일"]}'>
          <bdw-chart-viewer
            x="발생지시군구"
            type="bar"
            label=${en ? 'Weekend accidents by district' : '주말 사고, 구·군별'}
          ></bdw-chart-viewer>
        </bdw-view>
        <bdw-view src=${POPULATION} filters='{"연도":{"min":2000}}'>
          <bdw-filter field="분류"></bdw-filter>
          <bdw-chart-viewer
            x="연도"
            y="인구수"
            series="분류"
            type="line"
            unit="명"
            label=${en ? 'Population since 2000' : '2000년 이후 인구'}
          ></bdw-chart-viewer>
        </bdw-view>
      </div>
    `;
  },
};

export const English: Story = { args: { filters: '{"사고유형_대분류":["차대사람"]}' }, globals: { lang: 'en' } };

export const Dark: Story = { args: { filters: '{"사고유형_대분류":["차대사람"]}' }, globals: { theme: 'dark' } };

/** 320 px: every widget stacks; the table scrolls in its own box. */
export const Mobile: Story = {
  args: { filters: '{"발생지시군구":["사상구"]}' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
