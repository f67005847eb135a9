import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeManifests, stringLiterals } from '../../.storybook/manifests.js';

/**
 * Storybook's controls and docs tables come from the merged manifest (`.storybook/manifests.ts`): the public API of
 * each element only, with optional types read as their base type so that `api` is a text box, not "Set object".
 */

const PACKAGES = join(import.meta.dirname, '../../packages');
const manifests = Object.fromEntries(
  readdirSync(PACKAGES)
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
