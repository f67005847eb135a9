import { darkTokens, lightTokens } from '@bdw/core';

/** Every package's custom-elements.json, merged: the single source of the API reference and the snippet builder. */
export interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
export interface ElementDoc {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: {
    kind: string;
    name: string;
    privacy?: string;
    static?: boolean;
    type?: { text: string };
    description?: string;
    default?: string;
  }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  package: string;
}

interface Manifest {
  modules: { path: string; declarations?: (ElementDoc & { customElement?: boolean })[] }[];
}

// @bdw/widgets' manifest merges all the others: read each element once, from its own package.
const manifests = import.meta.glob<Manifest>(
  ['../../../packages/*/custom-elements.json', '!../../../packages/widgets/custom-elements.json'],
  { eager: true, import: 'default' },
);
const packageJsons = import.meta.glob<{ name: string }>('../../../packages/*/package.json', {
  eager: true,
  import: 'default',
});

/** The global tokens every element lists in its manifest: the theming page shows them once, not per element. */
const GLOBAL_TOKENS = new Set([
  ...Object.keys(lightTokens).map((name) => `--bdw-${name}`),
  ...Object.keys(darkTokens).map((name) => `--bdw-dark-${name}`),
]);

export const elements: ElementDoc[] = Object.entries(manifests)
  .flatMap(([path, manifest]) => {
    const pkg = packageJsons[path.replace('custom-elements.json', 'package.json')]?.name ?? '';
    return manifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((d) => ({
          ...d,
          cssProperties: d.cssProperties?.filter((p) => !GLOBAL_TOKENS.has(p.name)),
          package: pkg,
        })),
    );
  })
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
