import { readFileSync, readdirSync, existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeManifests, stringLiterals } from '../../.storybook/manifests.js';
import { launchChromium } from '../support/browser.js';
import { serveDirectory, type StaticServer } from '../support/static-server.js';

/**
 * Storybook's controls and docs tables come from the merged manifest (`.storybook/manifests.ts`): the public API of
 * each element only, with optional types read as their base type so that `api` is a text box, not "Set object".
 */

const PACKAGES = join(import.meta.dirname, '../../packages');
const manifests = Object.fromEntries(
  readdirSync(PACKAGES)
    .filter((name) => name !== 'widgets') // its manifest merges the others, as .storybook/preview.ts leaves it out
    .map((name) => join(PACKAGES, name, 'custom-elements.json'))
    .filter((file) => existsSync(file))
    .map((file) => [file, JSON.parse(readFileSync(file, 'utf8')) as unknown]),
);

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: { kind: string; name: string; privacy?: string; static?: boolean; type?: { text: string } }[];
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
}
const elementsOf = (manifest: { modules: { declarations?: unknown[] }[] }) =>
  manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]).filter((d) => d.customElement);

const raw = Object.values(manifests).flatMap((m) => elementsOf(m as { modules: { declarations?: unknown[] }[] }));
const merged = elementsOf(mergeManifests(manifests));

describe("Storybook's manifest", () => {
  it('has every element', () => {
    expect(merged.map((d) => d.tagName).sort()).toEqual(raw.map((d) => d.tagName).sort());
    expect(merged.length).toBeGreaterThanOrEqual(7);
  });

  it('lists no private or static member, though the packages have them', () => {
    const hidden = (d: Declaration) =>
      (d.members ?? []).filter((m) => (m.privacy && m.privacy !== 'public') || m.static).map((m) => m.name);
    expect(raw.flatMap(hidden)).toEqual(expect.arrayContaining(['typingTimer', 'onPopState', 'draft']));
    expect(merged.flatMap(hidden)).toEqual([]);
  });

  it('keeps every public field, once (an attribute that repeats a field is left to the field)', () => {
    for (const element of raw) {
      const after = merged.find((d) => d.tagName === element.tagName)!;
      const publicFields = (element.members ?? []).filter(
        (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static,
      );
      expect(after.members!.filter((m) => m.kind === 'field').map((m) => m.name)).toEqual(
        publicFields.map((m) => m.name),
      );
      const fields = new Set(publicFields.map((m) => m.name));
      for (const attribute of after.attributes ?? []) expect(fields.has(attribute.fieldName ?? '')).toBe(false);
    }
  });

  it('types `api` as a string on every element that has it (a text control, not "Set object")', () => {
    const apis = merged.flatMap((d) => (d.members ?? []).filter((m) => m.name === 'api'));
    expect(apis.length).toBeGreaterThanOrEqual(6);
    for (const api of apis) expect(api.type?.text).toBe('string');
  });

  it('reads string-literal unions as the choices of a select', () => {
    expect(stringLiterals("'light' | 'dark' | 'auto'")).toEqual(['light', 'dark', 'auto']);
    expect(stringLiterals('string')).toBeNull();
    expect(stringLiterals("'a' | number")).toBeNull();
  });
});

/** The controls Storybook shows for a story of the static build, read from its preview. */
interface Control {
  category: string | null;
  control: string | false | null;
  options: string[];
}
const STATIC_DIR = join(import.meta.dirname, '../../storybook-static');

describe.runIf(existsSync(join(STATIC_DIR, 'index.json')))("the built Storybook's controls", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveDirectory(STATIC_DIR), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const readControls = async (id: string): Promise<Record<string, Control>> => {
    // A fresh context per story, as the story smoke does: MSW's service worker of one story never serves the next.
    await page?.context().close();
    page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
    // Storybook's iframe loads stories and fonts after DOMContentLoaded; "load" can take long on a busy machine.
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction('window.__STORYBOOK_PREVIEW__?.currentRender?.story?.argTypes', undefined, {
      timeout: 30_000,
    });
    return page.evaluate(`(() => {
      const argTypes = window.__STORYBOOK_PREVIEW__.currentRender.story.argTypes;
      return Object.fromEntries(Object.entries(argTypes).map(([name, a]) => [name, {
        category: a.table?.category ?? null,
        control: a.control === false ? false : (a.control?.type ?? a.control ?? null),
        options: a.options ?? [],
      }]));
    })()`);
  };
  /** The preview may reload itself once (MSW's worker taking control of the page): read the controls again then. */
  const controlsOf = async (id: string): Promise<Record<string, Control>> => {
    try {
      return await readControls(id);
    } catch (error) {
      if (!/context was destroyed|Timeout/i.test(String(error))) throw error;
      return readControls(id);
    }
  };

  it.each([
    ['widgets-bdw-dataset-search--default', 'bdw-dataset-search'],
    ['widgets-bdw-chart-viewer--population-line', 'bdw-chart-viewer'],
    ['market-bdw-market-list--grid', 'bdw-market-list'],
  ])('%s: public properties with typed controls, nothing private', { timeout: 120_000 }, async (id, tag) => {
    const controls = await controlsOf(id);
    const element = raw.find((d) => d.tagName === tag)!;
    const privateNames = (element.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name);
    expect(privateNames.length).toBeGreaterThan(0);
    for (const name of privateNames) expect(controls[name], name).toBeUndefined();
    expect(controls['api']).toMatchObject({ category: 'properties', control: 'text' });
    expect(controls['theme']).toMatchObject({ control: 'select', options: ['light', 'dark', 'auto'] });
    // Events, parts and custom properties are documented, with no control that would set nothing.
    const tableOnly = Object.values(controls).filter((c) => c.category && c.category !== 'properties');
    expect(tableOnly.length).toBeGreaterThan(0);
    for (const control of tableOnly) expect(control.control).toBe(false);
  });

  it("keeps the search's facets property a control although a part has its name", { timeout: 120_000 }, async () => {
    const controls = await controlsOf('widgets-bdw-dataset-search--default');
    expect(controls['facets']).toMatchObject({ category: 'properties', control: 'text' });
    expect(controls['::part(facets)']).toMatchObject({ category: 'css shadow parts', control: false });
  });

  it("sets a property the story's template does not bind when its control changes", { timeout: 120_000 }, async () => {
    const id = 'widgets-bdw-dataset-search--default';
    const controls = await controlsOf(id);
    expect(controls['headingLevel']).toMatchObject({ category: 'properties', control: 'number' });
    const headingLevel = () => page.evaluate("document.querySelector('bdw-dataset-search')?.headingLevel ?? null");
    // The story renders after its argTypes are known: wait for the element, then change the control.
    await expect.poll(headingLevel).toBe(3);
    await page.evaluate(
      `window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: '${id}', updatedArgs: { headingLevel: 4 } })`,
    );
    await expect.poll(headingLevel).toBe(4);
  });
});
