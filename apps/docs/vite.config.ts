import { join } from 'node:path';
import { marked } from 'marked';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const PAGES = ['index', 'theming', 'api', 'frameworks', 'examples', 'performance'];

/**
 * `import html from './x.md'`: the repo's own generated Markdown (benchmarks, sizes) as HTML, converted at build time
 * so the page ships no Markdown parser; the page still sanitises it with DOMPurify before inserting it.
 */
const markdown: Plugin = {
  name: 'bdw-markdown',
  transform(code, id) {
    if (!id.endsWith('.md')) return null;
    return { code: `export default ${JSON.stringify(marked.parse(code, { async: false, gfm: true }))};`, map: null };
  },
};

export default defineConfig({
  base: '/docs/',
  plugins: [markdown],
  build: {
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(root, `${page}.html`)])) },
  },
  server: { proxy: { '/api': 'http://localhost:8787', '/files': 'http://localhost:8787' } },
});
