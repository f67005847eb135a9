import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { mergeManifests, stringLiterals } from './manifests.js';

// Controls and docs tables come from each package's generated custom-elements.json (public API only); @bdw/widgets'
// manifest merges the others, so it is left out (each element once).
setCustomElementsManifest(
  mergeManifests(
    import.meta.glob(['../packages/*/custom-elements.json', '!../packages/widgets/custom-elements.json'], {
      eager: true,
      import: 'default',
    }),
  ),
);

/** Entries that are documented in the table but set by no control: the stories do not bind them. */
const TABLE_ONLY = new Set(['events', 'slots', 'css shadow parts', 'css custom properties']);

/**
 * Controls for what a story can set: a property typed as a union of string literals (`'light' | 'dark' | 'auto'`)
 * gets a select of those values; events, slots, parts and custom properties stay in the docs table with no control
 * (an "object" control there set nothing).
 */
const controlsFromTypes: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (TABLE_ONLY.has(String(argType.table?.category))) return [name, { ...argType, control: false }];
      const literals = typeof argType.type === 'object' ? stringLiterals(String(argType.type.name)) : null;
      if (!literals || argType.control !== undefined) return [name, argType];
      return [name, { ...argType, control: { type: 'select' }, options: literals }];
    }),
  );

/**
 * A control for a property the story's template does not bind (not among its args) sets that property on the
 * story's element, so every public property's control does something. Stories bind what they list in `args`.
 */
const unboundProperties: Decorator = (story, { args, initialArgs, argTypes, component, canvasElement }) => {
  const result = story();
  const set = Object.entries(args).filter(
    ([name, value]) =>
      value !== undefined && !(name in initialArgs) && argTypes[name]?.table?.category === 'properties',
  );
  if (component && set.length) {
    // After the story's template is in the canvas.
    requestAnimationFrame(() => {
      const element = canvasElement.querySelector(component);
      if (element) Object.assign(element, Object.fromEntries(set));
    });
  }
  return result;
};

const preview: Preview = {
  argTypesEnhancers: [controlsFromTypes],
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
    unboundProperties,
  ],
};

export default preview;
