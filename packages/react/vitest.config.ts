import { defineConfig } from 'vitest/config';

// The wrappers render in Node (react-dom/server, no DOM): what an SSR framework does with them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The first import loads every widget package (a few seconds on a busy machine).
    testTimeout: 30_000,
  },
});
