/**
 * Defines a custom element once. Guarded so that two copies of a widget on one page
 * (a CDN bundle next to an npm build) do not throw, and so that modules import
 * on a server, where `customElements` does not exist.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(tag)) registry.define(tag, constructor);
}
