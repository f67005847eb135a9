/**
 * Defines an element only when the page uses it: its module (and whatever heavy library it
 * pulls in, such as chart.js or Leaflet) is fetched when the first such tag appears in the
 * document, now or later. Tags created inside other shadow roots: call `load(tag)` yourself.
 */
const loaders = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<unknown>>();

export function load(tag: string): Promise<unknown> {
  const loader = loaders.get(tag);
  if (!loader) return Promise.resolve();
  let promise = loading.get(tag);
  if (!promise) {
    promise = loader();
    loading.set(tag, promise);
  }
  return promise;
}

function scan(root: ParentNode): void {
  for (const tag of loaders.keys()) if (!loading.has(tag) && root.querySelector(tag)) void load(tag);
}

export function lazyDefine(definitions: Record<string, () => Promise<unknown>>): void {
  for (const [tag, loader] of Object.entries(definitions)) loaders.set(tag, loader);
  if (typeof document === 'undefined') return;
  const start = () => {
    scan(document);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (loaders.has(node.localName)) void load(node.localName);
          scan(node);
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
