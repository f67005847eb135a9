import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bdw/core/bdw-view.js';
import { failingDatastore, loadingDatastore } from '../../../tests/msw/datastore.js';
import '../src/bdw-data-table.js';
import '../src/bdw-filter.js';
import { accidents, manyAccidents } from './accidents.js';

interface Args {
  q: string;
  label: string;
  sort: string;
}

/**
 * `<bdw-data-table>` with the real 2020 fatal traffic accidents in Busan (100 rows, 23 columns). Sort by a header
 * (click or Enter), move with the arrow keys, Home/End, PageUp/PageDown and Ctrl+Home/End, search every column, and
 * download the matching rows as CSV. The loading and error stories answer `datastore_search` from MSW.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-data-table',
  component: 'bdw-data-table',
  args: { q: '', label: '부산 사망 교통사고 (2020)', sort: '' },
  argTypes: {
    q: { control: 'text', description: 'Search text' },
    sort: { control: 'text', description: 'Sort: a column id, `-` first for descending' },
  },
  loaders: [async () => ({ rows: await accidents() })],
  render: (args, { globals, loaded }) =>
    html`<bdw-data-table
      theme=${globals['theme'] ?? 'light'}
      .rows=${loaded['rows']}
      q=${args.q}
      label=${args.label}
      sort=${args.sort}
    ></bdw-data-table>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Sorted by the number of people injured, largest first. */
export const Sorted: Story = { args: { sort: '-부상자수' } };

/** In a `<bdw-view>` with filters: checking a district or a weekday filters the table and the other counts. */
export const InAViewWithFilters: Story = {
  render: (args, { globals, loaded }) =>
    html`<bdw-view theme=${globals['theme'] ?? 'light'} .rows=${loaded['rows']}>
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem">
        <bdw-filter theme=${globals['theme'] ?? 'light'} field="발생지시군구" label="구·군"></bdw-filter>
        <bdw-filter theme=${globals['theme'] ?? 'light'} field="요일"></bdw-filter>
        <bdw-filter theme=${globals['theme'] ?? 'light'} field="사망자수" kind="range" label="사망자 수"></bdw-filter>
      </div>
      <bdw-data-table theme=${globals['theme'] ?? 'light'} label=${args.label}></bdw-data-table>
    </bdw-view>`,
};

/** A search that no row matches: the empty state, with the search box still there to change it. */
export const EmptyResult: Story = { args: { q: '존재하지 않는 값' } };

/** A datastore resource of an API that MSW answers. */
const fromApi = (theme: string) =>
  html`<bdw-data-table
    theme=${theme}
    api="https://data.example.kr"
    resource="busan-fatal-traffic-accidents-2020-1"
  ></bdw-data-table>`;

/** The datastore does not answer yet. */
export const Loading: Story = {
  render: (_, { globals }) => fromApi(String(globals['theme'] ?? 'light')),
  beforeEach({ msw }) {
    msw.use(...loadingDatastore);
  },
};

/** The datastore fails (HTTP 503): the error state with a retry. */
export const ServerError: Story = {
  render: (_, { globals }) => fromApi(String(globals['theme'] ?? 'light')),
  beforeEach({ msw }) {
    msw.use(...failingDatastore);
  },
};

export const English: Story = { globals: { lang: 'en' }, args: { label: 'Fatal traffic accidents in Busan (2020)' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** A phone: the controls wrap and the table scrolls inside its own box. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (args, context) => html`<div style="max-width: 320px">${meta.render!(args, context)}</div>`,
};

/** 1,000,000 rows (the real rows repeated and numbered, five columns): only the rows in view are drawn. */
export const AMillionRows: Story = {
  loaders: [async () => ({ rows: await manyAccidents(1_000_000) })],
};
