import { darkTokens, lightTokens } from '@bdw/core';
import { CHART_TYPES } from '@bdw/chart-viewer';
import { validateCem } from '@wc-toolkit/cem-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_PACKAGES, ROOT } from '../support/packages.js';

/**
 * The custom-elements manifests are the API contract every editor, framework type and doc page is generated
 * from. Checked here against the sources, independently of the analyzer: every part a template writes, every
 * event typed, every global token, choice types written out, and the published form (validated with
 * @wc-toolkit/cem-validator) for each package and for @bdw/widgets' merged manifest.
 */
interface Member {
  name: string;
  type?: { text: string };
  parsedType?: { text: string };
}
interface Element {
  name: string;
  tagName: string;
  customElement: true;
  attributes?: Member[];
  events?: Member[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: (Element | { customElement?: false; name: string })[] }[];
}

const manifestOf = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'custom-elements.json'), 'utf8')) as Manifest;
const elementsOf = (manifest: Manifest): Element[] =>
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d): d is Element => d.customElement === true));

/** Every `part="…"` written literally in a package's templates (a part attribute may list several names). */
function partsInSources(dir: string): Set<string> {
  const parts = new Set<string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(child, 'utf8');
        // `part="a b"` and the string literals of `part=${cond ? 'a' : 'a b'}`
        for (const match of source.matchAll(/\bpart="([^"$]+)"/g)) match[1]!.split(/\s+/).forEach((p) => parts.add(p));
        for (const match of source.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
          for (const literal of match[1]!.matchAll(/'([a-z][a-z0-9 -]*)'/g)) {
            literal[1]!.split(/\s+/).forEach((p) => parts.add(p));
          }
        }
      }
    }
  };
  walk(join(ROOT, 'packages', dir, 'src'));
  return parts;
}

const TOKENS = [
  ...Object.keys(lightTokens).map((name) => `--bdw-${name}`),
  ...Object.keys(darkTokens).map((name) => `--bdw-dark-${name}`),
];

