import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';

/**
 * Every package imports under Node without a browser (no `window`), and every element
 * renders on the server with @lit-labs/ssr (declarative shadow DOM), so pages can
 * pre-render widgets and modules can be imported by SSR frameworks.
 */
const MODULES = [
  '@bdw/core',
  '@bdw/core/bdw-catalog.js',
  '@bdw/dataset-search/bdw-dataset-search.js',
  '@bdw/market-card/bdw-market-card.js',
  '@bdw/market-card/bdw-market-list.js',
  '@bdw/council-agenda/bdw-council-agenda.js',
  '@bdw/chart-viewer/bdw-chart-viewer.js',
  '@bdw/data-map/bdw-data-map.js',
  '@bdw/data-view/bdw-data-table.js',
  '@bdw/data-view/bdw-filter.js',
  '@bdw/widgets',
  '@bdw/react',
];

const TAGS = [
  'bdw-catalog',
  'bdw-dataset-search',
  'bdw-market-card',
  'bdw-market-list',
  'bdw-council-agenda',
  'bdw-chart-viewer',
  'bdw-data-map',
  'bdw-data-table',
  'bdw-filter',
];

describe('server-side', () => {
  it.each(MODULES)('%s imports without window', async (name) => {
    await import(name);
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  it.each(TAGS)('<%s> renders to declarative shadow DOM', async (tag) => {
    await import('@bdw/widgets');
    const element = unsafeStatic(tag);
    const output = await collectResult(render(staticHtml`<${element} lang="ko"></${element}>`));
    expect(output).toContain(`<${tag}`);
    expect(output).toMatch(/<template shadowroot(mode)?="open"/);
  });

  it('keeps data out of the server render as text', async () => {
    const output = await collectResult(render(html`<p>${'<img src=x onerror=alert(1)>'}</p>`));
    expect(output).toContain('&lt;img');
  });
});
