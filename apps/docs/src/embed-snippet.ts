/**
 * What the snippet builder emits: a complete embed that works pasted into any page on any site — the CDN bundle's
 * `<script>` and the element with absolute addresses (a relative `api` or `src` would call the embedding site).
 */

/** Where this site serves the CDN bundle (the gateway's `/cdn/`), and so where a pasted snippet loads it from. */
export const cdnUrl = (origin: string): string => `${origin}/cdn/bdw-widgets.js`;

/** Attributes that are addresses the widget fetches: written absolute. (`href-template` is a link on the host.) */
const FETCHED = new Set(['api', 'src']);

/** An element to write: its tag and attributes (name and value, '' for a boolean attribute that is on). */
export interface ElementSpec {
  tag: string;
  attributes: [string, string][];
}

/** Children `<bdw-catalog>` gets in the builder: widgets without an `api` of their own, which take the catalogue's. */
export const CATALOG_CHILDREN: readonly ElementSpec[] = [
  { tag: 'bdw-dataset-search', attributes: [['q', '주차']] },
  { tag: 'bdw-market-list', attributes: [['page-size', '3']] },
];

/** Each widget's starting attributes: real data of the catalogue at `origin`. */
export function presets(origin: string): Record<string, Record<string, string>> {
  return {
    'bdw-catalog': { api: origin },
    'bdw-dataset-search': { api: origin, q: '주차', 'href-template': `${origin}/dataset.html?name={name}` },
    'bdw-market-list': { api: origin, 'page-size': '6' },
    'bdw-market-card': { api: origin, 'listing-id': 'bnk-district-consumption', variant: 'full' },
    'bdw-council-agenda': { api: origin, 'meeting-id': '2025-05-23-inaugural' },
    // Only the resource: what to chart is chosen from the data (a line of 인구수 over 연도 by 성별).
    'bdw-chart-viewer': { api: origin, resource: 'busan-population-by-age-sex-census-1', controls: '' },
    'bdw-data-map': { src: `${origin}/files/busan_fatal_traffic_accidents_2020.geojson` },
    // A table and a filter of their own (in a <bdw-view> they share its table and filters instead).
    'bdw-data-table': { api: origin, resource: 'busan-fatal-traffic-accidents-2020-1', sort: '-부상자수' },
    'bdw-filter': {
      api: origin,
      resource: 'busan-fatal-traffic-accidents-2020-1',
      field: '발생지시군구',
      label: '구·군',
    },
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `value` as the widget should receive it: addresses resolved against `base`, so that they work on another site. */
export function attributeValue(name: string, value: string, base: string): string {
  if (!FETCHED.has(name) || value === '') return value;
  try {
    return new URL(value, base).href.replace(/\/$/, '');
  } catch {
    return value;
  }
}

export interface EmbedOptions extends ElementSpec {
  /** The site the snippet is built on: the CDN's and relative addresses' base. */
  origin: string;
}

/** The element as the snippet writes it: addresses resolved, and `<bdw-catalog>` with its children. */
export function resolveElement({ tag, attributes, origin }: EmbedOptions): ElementSpec & { children: ElementSpec[] } {
  return {
    tag,
    attributes: attributes.map(([name, value]) => [name, attributeValue(name, value, `${origin}/`)]),
    children: tag === 'bdw-catalog' ? [...CATALOG_CHILDREN] : [],
  };
}

const openTag = ({ tag, attributes }: ElementSpec) =>
  `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;

/** The whole snippet: the CDN bundle's script, then the element. */
export function embedSnippet(options: EmbedOptions): string {
  const element = resolveElement(options);
  const children = element.children.map((child) => `  ${openTag(child)}</${child.tag}>\n`).join('');
  const body = `${openTag(element)}${children ? `\n${children}` : ''}</${element.tag}>`;
  return `<script type="module" src="${cdnUrl(options.origin)}"></script>\n\n${body}`;
}

/** The element of {@link embedSnippet} as DOM (attributes set as text), for a live preview. */
export function createEmbed(options: EmbedOptions): HTMLElement {
  const create = ({ tag, attributes }: ElementSpec) => {
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    return element;
  };
  const element = resolveElement(options);
  const root = create(element);
  root.append(...element.children.map(create));
  return root;
}
