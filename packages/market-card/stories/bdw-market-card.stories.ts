import type { MarketListing, PriceModel } from '@bdw/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HttpHandler } from 'msw';
import { loadingMarket, marketApi, sampleListings, sampleLogos, serverErrorMarket } from '../../../tests/msw/market.js';
import '../src/bdw-market-card.js';

/**
 * `<bdw-market-card>` shows one data-market listing. The listings are the catalogue's own
 * samples (`apps/catalog-api/data/market-listings.json`): demonstration listings for the
 * council's member companies and institutions, each labelled as a sample.
 */
const byModel = (model: PriceModel, pick = 0): MarketListing =>
  sampleListings.filter((l) => l.price.model === model)[pick]!;
const byId = (id: string): MarketListing => sampleListings.find((l) => l.id === id)!;

interface Args {
  listing: MarketListing | null;
  variant: 'compact' | 'full' | 'horizontal';
  width: string;
  listingId: string;
  api: string;
  jsonLd: boolean;
}

const meta: Meta<Args> = {
  title: 'Market/bdw-market-card',
  component: 'bdw-market-card',
  args: { listing: byModel('subscription'), variant: 'compact', width: '22rem', listingId: '', api: '', jsonLd: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full', 'horizontal'] },
    width: { control: 'text', description: 'Width of the story frame (not an attribute)' },
  },
  render: ({ listing, variant, width, listingId, api, jsonLd }, { globals }) => html`
    <div style="max-width: ${width}">
      <bdw-market-card
        .listing=${listing}
        listing-id=${listingId}
        api=${api}
        variant=${variant}
        ?json-ld=${jsonLd}
        theme=${globals['theme'] ?? 'light'}
      ></bdw-market-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Free: Story = { args: { listing: byModel('free') } };
export const Negotiation: Story = { args: { listing: byModel('negotiation') } };
export const SubscriptionMonthly: Story = { args: { listing: byModel('subscription') } };
export const SubscriptionYearly: Story = { args: { listing: byId('bnk-housing-loan-area') } };
export const OneOff: Story = { args: { listing: byModel('one-off') } };
export const Usage: Story = { args: { listing: byModel('usage') } };

/** The detail variant: every field, terms, coverage, volume, tags. */
export const Full: Story = { args: { listing: byId('bnk-district-consumption'), variant: 'full', width: '48rem' } };

/** One listing per row, price and actions on the right when there is room. */
export const Horizontal: Story = {
  args: { listing: byId('humetro-station-ridership'), variant: 'horizontal', width: '60rem' },
};

/** A provider logo (a placeholder tile served by MSW; the samples carry no real logos). */
export const WithLogo: Story = {
  args: {
    listing: {
      ...byModel('subscription'),
      provider: { ...byModel('subscription').provider, logoUrl: '/sample-logos/b.svg' },
    },
  },
  beforeEach({ msw }) {
    msw.use(...sampleLogos);
  },
};

/** No logo: the provider's first letter stands in. */
export const NoLogo: Story = { args: { listing: byId('ncom-commercial-footfall') } };

/** A listing with only what normalisation guarantees: no summary, terms, coverage, rating, date or tags. */
export const MissingFields: Story = {
  args: {
    variant: 'full',
    width: '40rem',
    listing: {
      ...byId('btp-rnd-projects'),
      summary: '',
      formats: [],
      delivery: [],
      tags: [],
      provider: { name: '', type: 'public', logoUrl: null, url: null },
    },
  },
};

/** The longest Korean title and summary of the samples, in a narrow card: words wrap whole. */
export const VeryLongText: Story = {
  args: { listing: byId('samsungcard-festival-impact'), variant: 'compact', width: '18rem' },
};

export const VeryLongTextFull: Story = {
  args: { listing: byId('bto-beach-footfall'), variant: 'full', width: '36rem' },
};

/** Hostile text in every field stays text. */
export const HostileText: Story = {
  args: {
    listing: {
      ...byModel('free'),
      title: '<img src=x onerror="alert(1)"> 제목',
      summary: '<script>alert(1)</script> 요약',
      provider: { name: '<b>기관</b>', type: 'company', logoUrl: 'javascript:alert(1)', url: null },
      tags: ['<svg onload=alert(1)>'],
    },
    variant: 'full',
    width: '40rem',
  },
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { variant: 'full', width: '40rem' } };

export const English: Story = { globals: { lang: 'en' }, args: { variant: 'full', width: '40rem' } };

export const EnglishPrices: Story = {
  globals: { lang: 'en' },
  args: { listing: byModel('usage') },
};

/** Loaded by id with `bdw_market_show` from the catalogue API (MSW). */
export const LoadedById: Story = {
  args: { listing: null, listingId: 'beco-air-quality', api: '/', variant: 'full', width: '40rem' },
  beforeEach({ msw }) {
    msw.use(...marketApi);
  },
};

/** A card that loads `listingId` from the catalogue API, answered by `handlers`. */
const byIdFromApi = (listingId: string, handlers: HttpHandler[]): Story => ({
  args: { listing: null, listingId, api: '/', variant: 'full', width: '40rem' },
  beforeEach({ msw }) {
    msw.use(...handlers);
  },
});

/** Waiting for `bdw_market_show`: the card's skeleton. */
export const Loading = byIdFromApi('beco-air-quality', loadingMarket);

/** The API fails (an HTML 502 page from a proxy): the error state with a retry. */
export const ServerError = byIdFromApi('beco-air-quality', serverErrorMarket);

/** A listing id the catalogue does not have: a not-found message, not an empty card. */
export const NotFound = byIdFromApi('no-such-listing', marketApi);

/** A phone (320 px): the full card in one column. */
export const Mobile: Story = {
  args: { listing: byId('bnk-district-consumption'), variant: 'full', width: '320px' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
