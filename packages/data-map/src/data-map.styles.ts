import { css, unsafeCSS } from 'lit';
import { token } from '@bdw/core';

import { SHADES } from './shades.js';

// Nine shades of the palette colour mixed into the surface: class colours follow the tokens,
// so they change with the theme (dark mode) and the page's own --bdw-color-* values.
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
  /* The skip link is out of sight until it is focused. */
  .skip {
    position: absolute;
    inset-block-start: ${token('space-2')};
    inset-inline-start: ${token('space-2')};
    z-index: 1100;
    padding: ${token('space-1')} ${token('space-3')};
    border: 2px solid ${token('color-focus')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    font-size: ${token('font-size-sm')};
    text-decoration: underline;
  }
  .skip:not(:focus) {
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    white-space: nowrap;
    padding: 0;
    border: 0;
  }
  .skip-target:focus {
    outline: none;
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
  /* The treemap: tiles placed by the layout (percent of the box), a 1 px border of the surface between them. */
  .tiles {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tiles > li {
    position: absolute;
    container-type: inline-size;
  }
  .tile {
    font: inherit;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 2px;
    width: 100%;
    height: 100%;
    overflow: hidden;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-surface')};
    border-radius: ${token('radius-sm')};
    background: var(--_fill);
    color: ${token('color-text')};
    text-align: start;
    cursor: pointer;
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_palette) 55%, transparent);
  }
  .tile:hover {
    box-shadow: inset 0 0 0 2px var(--_palette);
  }
  .tile:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: -3px;
    z-index: 1;
  }
  .tile--other {
    cursor: default;
    background: ${token('color-surface-alt')};
    color: ${token('color-text-muted')};
    box-shadow: inset 0 0 0 1px ${token('color-border')};
  }
  .tiles__more {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    align-items: center;
    margin: ${token('space-2')} 0 0;
    font-size: ${token('font-size-sm')};
  }
  .tile__label {
    font-weight: 700;
    font-size: ${token('font-size-sm')};
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .tile__count {
    font-size: ${token('font-size-xs')};
    font-variant-numeric: tabular-nums;
  }
  /* Narrow tiles: smaller type, Korean words kept whole (clipped rather than broken letter by letter). */
  @container (max-width: 80px) {
    .tile {
      padding: 2px ${token('space-1')};
    }
    .tile__label {
      font-size: ${token('font-size-xs')};
      word-break: keep-all;
      overflow-wrap: normal;
    }
  }
  .datasets {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
