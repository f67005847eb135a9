import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const PAGES = ['index', 'search', 'dataset', 'map', 'market', 'dashboard', 'council', 'about'];
const root = import.meta.dirname;

/** Shared header and footer, written into every page at build time (real HTML for SEO, no flash). */
function partials(): Plugin {
  const read = (name: string) => readFileSync(join(root, 'partials', `${name}.html`), 'utf8');
  return {
    name: 'bdw-partials',
    transformIndexHtml(html) {
      return html
        .replace('<!-- header -->', read('header'))
        .replace('<!-- footer -->', read('footer'))
        .replaceAll('%BDW_API%', process.env['BDW_API'] ?? '/');
    },
  };
}

/** `.gz` and `.br` beside every text asset, served as they are by the gateway (sirv). */
function precompress(): Plugin {
  return {
    name: 'bdw-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        );
      for (const file of walk(join(root, 'dist'))) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(body));
      }
    },
  };
}

export default defineConfig({
  plugins: [partials(), precompress()],
  build: {
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(root, `${page}.html`)])) },
  },
  server: { proxy: { '/api': 'http://localhost:8787', '/files': 'http://localhost:8787' } },
});
