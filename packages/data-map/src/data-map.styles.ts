import { css, unsafeCSS } from 'lit';
import { token } from '@bdw/core';

// Nine shades of the palette colour mixed into the surface: class colours follow the tokens,
// so they change with the theme (dark mode) and the page's own --bdw-color-* values.
const SHADES = [14, 24, 34, 45, 56, 67, 78, 89, 100];
const shadeRules = SHADES.map(
  (pct, i) => `
  .bdw-shade-${i} { --_fill: color-mix(in srgb, var(--_palette) ${pct}%, var(--_surface)); }`,
).join('');

export const dataMapStyles = css`
  :host {
    --_palette: var(--bdw-data-map-palette, ${token('color-primary')});
    --_surface: ${token('color-surface')};
    container-type: inline-size;
    background: ${token('color-surface')};
  }
  :host([palette='accent']) {
    --_palette: var(--bdw-data-map-palette, ${token('color-accent')});
  }
  :host([palette='danger']) {
    --_palette: var(--bdw-data-map-palette, ${token('color-danger')});
  }
  :host([palette='warning']) {
    --_palette: var(--bdw-data-map-palette, ${token('color-warning')});
  }
  :host([palette='success']) {
    --_palette: var(--bdw-data-map-palette, ${token('color-success')});
  }
  ${unsafeCSS(shadeRules)}
  .root {
    display: grid;
    gap: ${token('space-3')};
  }
  .layout {
    display: grid;
    gap: ${token('space-3')};
  }
  @container (min-width: 720px) {
    .layout--panel {
      grid-template-columns: minmax(0, 1fr) var(--bdw-data-map-panel-width, 15rem);
    }
  }
  .stage {
    position: relative;
    min-width: 0;
  }
  .map {
    height: var(--bdw-data-map-height, 28rem);
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    overflow: hidden;
  }
  .map.leaflet-container {
    background: var(--bdw-data-map-background, ${token('color-surface-alt')});
    font: inherit;
    font-size: ${token('font-size-sm')};
  }
  .map:focus-visible {
    outline: 2px solid ${token('color-focus')};
    outline-offset: 2px;
  }
  .overlay {
    position: absolute;
    inset: ${token('space-3')} ${token('space-3')} auto;
    z-index: 1000;
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
  .bdw-point:focus,
  .bdw-selected {
    stroke: ${token('color-focus')};
    stroke-opacity: 1;
    stroke-width: 3;
    outline: none;
  }
  .bdw-cluster {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: var(--_palette);
    color: ${token('color-on-primary')};
    border: 2px solid ${token('color-surface')};
    font-size: ${token('font-size-xs')};
    font-weight: 700;
    line-height: 1;
    box-shadow: ${token('elevation-1')};
  }
  .bdw-dot {
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: var(--_palette);
    border: 2px solid ${token('color-surface')};
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
  .swatch--point {
    border-radius: 50%;
    width: 0.9rem;
    background: var(--_palette);
  }
  .count {
    color: ${token('color-text-muted')};
    font-variant-numeric: tabular-nums;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
  }
  .notes {
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  .toggle,
  .link {
    font: inherit;
    font-size: ${token('font-size-sm')};
    min-height: 36px;
    padding: 0 ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    cursor: pointer;
  }
  .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    text-decoration: underline;
    text-align: start;
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
  /* Catalogue map */
  .catalog {
    display: grid;
    gap: ${token('space-4')};
  }
  .crumbs {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .crumbs li + li::before {
    content: '›';
    margin-inline-end: ${token('space-2')};
    color: ${token('color-text-muted')};
  }
  .region__title {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-md')};
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    grid-auto-flow: dense;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    font: inherit;
    display: grid;
    align-content: space-between;
    width: 100%;
    height: 100%;
    min-height: 4.5rem;
    padding: ${token('space-2')};
    border: 1px solid var(--_palette);
    border-radius: ${token('radius-sm')};
    background: var(--_fill);
    color: ${token('color-text')};
    text-align: start;
    cursor: pointer;
  }
  .tile:hover {
    border-width: 2px;
  }
  .tile--dark {
    color: ${token('color-on-primary')};
  }
  .tile__label {
    font-weight: 700;
    font-size: ${token('font-size-sm')};
    line-height: 1.3;
  }
  .tile__count {
    font-size: ${token('font-size-xs')};
    font-variant-numeric: tabular-nums;
  }
  .span-2 {
    grid-column: span 2;
  }
  .span-3 {
    grid-column: span 2;
    grid-row: span 2;
  }
  .span-4 {
    grid-column: span 3;
    grid-row: span 2;
  }
  .datasets {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
