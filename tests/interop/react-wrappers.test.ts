import { interopSuite } from './support.js';

/** React 19 with the @bdw/react wrappers (react-wrappers/main.tsx): typed props and `onBdw…` event props. */
interopSuite('react-wrappers', 'React with @bdw/react');
