import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BdwDataMap } from '../../src/BdwDataMap.js';
import '../../src/bdw-data-map.js';
import { allowLeafletMarkup } from '../../src/trusted-types.js';

/**
 * With Trusted Types enforced and the page's opt-in (`allowLeafletMarkup()`, `default` allowed), Leaflet loads and the
 * map works — zoom buttons, attribution with hostile text, a popup — with no violation, while any other HTML string
 * is still refused. (Own file: the policy set here cannot be lifted, and Leaflet must not have been imported before.)
 */
describe('<bdw-data-map> under Trusted Types with allowLeafletMarkup()', () => {
  it('loads Leaflet, works, reports no violation and still refuses other HTML', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types default lit-html";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
    expect(allowLeafletMarkup()).to.equal(true);

    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '해운대구' },
          geometry: { type: 'Point', coordinates: [129.16, 35.16] },
        },
      ],
    };
    const el = await fixture<BdwDataMap>(
      html`<bdw-data-map
        .layers=${[{ data, cluster: false }]}
        tile-url="/no-tiles/{z}/{x}/{y}.png"
        attribution=${'© <img src=x onerror="window.__xss=1">OSM "&" co'}
      ></bdw-data-map>`,
    );
    await waitUntil(() => el.leafletMap, 'Leaflet did not load', { timeout: 10_000 });
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.leaflet-control-zoom-in'), 'no zoom buttons');
    const attribution = root.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain('© <img src=x onerror="window.__xss=1">OSM "&" co');
    expect(attribution.querySelector('img')).to.equal(null);
    // A popup: Leaflet writes its close button as HTML.
    (root.querySelector('.leaflet-interactive, .leaflet-marker-icon') as HTMLElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await waitUntil(() => root.querySelector('.leaflet-popup-close-button'), 'no popup');
    expect(violations).to.deep.equal([]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);

    const div = document.createElement('div');
    expect(() => (div.innerHTML = '<img src=x onerror="window.__xss=2">')).to.throw(TypeError);
    expect(div.innerHTML).to.equal('');
  });
});
