import { trustedPolicy } from '@bdw/core';

/**
 * Leaflet 1.9's own markup: the only strings it assigns to `innerHTML` in `<bdw-data-map>` (its SVG support check at
 * import, the zoom buttons, the popup's close button). Feature names, tooltips and popups are DOM nodes, never HTML.
 */
const LEAFLET_MARKUP: ReadonlySet<string> = new Set([
  '<svg/>',
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
  '<span aria-hidden="true">&#215;</span>',
]);

/** The attribution line as the map builds it: Leaflet's link, then the tiles' attribution as escaped text. */
const ATTRIBUTION =
  /^<a href="https:\/\/leafletjs\.com">Leaflet<\/a>(?: <span aria-hidden="true">\|<\/span> [^<>"]*)?$/;

/** Whether `html` is markup Leaflet writes for `<bdw-data-map>`, and nothing else. */
export function isLeafletMarkup(html: string): boolean {
  return LEAFLET_MARKUP.has(html) || ATTRIBUTION.test(html);
}

/**
 * For pages that enforce Trusted Types (`require-trusted-types-for 'script'`): Leaflet 1.9 writes strings to
 * `innerHTML`, which such a page refuses, so the map cannot load. This installs the page's `default` policy letting
 * exactly Leaflet's own markup through ({@link isLeafletMarkup}) and refusing everything else. Allow `default` in the
 * `trusted-types` directive and call it once, before the first map; a page that has a default policy of its own calls
 * `isLeafletMarkup()` from it instead. Returns whether the policy is in place.
 */
export function allowLeafletMarkup(): boolean {
  const policy = trustedPolicy('default', {
    createHTML: (html) => {
      if (!isLeafletMarkup(html)) throw new TypeError('bdw-data-map: only Leaflet’s own markup is allowed');
      return html;
    },
  });
  return policy !== null;
}
