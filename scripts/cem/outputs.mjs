// What is generated from a manifest for editors and frameworks (written into `outdir`, dist/ of the package):
//   jsx.d.ts                       JSX IntrinsicElements for React 19, Preact, Solid … (@wc-toolkit/jsx-types)
//   vue.d.ts                       Vue `GlobalComponents` (custom-element-vuejs-integration)
//   vscode.{html,css}-custom-data.json  VS Code custom data (custom-element-vs-code-integration)
//   web-types.json                 JetBrains web-types (custom-element-jet-brains-integration)
// Used by every package's `cem analyze` (plugin below) and by @bdw/widgets for its merged manifest.
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const elementsOf = (mod) => (mod.declarations ?? []).filter((declaration) => declaration.customElement);

/**
 * The generators import every export of an element's module from `typesFrom`; an element module also exports
 * helpers the package root does not. Keep only the element classes (their event details are imported too).
 */
function forJsx(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => {
      const names = new Set(elementsOf(mod).map((element) => element.name));
      if (!names.size) return mod;
      return { ...mod, exports: (mod.exports ?? []).filter((entry) => names.has(entry.declaration?.name)) };
    }),
  };
}

/**
 * The Vue generator writes `CustomEvent<${type}>` itself, so it takes the detail type, not the event type; and
 * Vue's template checker (vue-tsc) looks props up camelCased (`:page-size` → `pageSize`), so attributes are
 * listed by their property name.
 */
function forVue(manifest) {
  const detailOf = (event) => {
    const match = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '');
    return match ? { ...event, type: { text: match[1].trim() } } : event;
  };
  const camelCased = (attribute) => (attribute.fieldName ? { ...attribute, name: attribute.fieldName } : attribute);
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((declaration) =>
        declaration.customElement
          ? {
              ...declaration,
              attributes: (declaration.attributes ?? []).map(camelCased),
              events: (declaration.events ?? []).map(detailOf),
            }
          : declaration,
      ),
    })),
  };
}

/** `"onbdw-search"` → `onBdwSearch`: the listener prop vue-tsc expects for `@bdw-search`. */
const vueListener = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;

/**
 * Two fixes to the Vue generator's output: it imports each element's detail types without merging them across
 * elements (the market card and list share one: `Duplicate identifier`), and it names listeners `"onbdw-search"`
 * where vue-tsc looks for `onBdwSearch`.
 */
function fixVueTypes(file) {
  const text = readFileSync(file, 'utf8')
    .replace(/import type \{([^}]*)\} from/g, (_, names) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ];
      return `import type { ${unique.join(', ')} } from`;
    })
    .replace(/"on(bdw-[a-z-]+)"\?:/g, (_, event) => `${vueListener(event)}?:`);
  writeFileSync(file, text);
}

/**
 * Writes every output for `manifest`. `typesFrom` is the module (relative to `outdir`, or a package name) that
 * exports every element class and event detail type.
 */
export function writeManifestOutputs(manifest, { outdir = 'dist', typesFrom = './index.js' } = {}) {
  const quiet = { hideLogs: true };
  generateJsxTypes(forJsx(manifest), {
    outdir,
    fileName: 'jsx.d.ts',
    globalTypePath: typesFrom,
    stronglyTypedEvents: true,
    ...quiet,
  });
  generateVuejsTypes(forVue(forJsx(manifest)), { outdir, fileName: 'vue.d.ts', globalTypePath: typesFrom, ...quiet });
  fixVueTypes(join(outdir, 'vue.d.ts'));
  generateVsCodeCustomElementData(manifest, {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    typesSrc: 'parsedType',
    ...quiet,
  });
  generateJetBrainsWebTypes(manifest, { outdir, webTypesFileName: 'web-types.json', typesSrc: 'parsedType', ...quiet });
}

/** CEM analyzer plugin: list it last, so it sees the finished manifest. */
export function manifestOutputsPlugin(options) {
  return {
    name: 'bdw-manifest-outputs',
    packageLinkPhase({ customElementsManifest }) {
      writeManifestOutputs(customElementsManifest, options);
    },
  };
}
