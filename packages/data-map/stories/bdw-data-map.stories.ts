import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { recordedCatalog } from '../../../tests/msw/catalog.js';
import { serverErrorCkan } from '../../../tests/msw/ckan.js';
import { loadingFiles, malformedFiles, serverErrorFiles } from '../../../tests/msw/map.js';
import type { LayerSpec } from '../src/layers.js';
import '../src/bdw-data-map.js';

interface Args {
  layers: LayerSpec[];
  classification: string;
  classes: number;
  palette: string;
  tileUrl: string;
  attribution: string;
}

// The catalogue's shipped files (apps/catalog-api/data/files, see its SOURCES.md), served by Storybook as ./files/.
const DISTRICTS = './files/busan_districts_kostat2018_simple.geojson';
const VOTE = './files/busan_vote_sgg_20220309.tsv';
const CROSSWALK = './files/busan_sgg_code_crosswalk_kostat_vs_mois.csv';
const ACCIDENTS = './files/busan_fatal_traffic_accidents_2020.csv';
const STATIONS = './files/busan_car_inspection_stations_20210927.csv';

/** Busan's 16 districts (KOSTAT 2018 boundaries, codes 21xxx) coloured by the 2022 electors (MOIS codes 26xxx), joined through the crosswalk. */
const electors: LayerSpec = {
  id: 'electors',
  title: '제20대 대선 선거인수 (2022)',
  src: DISTRICTS,
  valueField: 'POPU_ALL',
  join: { src: VOTE, featureKey: 'code', rowKey: 'sgg', crosswalk: CROSSWALK },
};
const accidents: LayerSpec = { id: 'accidents', title: '사망 교통사고 (2020)', src: ACCIDENTS };

/**
 * `<bdw-data-map>` on real Busan data: district boundaries (Statistics Korea SGIS 2018), 2022 presidential election
 * electors (NEC via vuski/admdongkor), 2020 fatal traffic accidents (도로교통공단) and car inspection stations. No
 * tiles: the data shows on a neutral background (set `tile-url` for a base map).
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-data-map',
  component: 'bdw-data-map',
  args: {
    layers: [electors, { ...accidents, visible: false }],
    classification: 'quantile',
    classes: 5,
    palette: 'primary',
    tileUrl: '',
    attribution: '',
  },
  argTypes: {
    classification: { control: 'select', options: ['quantile', 'equal-interval', 'natural-breaks'] },
    classes: { control: { type: 'range', min: 2, max: 9 } },
    palette: { control: 'select', options: ['primary', 'accent', 'danger', 'warning', 'success'] },
  },
  render: (args, { globals }) => html`
    <bdw-data-map
      .layers=${args.layers}
      classification=${args.classification}
      classes=${args.classes}
      palette=${args.palette}
      tile-url=${ifDefined(args.tileUrl || undefined)}
      attribution=${ifDefined(args.attribution || undefined)}
      theme=${globals['theme'] ?? 'light'}
    ></bdw-data-map>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const ElectorsChoropleth: Story = {};

export const NaturalBreaks: Story = { args: { classification: 'natural-breaks', classes: 4 } };

export const FatalAccidents: Story = { args: { layers: [accidents] } };

export const FatalAccidentsUnclustered: Story = { args: { layers: [{ ...accidents, cluster: false }] } };

export const CarInspectionStations: Story = {
  args: { layers: [{ id: 'stations', title: '자동차검사소 (2021)', src: STATIONS, cluster: false }] },
};

export const CatalogueMap: Story = {
  render: (_args, { globals }) =>
    html`<bdw-data-map
      mode="catalog"
      api="https://catalog.example"
      theme=${globals['theme'] ?? 'light'}
    ></bdw-data-map>`,
  beforeEach({ msw }) {
    msw.use(...recordedCatalog);
  },
};

export const CatalogueMapError: Story = {
  render: CatalogueMap.render!,
  beforeEach({ msw }) {
    msw.use(...serverErrorCkan);
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(...loadingFiles);
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(...serverErrorFiles);
  },
};

export const MalformedData: Story = {
  args: { layers: [{ id: 'broken', title: '손상된 파일', src: DISTRICTS }] },
  beforeEach({ msw }) {
    msw.use(...malformedFiles);
  },
};

/** The tile server cannot be reached (offline): the layers still show, on a neutral background, with a note. */
export const Offline: Story = {
  args: { tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: '© 배경지도 제공자' },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const English: Story = { globals: { lang: 'en' } };

export const Mobile: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
