// One custom-elements manifest for the whole set (`@bdw/widgets/custom-elements.json`), merged from every
// package's own, and what editors and frameworks read generated from it (dist/jsx.d.ts, dist/vue.d.ts,
// dist/vscode.*-custom-data.json, dist/web-types.json), exactly as each package generates its own.
// Every element is described where this package defines and exports it: `dist/index.js`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeManifestOutputs } from '../../../scripts/cem/outputs.mjs';

const require = createRequire(import.meta.url);
const PACKAGES = [
  '@bdw/core',
  '@bdw/dataset-search',
  '@bdw/market-card',
  '@bdw/council-agenda',
  '@bdw/chart-viewer',
  '@bdw/data-map',
  '@bdw/data-view',
];
const MODULE = 'dist/index.js';

const elements = PACKAGES.flatMap((name) => {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/custom-elements.json`), 'utf8'));
  return manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((declaration) => declaration.customElement));
});

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: MODULE,
      declarations: elements,
      exports: elements.flatMap((element) => [
        { kind: 'js', name: element.name, declaration: { name: element.name, module: MODULE } },
        {
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: element.name, module: MODULE },
        },
      ]),
    },
  ],
};

writeFileSync(new URL('../custom-elements.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
writeManifestOutputs(manifest, { outdir: 'dist', typesFrom: './index.js' });
