// Types every `bdw-*` event of the manifest from the package's own `HTMLElementEventMap` augmentation
// (`src/events.ts`), so the event's TypeScript type is written once and the manifest, the JSX/Vue types and
// the editors all agree with what `addEventListener` gives. A type written in `@fires {…}` wins.

/** CEM analyzer plugin. */
export function eventTypesPlugin() {
  /** event name → type text, from every `interface HTMLElementEventMap` in the analysed sources */
  const eventTypes = new Map();
  /** `type MarketRequestEvent = CustomEvent<MarketRequestDetail>`: aliases are written out, so tools see the detail */
  const aliases = new Map();
  return {
    name: 'bdw-event-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.getText(), node.type.getText());
      if (!ts.isInterfaceDeclaration(node) || node.name.getText() !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = member.name.getText().replace(/^['"]|['"]$/g, '');
        eventTypes.set(name, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const written = eventTypes.get(event.name);
            const type = aliases.get(written) ?? written;
            if (type && !event.type?.text?.includes('<')) event.type = { text: type };
          }
        }
      }
    },
  };
}
