import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { recordedCatalog } from '../../../tests/msw/catalog.js';
import { serverErrorCkan } from '../../../tests/msw/ckan.js';
import { emptyFiles, loadingFiles, malformedFiles, serverErrorFiles } from '../../../tests/msw/map.js';
import type { LayerSpec } from '../src/layers.js';
import '../src/bdw-data-map.js';

interface Args {
  layers: LayerSpec[];
  classification: string;
  classes: number;
  palette: string;
  tileUrl: string;
  attribution: string;
  basemap: string;
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
    basemap: 'busan',
  },
  argTypes: {
    classification: { control: 'select', options: ['quantile', 'equal-interval', 'natural-breaks'] },
    classes: { control: { type: 'range', min: 2, max: 9 } },
    palette: { control: 'select', options: ['primary', 'accent', 'danger', 'warning', 'success'] },
    basemap: { control: 'select', options: ['busan', 'none'] },
  },
  render: (args, { globals }) => html`
    <bdw-data-map
      .layers=${args.layers}
      classification=${args.classification}
      classes=${args.classes}
      palette=${args.palette}
      tile-url=${ifDefined(args.tileUrl || undefined)}
      attribution=${ifDefined(args.attribution || undefined)}
      basemap=${args.basemap}
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

/** The layers' files are valid but hold no feature: the map says so instead of showing an empty frame. */
export const Empty: Story = {
  args: { layers: [{ id: 'districts', title: '구·군 경계', src: DISTRICTS }, accidents] },
  beforeEach({ msw }) {
    msw.use(...emptyFiles);
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

/** Without `tile-url`: the map's own basemap, Busan's districts and their names, under the accident points (offline). */
export const OfflineBasemap: Story = { args: { layers: [accidents] } };

/** `basemap="none"`: the points on a plain background. */
export const NoBasemap: Story = { args: { layers: [accidents], basemap: 'none' } };

/** Waits for the map's features (`data-key`) inside the element and returns the element. */
async function mapFeatures(canvas: HTMLElement): Promise<HTMLElement> {
  const el = canvas.querySelector('bdw-data-map')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.map [data-key]'); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return el;
}

/**
 * Keyboard: the features are one Tab stop, the arrow keys move between them, Enter or Space does what a click does.
 * Here a district was chosen with Enter: its popup has focus (Escape closes it and focus goes back to the district).
 */
export const KeyboardPopup: Story = {
  args: { layers: [electors] },
  play: async ({ canvasElement }) => {
    const el = await mapFeatures(canvasElement);
    const feature = el.shadowRoot!.querySelector<HTMLElement>('.map [data-key][tabindex="0"]')!;
    feature.focus();
    feature.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const next = el.shadowRoot!.activeElement as HTMLElement;
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  },
};

/** 12,000 points over Busan (generated on a spiral): clusters never overlap, counts read 1.2천, 3.4천 in Korean. */
export const ManyPoints: Story = {
  args: {
    layers: [
      {
        id: 'spiral',
        title: '지점 12,000개 (생성)',
        data: {
          type: 'FeatureCollection',
          features: Array.from({ length: 12_000 }, (_, i) => {
            const r = 0.002 + 0.12 * Math.sqrt(i / 12_000);
            return {
              type: 'Feature',
              properties: { name: `지점 ${i + 1}` },
              geometry: {
                type: 'Point',
                coordinates: [129.07 + r * Math.cos(i * 2.399963), 35.17 + r * Math.sin(i * 2.399963)],
              },
            };
          }),
        },
      },
    ],
  },
};

/** The catalogue as a squarified treemap at 320 px: the smallest nodes share one tile and are links under it. */
export const CatalogueTreemapMobile: Story = {
  ...CatalogueMap,
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
