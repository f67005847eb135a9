// The analyzer reads the TypeScript sources; a published manifest must describe what a user imports.
// - module paths: `src/BdwDataMap.ts` → `dist/BdwDataMap.js` (the package ships dist/, not src/);
// - definitions: our define modules call `defineElement(tag, Class)` (guarded `customElements.define`), which
//   the analyzer does not recognise; each becomes the `custom-element-definition` export editors look for;
// - schema version: the analyzer writes "1.0.0" but emits 2.x fields (`cssStates`); say so.

const SCHEMA_VERSION = '2.1.0';

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

/** CEM analyzer plugin; list it after the plugins that read source paths, before the generators. */
export function publishedManifestPlugin() {
  return {
    name: 'bdw-published-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: constructor.getText() },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = SCHEMA_VERSION;
      const moduleOf = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? [])
          if (declaration.customElement) moduleOf.set(declaration.name, mod.path);
      }
      for (const mod of customElementsManifest.modules) {
        for (const entry of mod.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && !entry.declaration.module) {
            entry.declaration.module = moduleOf.get(entry.declaration.name);
          }
        }
        mod.path = publishedPath(mod.path);
        rewriteReferences(mod.declarations);
        rewriteReferences(mod.exports);
      }
    },
  };
}
