import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file is plenty on two cores.
    fileParallelism: false,
    // `it.concurrent` cases (the story smoke) run three at a time.
    maxConcurrency: 3,
  },
});
