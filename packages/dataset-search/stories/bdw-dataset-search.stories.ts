import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadingCkan, serverErrorCkan } from '../../../tests/msw/ckan.js';
import { emptyCatalog, longTitleCatalog, recordedCatalog, slowCatalog } from '../../../tests/msw/catalog.js';
import '../src/bdw-dataset-search.js';
import { facetSearchCatalog, facetSearchError, facetSearchSlow } from './facet-search.msw.js';

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

/** The catalogue's longest all-Korean titles (asked with no query, so the mock answers with all ten). */
export const LongKoreanTitles: Story = {
  args: { q: '' },
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

/** Types 해운대 into the 기관 facet's search box, as a person would (the first 50 organisations do not include it). */
async function findOrganisation(canvasElement: HTMLElement, text = '해운대') {
  const el = canvasElement.querySelector('bdw-dataset-search')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.facet__search'); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('.facet__search')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Search inside a facet: 해운대 finds 부산광역시 해운대구 among all 992 organisations, with its count under 주차. */
export const FacetSearch: Story = {
  beforeEach({ msw }) {
    msw.use(...facetSearchCatalog);
  },
  play: ({ canvasElement }) => findOrganisation(canvasElement),
};

/** The facet search while the server answers (its previous matches, or none, and "찾는 중…"). */
export const FacetSearchSlow: Story = {
  beforeEach({ msw }) {
    msw.use(...facetSearchSlow);
  },
  play: ({ canvasElement }) => findOrganisation(canvasElement),
};

/** The facet search cannot reach the server: a readable message and a retry, the results untouched. */
export const FacetSearchError: Story = {
  beforeEach({ msw }) {
    msw.use(...facetSearchError);
  },
  play: ({ canvasElement }) => findOrganisation(canvasElement),
};

export const FacetSearchErrorEnglish: Story = {
  ...FacetSearchError,
  globals: { lang: 'en' },
  play: ({ canvasElement }) => findOrganisation(canvasElement, 'haeundae'),
};
