import { interopSuite } from './support.js';

/** React 19 (react/main.tsx): JSX props become properties, `onbdw-…` props become listeners. */
interopSuite('react', 'React');
