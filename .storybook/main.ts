import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/stories/**/*.stories.ts', '../packages/*/stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js (committed; msw's install script is not run, see pnpm-workspace.yaml).
  // The catalogue's shipped files (real Busan CSV/TSV/GeoJSON), fetched by stories as `./files/…`.
  staticDirs: [
    './public',
    { from: '../apps/catalog-api/data/files', to: '/files' },
    // Malformed files for the chart viewer's error stories (made from the real files; see their SOURCES.md).
    { from: '../packages/chart-viewer/test/fixtures', to: '/fixtures/chart-viewer' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
