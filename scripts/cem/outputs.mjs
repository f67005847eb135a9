// What is generated from each package's manifest (paths relative to the package; written into dist/).
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Options shared by the per-package build and @bdw/widgets' merged manifest. */
export function outputOptions({ outdir = 'dist', typesFrom = './index.js' } = {}) {
  return {
    jsx: { outdir, fileName: 'jsx.d.ts', globalTypePath: typesFrom, stronglyTypedEvents: true, hideLogs: true },
    vue: { outdir, fileName: 'vue.d.ts', globalTypePath: typesFrom, hideLogs: true },
    vsCode: {
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
      hideLogs: true,
    },
    jetBrains: { outdir, webTypesFileName: 'web-types.json', typesSrc: 'parsedType', hideLogs: true },
  };
}

/** The generator plugins for one package's `cem analyze`. */
export function manifestOutputs() {
  const options = outputOptions();
  return [
    jsxTypesPlugin(options.jsx),
    customElementVuejsPlugin(options.vue),
    customElementVsCodePlugin(options.vsCode),
    customElementJetBrainsPlugin(options.jetBrains),
  ];
}