describe('custom-elements manifests', () => {
  // <bdw-catalog> renders a slot only; core's shared state renderers are checked below.
  it.each(ELEMENT_PACKAGES.filter((dir) => dir !== 'core'))(
    '@bdw/%s documents every part its templates write',
    (dir) => {
      const documented = new Set(elementsOf(manifestOf(dir)).flatMap((el) => (el.cssParts ?? []).map((p) => p.name)));
      const written = [...partsInSources(dir)].sort();
      expect(written.length).toBeGreaterThan(0);
      expect(written.filter((part) => !documented.has(part))).toEqual([]);
    },
  );

  it("documents core's shared state parts on every widget (all of them render loading, empty and error states)", () => {
    // Core's parts are the shared states' and <bdw-view>'s chips; the states are on every widget.
    const shared = [...partsInSources('core')].filter((part) => !['chip', 'chips', 'clear'].includes(part)).sort();
    expect(shared).toEqual(['empty', 'error', 'loading', 'retry']);
    const widgets = ELEMENT_PACKAGES.flatMap((dir) => elementsOf(manifestOf(dir))).filter(
      // The containers render their children, not loading or empty states of their own.
      (el) => el.tagName !== 'bdw-catalog' && el.tagName !== 'bdw-view',
    );
    for (const element of widgets) {
      expect(
        shared.filter((part) => !element.cssParts?.some((p) => p.name === part)),
        element.tagName,
      ).toEqual([]);
    }
  });

  it('lists the search button as the `submit` part', () => {
    const search = elementsOf(manifestOf('dataset-search')).find((el) => el.tagName === 'bdw-dataset-search')!;
    expect(search.cssParts?.map((p) => p.name)).toContain('submit');
  });

  it.each(ELEMENT_PACKAGES)('@bdw/%s types every event as CustomEvent<its detail>', (dir) => {
    const events = elementsOf(manifestOf(dir)).flatMap((el) => (el.events ?? []).map((e) => [el.tagName, e] as const));
    const untyped = events.filter(([, e]) => !/^CustomEvent<[A-Z]\w*>$/.test(e.type?.text ?? ''));
    expect(untyped.map(([tag, e]) => `${tag} ${e.name}: ${e.type?.text ?? '(none)'}`)).toEqual([]);
  });

  it('types all 14 events of the set (11 names: the map and the list re-fire two)', () => {
    const events = ELEMENT_PACKAGES.flatMap((dir) =>
      elementsOf(manifestOf(dir)).flatMap((el) => (el.events ?? []).map((e) => `${el.tagName} ${e.name}`)),
    );
    expect(events).toHaveLength(14);
    expect(new Set(events.map((e) => e.split(' ')[1])).size).toBe(11);
  });

  it.each(ELEMENT_PACKAGES)('@bdw/%s lists every global --bdw-* token on every element, with its default', (dir) => {
    for (const element of elementsOf(manifestOf(dir))) {
      const properties = new Map((element.cssProperties ?? []).map((p) => [p.name, p.default]));
      expect(
        TOKENS.filter((token) => !properties.has(token)),
        element.tagName,
      ).toEqual([]);
      expect(properties.get('--bdw-color-primary')).toBe(lightTokens['color-primary']);
      expect(properties.get('--bdw-dark-color-surface')).toBe(darkTokens['color-surface']);
    }
  });

  it('writes choice types out as their values (ChartType → the chart types)', () => {
    const chart = elementsOf(manifestOf('chart-viewer')).find((el) => el.tagName === 'bdw-chart-viewer')!;
    const type = chart.attributes!.find((a) => a.name === 'type')!;
    expect(type.type?.text).toBe('ChartType | undefined');
    const values = type.parsedType!.text.split('|').map((v) => v.trim().replace(/^'|'$/g, ''));
    expect(values.filter((v) => v !== 'undefined').sort()).toEqual([...CHART_TYPES].sort());
  });

  it.each(ELEMENT_PACKAGES)('@bdw/%s expands every attribute typed with an alias of literals', (dir) => {
    const aliased = elementsOf(manifestOf(dir)).flatMap((el) =>
      (el.attributes ?? [])
        .filter((a) => /^[A-Z]\w*(<[^>]*>)?( \| undefined)?$/.test(a.type?.text ?? ''))
        .map((a) => ({ where: `${el.tagName} ${a.name}: ${a.type!.text}`, parsed: a.parsedType?.text ?? '' })),
    );
    // `ViewFilters` is an object (JSON in the attribute), not a union of literals: nothing to expand.
    const objects = new Set(['bdw-view filters: ViewFilters']);
    expect(aliased.filter((a) => !/'[^']+'/.test(a.parsed) && !objects.has(a.where)).map((a) => a.where)).toEqual([]);
  });

  it('@bdw/widgets ships one merged manifest with every element of every package', () => {
    const merged = elementsOf(manifestOf('widgets'));
    const own = ELEMENT_PACKAGES.flatMap((dir) => elementsOf(manifestOf(dir)));
    expect(merged.map((el) => el.tagName).sort()).toEqual(own.map((el) => el.tagName).sort());
    expect(merged).toEqual(expect.arrayContaining(own));
    // 10: <bdw-catalog>, <bdw-view>, the search, two market elements, the agenda, the chart, the map, the table, the filter.
    expect(merged).toHaveLength(10);
  });

  it.each([...ELEMENT_PACKAGES, 'widgets'])(
    '@bdw/%s passes @wc-toolkit/cem-validator with every rule an error',
    async (dir) => {
      const manifest = manifestOf(dir);
      const error = 'error' as const;
      await expect(
        validateCem(manifest, {
          packageJsonPath: join(ROOT, 'packages', dir, 'package.json'),
          rules: {
            packageJson: {
              packageType: error,
              main: error,
              module: error,
              types: error,
              exports: error,
              customElementsProperty: error,
              publishedCem: error,
            },
            manifest: {
              schemaVersion: error,
              modulePath: error,
              definitionPath: error,
              typeDefinitionPath: error,
              tagName: error,
              // The analyzer records no `export type`, so this rule cannot see TypeScript's type exports. What it
              // protects (the generated types import every detail type from the package root) is compiled by the
              // consumer suite (tests/consumers) instead.
              exportTypes: 'off',
            },
          },
        }),
      ).resolves.toBeUndefined();
    },
  );
});
