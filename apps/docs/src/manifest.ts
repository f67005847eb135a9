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

const manifests = import.meta.glob<Manifest>('../../../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
const packageJsons = import.meta.glob<{ name: string }>('../../../packages/*/package.json', {
  eager: true,
  import: 'default',
});

export const elements: ElementDoc[] = Object.entries(manifests)
  .flatMap(([path, manifest]) => {
    const pkg = packageJsons[path.replace('custom-elements.json', 'package.json')]?.name ?? '';
    return manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, package: pkg })),
    );
  })
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
