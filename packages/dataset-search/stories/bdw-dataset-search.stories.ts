import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadingCkan, serverErrorCkan } from '../../../tests/msw/ckan.js';
import { emptyCatalog, longTitleCatalog, recordedCatalog, slowCatalog } from '../../../tests/msw/catalog.js';
import '../src/bdw-dataset-search.js';

interface Args {
  q: string;
  facets: string;
  pageSize: number;
  sort: string;
  hrefTemplate: string;
}

/**
 * `<bdw-dataset-search>` on responses recorded from the embedded catalogue (real data.go.kr datasets, 2022-06-30;
 * see tests/fixtures/SOURCES.md), served by MSW. Against the live catalogue run `npm start` and open the portal.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-dataset-search',
  component: 'bdw-dataset-search',
  args: {
    q: '주차',
    facets: 'organization,groups,res_format,tags,license_id',
    pageSize: 10,
    sort: 'relevance',
    hrefTemplate: '#/dataset/{name}',
  },
  argTypes: {
    sort: { control: 'select', options: ['relevance', 'newest', 'views', 'title'] },
    pageSize: { control: 'select', options: [10, 20, 50] },
  },
  render: (args, { globals }) => html`
    <bdw-dataset-search
      api="https://catalog.example"
      q=${args.q}
      facets=${args.facets}
      page-size=${args.pageSize}
      sort=${args.sort}
      href-template=${ifDefined(args.hrefTemplate || undefined)}
      theme=${globals['theme'] ?? 'light'}
    ></bdw-dataset-search>
  `,
  beforeEach({ msw }) {
    msw.use(...recordedCatalog);
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const AllDatasets: Story = { args: { q: '', sort: 'newest' } };

/** Open the 분류 facet and tick 교통물류; the recorded answer for that filter is served. */
export const Filtered: Story = {
  async play({ canvasElement }) {
    const el = canvasElement.querySelector('bdw-dataset-search')!;
    await new Promise((r) => setTimeout(r, 500));
    const box = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent?.includes('교통물류'));
    box?.querySelector('input')?.click();
  },
};

export const Empty: Story = {
  args: { q: '공영주차장요금안내서' },
  beforeEach({ msw }) {
    msw.use(...emptyCatalog);
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(...serverErrorCkan);
  },
};

export const SlowNetwork: Story = {
  beforeEach({ msw }) {
    msw.use(...slowCatalog);
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(...loadingCkan);
  },
};

export const LongKoreanTitles: Story = {
  beforeEach({ msw }) {
    msw.use(...longTitleCatalog);
  },
};

export const Mobile: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const English: Story = { globals: { lang: 'en' } };

export const ResultsAsButtons: Story = { args: { hrefTemplate: '' } };
