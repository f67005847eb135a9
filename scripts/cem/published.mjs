// The analyzer reads the TypeScript sources, so its module paths are `src/*.ts`; a published manifest must
// name the modules a user imports (`dist/*.js`, which the package ships), or editors and validators find nothing.

/** `src/BdwDataMap.ts` → `dist/BdwDataMap.js` (anything else unchanged). */
export function publishedPath(path) {
  return path.replace(/^(\.\/)?src\/(.*)\.ts$/, 'dist/$2.js');
}

function rewriteReferences(value) {
  if (Array.isArray(value)) return value.forEach(rewriteReferences);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'module' && typeof child === 'string') value[key] = publishedPath(child);
    else rewriteReferences(child);
  }
}

/** CEM analyzer plugin; list it last so every other plugin saw the source paths. */
export function modulePathsPlugin() {
  return {
    name: 'bdw-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = publishedPath(mod.path);
        rewriteReferences(mod.declarations);
        rewriteReferences(mod.exports);
      }
    },
  };
}
