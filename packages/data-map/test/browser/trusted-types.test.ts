import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BdwDataMap } from '../../src/BdwDataMap.js';
import '../../src/bdw-data-map.js';

/**
 * Leaflet 1.9 assigns strings to innerHTML when it is imported, which a page enforcing Trusted Types forbids: the
 * import fails. The map must then show its error state, never an unhandled rejection. (Own file: the policy set
 * here cannot be lifted, and Leaflet must not have been imported before.)
 */
describe('<bdw-data-map> when Leaflet cannot load', () => {
  it('shows the error state instead of an unhandled rejection', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      rejections.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    const data = { type: 'Point', coordinates: [129.07, 35.18] };
    const el = await fixture<BdwDataMap>(html`<bdw-data-map .layers=${[{ data }]}></bdw-data-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error state', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections).to.deep.equal([]);
    expect(el.leafletMap).to.equal(null);
  });
});
