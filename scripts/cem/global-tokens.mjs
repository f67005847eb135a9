// Lists the global design tokens (`--bdw-*`, from @bdw/core's tokens) on every element of the manifest, so
// editors, the docs' API tables and Storybook show what a page can set. The token table in
// `packages/core/src/styles/tokens.ts` stays the one source: this reads its build output.
import { darkTokens, lightTokens } from '../../packages/core/dist/styles/tokens.js';

/** The global tokens as manifest `cssProperties` entries (light defaults, then the `--bdw-dark-*` twins). */
export function globalTokenProperties() {
  const light = Object.entries(lightTokens).map(([name, value]) => ({
    name: `--bdw-${name}`,
    default: value,
    description: `Global design token \`${name}\` (light default; \`theme="dark"\` uses \`--bdw-dark-${name}\` where it has one).`,
  }));
  const dark = Object.entries(darkTokens).map(([name, value]) => ({
    name: `--bdw-dark-${name}`,
    default: value,
    description: `Dark-mode value of \`--bdw-${name}\` (with \`theme="dark"\` or \`theme="auto"\` in a dark system setting).`,
  }));
  return [...light, ...dark];
}

/** CEM analyzer plugin: appends the global tokens to every custom element (its own `--bdw-<tag>-*` stay first). */
export function globalTokensPlugin() {
  return {
    name: 'bdw-global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = globalTokenProperties();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          const own = declaration.cssProperties ?? [];
          const names = new Set(own.map((property) => property.name));
          declaration.cssProperties = [...own, ...tokens.filter((property) => !names.has(property.name))];
        }
      }
    },
  };
}
