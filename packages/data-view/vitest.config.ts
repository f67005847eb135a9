import { defineConfig } from 'vitest/config';

// Pure modules run in Node; elements run in Chromium under web-test-runner (test/browser).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
  },
});
