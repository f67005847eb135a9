import { interopSuite } from './support.js';

/** The single-file CDN bundle in a plain HTML page: attributes in the markup, properties and listeners from a script. */
interopSuite('html', 'the page');
