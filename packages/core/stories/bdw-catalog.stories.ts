import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ckanErrorCkan, emptyCkan, loadingCkan, recordedCkan, serverErrorCkan } from '../../../tests/msw/ckan.js';
import '../src/bdw-catalog.js';
import './catalog-demo.js';

/**
 * `<bdw-catalog>` names the API once for every widget inside it. Here a small demo widget
 * reads `package_search` through it; the answers are real recorded CKAN responses
 * (demo.ckan.org, 2017; a CKAN 2.8 instance) served by MSW.
 */
const meta: Meta = {
  title: 'Core/bdw-catalog',
  component: 'bdw-catalog',
  args: { api: 'https://demo.ckan.org' },
  render: ({ api }, { globals }) => html`
    <bdw-catalog api=${api}>
      <bdw-catalog-demo theme=${globals['theme'] ?? 'light'}></bdw-catalog-demo>
    </bdw-catalog>
  `,
};
export default meta;

type Story = StoryObj;

export const RecordedResponses: Story = {
  beforeEach({ msw }) {
    msw.use(...recordedCkan);
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(...loadingCkan);
  },
};

export const Empty: Story = {
  beforeEach({ msw }) {
    msw.use(...emptyCkan);
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(...serverErrorCkan);
  },
};

export const CkanError: Story = {
  beforeEach({ msw }) {
    msw.use(...ckanErrorCkan);
  },
};

export const English: Story = {
  globals: { lang: 'en' },
  beforeEach({ msw }) {
    msw.use(...recordedCkan);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  beforeEach({ msw }) {
    msw.use(...recordedCkan);
  },
};
