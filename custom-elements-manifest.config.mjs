// Shared custom-elements-manifest config: every package's build runs
// `cem analyze --config ../../custom-elements-manifest.config.mjs` from its own directory.
// The manifest is the API contract; everything editors and frameworks read is generated from it:
//   custom-elements.json          the manifest, choice types expanded (`parsedType`), global tokens listed
//   dist/jsx.d.ts                 JSX IntrinsicElements for React 19 / Preact (`@wc-toolkit/jsx-types`)
//   dist/vue.d.ts                 Vue `GlobalComponents` (`custom-element-vuejs-integration`)
//   dist/vscode.*-custom-data.json  VS Code HTML/CSS custom data (`custom-element-vs-code-integration`)
//   dist/web-types.json           JetBrains web-types (`custom-element-jet-brains-integration`)
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { manifestOutputsPlugin } from './scripts/cem/outputs.mjs';
import { globalTokensPlugin } from './scripts/cem/global-tokens.mjs';
import { eventTypesPlugin } from './scripts/cem/event-types.mjs';
import { publishedManifestPlugin } from './scripts/cem/published.mjs';

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  // The type parser needs the TypeScript checker to expand aliases (`ChartType` → `'bar' | 'line' | …`).
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin({ propertyName: 'parsedType' }),
    eventTypesPlugin(),
    globalTokensPlugin(),
    publishedManifestPlugin(),
    manifestOutputsPlugin(),
  ],
};
