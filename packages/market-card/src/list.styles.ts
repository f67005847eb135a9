import { css } from 'lit';
import { token } from '@bdw/core';

/** `<bdw-market-list>`: filters beside (wide) or above (narrow) a responsive grid of cards. */
export const listStyles = css`
  :host {
    container-type: inline-size;
    background: var(--bdw-market-list-background, transparent);
  }
  /* Dark text tokens need the dark surface behind them, whatever the page's colour. */
  :host([theme='dark']) {
    background: var(--bdw-market-list-background, ${token('color-surface')});
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      background: var(--bdw-market-list-background, ${token('color-surface')});
    }
  }
  .layout {
    display: grid;
    gap: ${token('space-4')};
  }
  @container (min-width: 48rem) {
    .layout:not(.layout--plain) {
      grid-template-columns: var(--bdw-market-list-sidebar-width, 15rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  .filters {
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .filters > summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    padding: 0 ${token('space-3')};
    font-weight: 700;
    cursor: pointer;
  }
  .filters__body {
    display: grid;
    gap: ${token('space-3')};
    padding: 0 ${token('space-3')} ${token('space-3')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: ${token('space-1')};
    font-size: ${token('font-size-sm')};
    font-weight: 700;
  }
  .option {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: 32px;
    font-size: ${token('font-size-sm')};
    cursor: pointer;
  }
  .option input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: ${token('color-primary')};
  }
  .option__count {
    color: ${token('color-text-muted')};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')} ${token('space-4')};
    margin-bottom: ${token('space-3')};
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: 2px solid ${token('color-focus')};
  }
  .sort {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    font-size: ${token('font-size-sm')};
  }
  select,
  .pager button,
  .link-button {
    font: inherit;
    min-height: 44px;
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  .link-button {
    justify-self: start;
    cursor: pointer;
    color: ${token('color-primary')};
    border-color: ${token('color-primary')};
  }
  .grid {
    display: grid;
    gap: var(--bdw-market-list-gap, ${token('space-4')});
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bdw-market-list-card-min, 16rem)), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid--horizontal {
    grid-template-columns: minmax(0, 1fr);
  }
  .grid > li {
    min-width: 0;
  }
  .grid bdw-market-card {
    height: 100%;
  }
  .busy {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: ${token('space-2')};
    margin-top: ${token('space-4')};
  }
  .pager ol {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pager button {
    min-width: 44px;
    cursor: pointer;
  }
  .pager button[aria-current='page'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-weight: 700;
  }
  .pager button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .gap {
    align-self: center;
    padding: 0 ${token('space-1')};
  }
`;
