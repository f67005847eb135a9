import { interopSuite } from './support.js';

/** Angular 21 (angular/main.ts): JIT, standalone, zoneless, CUSTOM_ELEMENTS_SCHEMA. */
interopSuite('angular', 'Angular');
