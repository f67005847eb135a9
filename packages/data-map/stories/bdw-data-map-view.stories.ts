import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@bdw/core/bdw-view.js';
import { html } from 'lit';
import '../src/bdw-data-map.js';

interface Args {
  /** The view's filters at start (JSON). */
  filters: string;
  join: string;
  points: boolean;
}

// The catalogue's shipped files (apps/catalog-api/data/files), served by Storybook as ./files/. The view reads the
// accident table from its CSV (the datastore path is the same engine interface; the element tests run it).
const ACCIDENTS = './files/busan_fatal_traffic_accidents_2020.csv';
const ADMDONG = './files/busan_sgg_admdongkor_20220309_vote_simple.geojson';

/**
 * `<bdw-data-map>` inside a `<bdw-view>` of the 2020 fatal traffic accidents (도로교통공단, 100 rows): the districts
 * (`join="SGGNM:발생지시군구"`) are shaded by the view's accident counts and a click, or Enter, on one filters the view
 * to it (the view's chips show it); the accidents matching the view's filters are drawn as points.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-data-map/In a view',
  component: 'bdw-data-map',
  args: { filters: '{}', join: 'SGGNM:발생지시군구', points: true },
  render: (args, { globals }) => html`
    <bdw-view src=${ACCIDENTS} filters=${args.filters} theme=${globals['theme'] ?? 'light'}>
      <bdw-data-map
        src=${ADMDONG}
        join=${args.join}
        ?points=${args.points}
        value-label=${globals['lang'] === 'en' ? 'Fatal accidents' : '사망사고'}
        label=${globals['lang'] === 'en' ? 'Fatal accidents by district, 2020' : '구·군별 사망 교통사고 (2020)'}
        theme=${globals['theme'] ?? 'light'}
      ></bdw-data-map>
    </bdw-view>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The districts by their 2020 fatal accidents, and the accidents as points. */
export const InAView: Story = {};

/** 사상구 selected (the view's filter): outlined and hatched, its count in the legend; only its accidents as points. */
export const SelectedDistrict: Story = { args: { filters: '{"발생지시군구":["사상구"]}' } };

/** Two districts selected and a filter on the accident type set elsewhere: the other districts keep their counts. */
export const SelectedWithOtherFilter: Story = {
  args: { filters: '{"발생지시군구":["사상구","북구"],"사고유형_대분류":["차대사람"]}' },
};

/** Only the districts (no points). */
export const DistrictsOnly: Story = { args: { points: false } };

export const English: Story = { args: { filters: '{"발생지시군구":["사상구"]}' }, globals: { lang: 'en' } };

export const Dark: Story = { args: { filters: '{"발생지시군구":["사상구"]}' }, globals: { theme: 'dark' } };

export const Mobile: Story = {
  args: { filters: '{"발생지시군구":["사상구"]}' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
