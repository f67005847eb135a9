import { defineConfig } from 'vitest/config';

// Pure modules run in Node; elements run in Chromium under web-test-runner (test/browser; test/bench on demand).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/bench/**', 'node_modules/**'],
  },
});
