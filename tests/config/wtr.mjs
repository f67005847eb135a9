import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';

/**
 * Serves `*.css` imported with `?inline` as a JS module exporting the CSS text, as
 * Vite does, so elements that adopt third-party CSS (Leaflet) load in tests too.
 */
const inlineCss = {
  name: 'inline-css',
  resolveMimeType(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      return { body: `export default ${JSON.stringify(context.body)};` };
    }
  },
};

/**
 * Workers are created from `new URL('./x.worker.js', import.meta.url)`, as the published `dist` has them; in tests the
 * source is TypeScript, so a `/src/*.js` that exists only as `.ts` is served from the `.ts` file (compiled by esbuild).
 * Middleware for the package being tested (the runner's working directory).
 */
export function sourceWorker(ctx, next) {
  if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js') && !existsSync(join(process.cwd(), ctx.path))) {
    ctx.url = ctx.path.replace(/\.js$/, '.ts');
  }
  return next();
}

/**
 * papaparse ships only UMD/CommonJS; bundlers (Vite, esbuild) convert it, the plain dev server does not. Serves it as
 * an ES module with a default export, so that workers and pages can import it.
 */
export const papaparseEsm = {
  name: 'papaparse-esm',
  transform(context) {
    if (/\/papaparse(\.min)?\.js$/.test(context.path)) {
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`,
      };
    }
  },
};

/**
 * The shared @web/test-runner config: element tests in headless Debian Chromium,
 * TypeScript compiled by esbuild with Lit's legacy decorators.
 * @param {{ files?: string[] }} [options]
 */
export function wtrConfig({ files = ['test/browser/**/*.test.ts'] } = {}) {
  return {
    files,
    nodeResolve: { exportConditions: ['browser', 'development'] },
    concurrency: 2,
    browsers: [playwrightLauncher({ product: 'chromium', launchOptions: chromiumLaunchOptions })],
    plugins: [
      inlineCss,
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('./tsconfig.esbuild.json', import.meta.url)),
      }),
    ],
    // Generous: CI runs several suites side by side on two cores.
    testFramework: { config: { timeout: 30_000 } },
    testsFinishTimeout: 180_000,
  };
}
