import { interopSuite } from './support.js';

/** Vue 3 (vue/main.ts): `isCustomElement`, `.prop` bindings and `@bdw-…` listeners. */
interopSuite('vue', 'Vue');
