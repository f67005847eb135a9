import { css, unsafeCSS } from 'lit';
import { HATCH_PERIOD, SHADES, hatchWidth } from './shades.js';
import { token } from '@bdw/core';

/**
 * Styles of what is drawn once the map engine has loaded (adopted after Leaflet's own CSS): features, clusters,
 * Leaflet's controls, tooltips and popups in the widget's colours, the layer switcher and legend, and the table of
 * features. The element's own styles (`data-map.styles.ts`) cover the layout, states and catalogue map.
 */
// Forced colours (Windows high contrast): the user's two system colours only, so each class is a hatch whose ink
// grows with its shade, the same on the map (SVG patterns, see hatch-patterns.ts) and in the legend (gradients).
const hatchRules = SHADES.map(
  (_pct, i) => `
    .bdw-feature.bdw-shade-${i} { fill: url(#bdw-hatch-${i}); }
    .swatch.bdw-shade-${i} {
      background: repeating-linear-gradient(45deg, CanvasText 0 ${hatchWidth(i)}px, Canvas ${hatchWidth(i)}px ${HATCH_PERIOD}px);
    }`,
).join('');

// A selected feature keeps its class shade, hatched (hatch-patterns.ts).
const selectedRules = [...SHADES.map((_pct, i) => `shade-${i}`), 'novalue']
  .map(
    (name) => `
    .bdw-feature.bdw-selected.bdw-${name} { fill: url(#bdw-selected-${name.replace('shade-', '')}); }`,
  )
  .join('');

