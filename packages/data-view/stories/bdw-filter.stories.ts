import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bdw/core/bdw-view.js';
import { failingDatastore, loadingDatastore } from '../../../tests/msw/datastore.js';
import '../src/bdw-data-table.js';
import '../src/bdw-filter.js';
import { accidents } from './accidents.js';

interface Args {
  field: string;
  kind: 'values' | 'range';
  label: string;
  limit: number;
}

/**
 * `<bdw-filter>` in a `<bdw-view>` of the real 2020 fatal traffic accidents in Busan: a column's values with how
 * many accidents each has under the other filters (사상구 11), as checkboxes; or a minimum and maximum with
 * `kind="range"`. The table under it follows.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-filter',
  component: 'bdw-filter',
  args: { field: '발생지시군구', kind: 'values', label: '구·군', limit: 8 },
  argTypes: {
    field: { control: 'select', options: ['발생지시군구', '요일', '주야', '사고유형', '사망자수', '부상자수'] },
    kind: { control: 'inline-radio', options: ['values', 'range'] },
  },
  loaders: [async () => ({ rows: await accidents() })],
  render: (args, { globals, loaded }) => {
    const theme = globals['theme'] ?? 'light';
    return html`<bdw-view theme=${theme} .rows=${loaded['rows']}>
      <div style="max-width: 24rem">
        <bdw-filter
          theme=${theme}
          field=${args.field}
          kind=${args.kind}
          label=${args.label}
          limit=${args.limit}
        ></bdw-filter>
      </div>
      <bdw-data-table theme=${theme} label="사망 교통사고"></bdw-data-table>
    </bdw-view>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Three values listed, a search box for the rest. */
export const Searchable: Story = { args: { limit: 3 } };

/** A number range: the smallest and largest value under the other filters. */
export const Range: Story = { args: { field: '부상자수', kind: 'range', label: '부상자 수' } };

/** A column the table does not have: the error says which. */
export const UnknownColumn: Story = { args: { field: '없는열', label: '' } };

export const English: Story = { globals: { lang: 'en' }, args: { label: 'District' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (args, context) => html`<div style="max-width: 320px">${meta.render!(args, context)}</div>`,
};

const fromApi = (theme: string) =>
  html`<bdw-view theme=${theme} api="https://data.example.kr" resource="busan-fatal-traffic-accidents-2020-1">
    <bdw-filter theme=${theme} field="발생지시군구" label="구·군"></bdw-filter>
  </bdw-view>`;

export const Loading: Story = {
  render: (_, { globals }) => fromApi(String(globals['theme'] ?? 'light')),
  beforeEach({ msw }) {
    msw.use(...loadingDatastore);
  },
};

export const ServerError: Story = {
  render: (_, { globals }) => fromApi(String(globals['theme'] ?? 'light')),
  beforeEach({ msw }) {
    msw.use(...failingDatastore);
  },
};
