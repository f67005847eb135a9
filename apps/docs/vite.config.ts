import { join } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const PAGES = ['index', 'theming', 'api', 'examples'];

export default defineConfig({
  base: '/docs/',
  build: {
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(root, `${page}.html`)])) },
  },
  server: { proxy: { '/api': 'http://localhost:8787', '/files': 'http://localhost:8787' } },
});
