import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  emptyMarket,
  loadingMarket,
  longTextMarket,
  marketApi,
  serverErrorMarket,
  staticListingsFile,
} from '../../../tests/msw/market.js';
import '../src/bdw-market-list.js';

/**
 * `<bdw-market-list>` searches `bdw_market_search` (here answered by MSW over the
 * catalogue's sample listings) with filters, sort and paging.
 */
interface Args {
  api: string;
  src: string;
  variant: 'compact' | 'horizontal';
  pageSize: number;
  sort: string;
  category: string;
  priceModel: string;
  providerType: string;
  format: string;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Market/bdw-market-list',
  component: 'bdw-market-list',
  args: {
    api: '/',
    src: '',
    variant: 'compact',
    pageSize: 9,
    sort: 'newest',
    category: '',
    priceModel: '',
    providerType: '',
    format: '',
    width: '100%',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'horizontal'] },
    sort: { control: 'select', options: ['newest', 'popular', 'price-asc', 'price-desc'] },
    width: { control: 'text', description: 'Width of the story frame (not an attribute)' },
  },
  render: (args, { globals }) => html`
    <div style="max-width: ${args.width}">
      <bdw-market-list
        api=${args.api}
        src=${args.src}
        variant=${args.variant}
        page-size=${args.pageSize}
        sort=${args.sort}
        category=${args.category}
        price-model=${args.priceModel}
        provider-type=${args.providerType}
        format=${args.format}
        theme=${globals['theme'] ?? 'light'}
      ></bdw-market-list>
    </div>
  `,
  beforeEach({ msw }) {
    msw.use(...marketApi);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Grid: Story = {};

export const Horizontal: Story = { args: { variant: 'horizontal', pageSize: 5 } };

/** Filters and sort set by attribute: companies' paid listings, cheapest first. */
export const FilteredAndSorted: Story = {
  args: { providerType: 'company', priceModel: 'subscription,one-off,usage', sort: 'price-asc' },
};

/** A phone-sized frame: one column, filters folded above the cards. */
export const GridOnMobile: Story = {
  args: { width: '375px', pageSize: 4 },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const English: Story = { globals: { lang: 'en' } };

/** From a static JSON file (`src`) instead of the API; searched in the page. */
export const StaticJson: Story = {
  args: { api: '', src: '/market-listings.json', sort: 'popular' },
  beforeEach({ msw }) {
    msw.use(...staticListingsFile);
  },
};

/** The samples with the longest Korean titles and summaries, in a narrow frame: words wrap whole, nothing overflows. */
export const LongText: Story = {
  args: { width: '320px', pageSize: 6 },
  beforeEach({ msw }) {
    msw.use(...longTextMarket);
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(...loadingMarket);
  },
};

export const Empty: Story = {
  beforeEach({ msw }) {
    msw.use(...emptyMarket);
  },
};

/** Filters that match nothing: the empty state offers to clear them. */
export const EmptyFiltered: Story = { args: { category: '환경', priceModel: 'usage' } };

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(...serverErrorMarket);
  },
};