export const mapStyles = css`
  .map.leaflet-container {
    background: var(--bdw-data-map-background, ${token('color-surface-alt')});
    font: inherit;
    font-size: ${token('font-size-sm')};
  }
  /* The offline basemap: land on a sea tint, thin district boundaries, names in the muted text colour. */
  .map.leaflet-container.bdw-basemap {
    background: var(
      --bdw-data-map-background,
      color-mix(in srgb, ${token('color-primary')} 9%, ${token('color-surface-alt')})
    );
  }
  .bdw-base-district {
    fill: var(--bdw-data-map-land, ${token('color-surface')});
    fill-opacity: 1;
    stroke: var(--bdw-data-map-boundary, ${token('color-border')});
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .leaflet-marker-icon.bdw-base-label {
    width: 0;
    height: 0;
  }
  .bdw-base-label > span {
    position: absolute;
    transform: translate(-50%, -50%);
    white-space: nowrap;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-xs')};
    font-weight: 600;
    letter-spacing: 0.02em;
    text-shadow:
      0 0 2px ${token('color-surface')},
      0 0 4px ${token('color-surface')};
  }
  /* Features */
  .bdw-feature {
    fill: var(--_fill, ${token('color-surface')});
    fill-opacity: 0.85;
    stroke: ${token('color-text')};
    stroke-opacity: 0.7;
    stroke-width: 1;
  }
  .bdw-novalue {
    --_fill: ${token('color-surface-alt')};
  }
  .bdw-shape {
    --_fill: color-mix(in srgb, var(--_palette) 30%, transparent);
    stroke: var(--_palette);
    stroke-opacity: 1;
  }
  .bdw-point {
    fill: var(--_palette);
    fill-opacity: 0.85;
    stroke: ${token('color-surface')};
    stroke-width: 1;
  }
  .bdw-feature:hover,
  .bdw-feature:focus,
  .bdw-point:hover,
  .bdw-point:focus {
    stroke: ${token('color-focus')};
    stroke-opacity: 1;
    stroke-width: 3;
    outline: none;
  }
  /*
   * A feature the view keeps (a district clicked on a map in a <bdw-view>): a thick outline in the text colour with a
   * halo of the surface colour, so that on any neighbour one of the two stands out (the text colour is at least 4.5:1
   * on the surface), and its shade hatched: the selection is told by width and pattern, not by colour alone.
   */
  .bdw-feature.bdw-selected {
    stroke: ${token('color-text')};
    stroke-opacity: 1;
    stroke-width: 4;
    stroke-linejoin: round;
    filter: drop-shadow(0 0 1px ${token('color-surface')}) drop-shadow(0 0 1px ${token('color-surface')});
  }
  .bdw-feature.bdw-selected:focus,
  .bdw-feature.bdw-selected:hover {
    stroke: ${token('color-focus')};
  }
  .bdw-selected-ground {
    fill: var(--_fill, ${token('color-surface')});
  }
  .bdw-selected-ground.bdw-novalue {
    fill: ${token('color-surface-alt')};
  }
  .bdw-selected-light {
    fill: ${token('color-surface')};
  }
  .bdw-selected-dark {
    fill: ${token('color-text')};
  }
  @media not (forced-colors: active) {
    ${unsafeCSS(selectedRules)}
  }
  /* Clusters are neutral (the text colour), so they never read as a choropleth class of any palette. */
  .bdw-cluster {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: var(--bdw-data-map-cluster, ${token('color-text')});
    color: var(--bdw-data-map-on-cluster, ${token('color-surface')});
    border: 2px solid var(--bdw-data-map-on-cluster, ${token('color-surface')});
    font-size: ${token('font-size-xs')};
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
    box-shadow: ${token('elevation-1')};
  }
  /* A single point: a round 14 px dot centred in its 24 px target. */
  .bdw-single-icon {
    display: grid;
    place-items: center;
  }
  .bdw-dot {
    display: block;
    box-sizing: border-box;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_palette);
    border: 2px solid ${token('color-surface')};
    box-shadow: 0 0 0 1px ${token('color-text')};
  }
  .leaflet-marker-icon:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
    border-radius: 50%;
  }
  /* Leaflet's controls, tooltips and popups in the widget's colours (AA in light and dark). */
  .leaflet-bar a,
  .leaflet-bar a:hover {
    background: ${token('color-surface')};
    color: ${token('color-text')};
    border-bottom-color: ${token('color-border')};
  }
  .leaflet-bar a:hover {
    background: ${token('color-surface-alt')};
  }
  .leaflet-bar a.leaflet-disabled {
    background: ${token('color-surface-alt')};
    color: ${token('color-text-muted')};
  }
  .leaflet-touch .leaflet-bar a {
    width: 32px;
    height: 32px;
    line-height: 32px;
  }
  .leaflet-control-attribution.leaflet-control {
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font-size: ${token('font-size-xs')};
    padding: 0 ${token('space-1')};
  }
  .leaflet-control-attribution a {
    color: ${token('color-primary')};
    text-decoration: underline;
  }
  .leaflet-tooltip,
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: ${token('color-surface')};
    color: ${token('color-text')};
    border-color: ${token('color-border')};
  }
  .leaflet-tooltip-top::before {
    border-top-color: ${token('color-surface')};
  }
  .leaflet-container a.leaflet-popup-close-button {
    color: ${token('color-text-muted')};
  }
  .leaflet-popup-content {
    margin: ${token('space-3')};
    max-height: 16rem;
    overflow: auto;
  }
  .popup__title {
    margin: 0 0 ${token('space-2')};
    font-weight: 700;
    font-size: ${token('font-size-md')};
  }
  .props {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 ${token('space-2')};
    margin: 0;
    font-size: ${token('font-size-xs')};
  }
  .props dt {
    color: ${token('color-text-muted')};
  }
  .props dd {
    margin: 0;
  }
  /* Panel: layers and legend */
  .panel {
    display: grid;
    gap: ${token('space-4')};
    align-content: start;
    font-size: ${token('font-size-sm')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .panel__title {
    padding: 0;
    margin: 0 0 ${token('space-2')};
    font-weight: 700;
    font-size: ${token('font-size-sm')};
  }
  .layer-option {
    display: flex;
    gap: ${token('space-2')};
    align-items: center;
    min-height: 32px;
    cursor: pointer;
  }
  .layer-option input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: ${token('color-primary')};
  }
  .legend {
    display: grid;
    gap: ${token('space-3')};
  }
  .legend__layer {
    margin: 0;
  }
  .legend__name {
    margin: 0 0 ${token('space-1')};
    font-weight: 700;
  }
  .legend__note {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-xs')};
  }
  .legend ul {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr) auto;
    gap: ${token('space-2')};
    align-items: center;
  }
  .swatch {
    width: 1.25rem;
    height: 0.9rem;
    border: 1px solid ${token('color-text-muted')};
    border-radius: 2px;
    background: var(--_fill, var(--_palette));
  }
  .swatch--selected {
    border: 2px solid ${token('color-text')};
    background: repeating-linear-gradient(
      -45deg,
      ${token('color-surface')} 0 2px,
      ${token('color-text')} 2px 3.5px,
      transparent 3.5px 8px
    );
  }
  .legend__selection {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    gap: ${token('space-2')};
    align-items: center;
    margin: ${token('space-2')} 0 0;
    font-size: ${token('font-size-xs')};
  }
  .legend__selection:not(:has(.swatch)) {
    display: block;
    color: ${token('color-text-muted')};
  }
  .swatch--point {
    border-radius: 50%;
    width: 0.9rem;
    background: var(--_palette);
  }
  /* Text alternative: the features as a table */
  .table-wrap {
    max-height: 24rem;
    overflow: auto;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-sm')};
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: ${token('space-2')};
  }
  th,
  td {
    text-align: start;
    padding: ${token('space-1')} ${token('space-2')};
    border-top: 1px solid ${token('color-border')};
    vertical-align: top;
  }
  th {
    background: ${token('color-surface-alt')};
  }
  @media (forced-colors: active) {
    .bdw-base-district {
      forced-color-adjust: none;
      fill: Canvas;
      stroke: GrayText;
      stroke-dasharray: 4 3;
    }
    .bdw-base-label > span {
      color: GrayText;
    }
    .bdw-feature,
    .bdw-shape,
    .bdw-point,
    .swatch,
    .bdw-dot {
      forced-color-adjust: none;
    }
    .bdw-feature {
      fill: Canvas;
      fill-opacity: 1;
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .bdw-shape {
      fill: Canvas;
    }
    .swatch,
    .swatch.bdw-novalue {
      background: Canvas;
      border-color: CanvasText;
    }
    .bdw-point,
    .bdw-dot,
    .swatch--point {
      fill: CanvasText;
      stroke: Canvas;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    .bdw-feature:hover,
    .bdw-feature:focus,
    .bdw-point:hover,
    .bdw-point:focus {
      stroke: Highlight;
      stroke-width: 4;
    }
    /* Selected: wider than focus, in the highlight colour, over the class hatch. */
    .bdw-feature.bdw-selected {
      stroke: Highlight;
      stroke-width: 6;
      filter: none;
    }
    .swatch--selected {
      background: Canvas;
      border: 3px solid Highlight;
    }
    ${unsafeCSS(hatchRules)}
  }
`;
