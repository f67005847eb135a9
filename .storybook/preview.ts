import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { mergeManifests, stringLiterals } from './manifests.js';

// Controls and docs tables come from each package's generated custom-elements.json (public API only).
setCustomElementsManifest(
  mergeManifests(import.meta.glob('../packages/*/custom-elements.json', { eager: true, import: 'default' })),
);

/** A property typed as a union of string literals (`'light' | 'dark' | 'auto'`) gets a select of those values. */
const literalUnionsAsSelect: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const literals = typeof argType.type === 'object' ? stringLiterals(String(argType.type.name)) : null;
      if (!literals || argType.control !== undefined) return [name, argType];
      return [name, { ...argType, control: { type: 'select' }, options: literals }];
    }),
  );

const preview: Preview = {
  argTypesEnhancers: [literalUnionsAsSelect],
  // A docs page per component: description, controls and API tables from custom-elements.json.
  tags: ['autodocs'],
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      // Relative, so the static build also works under a sub-path such as /storybook/.
      await worker.start({
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      return worker;
    }),
  ],
  parameters: {
    controls: { expanded: true },
    // Story smoke (tests/storybook) fails on any violation too; here designers see them live.
    a11y: { test: 'error' },
    backgrounds: { disable: true },
  },
  globalTypes: {
    lang: {
      description: 'Widget language',
      toolbar: { title: 'Language', icon: 'globe', items: ['ko', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'ko', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      // The widgets read `lang` from the nearest ancestor and dark defaults from `theme`.
      document.documentElement.lang = String(globals['lang'] ?? 'ko');
      document.body.style.background = globals['theme'] === 'dark' ? '#0d1117' : '#ffffff';
      document.body.dataset['theme'] = String(globals['theme'] ?? 'light');
      return story();
    },
  ],
};

export default preview;
