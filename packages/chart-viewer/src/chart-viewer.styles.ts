import { token } from '@bdw/core';
import { css, unsafeCSS } from 'lit';
import { DARK_OTHERS, DARK_PALETTE, LIGHT_OTHERS, LIGHT_PALETTE } from './palette.js';

const palette = (colors: string[], others: string, prefix: string) =>
  unsafeCSS(
    [
      ...colors.map((c, i) => `--_color-${i + 1}: var(--bdw-chart-viewer-${prefix}color-${i + 1}, ${c});`),
      `--_others: var(--bdw-chart-viewer-${prefix}others, ${others});`,
    ].join('\n'),
  );

export const chartViewerStyles = css`
  :host {
    ${palette(LIGHT_PALETTE, LIGHT_OTHERS, '')}
    --_text: ${token('color-text')};
    --_grid: color-mix(in srgb, ${token('color-border')} 70%, transparent);
    --_surface: ${token('color-surface')};
  }
  :host([theme='dark']) {
    ${palette(DARK_PALETTE, DARK_OTHERS, 'dark-')}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${palette(DARK_PALETTE, DARK_OTHERS, 'dark-')}
    }
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    padding: ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  .title {
    margin: 0;
    font-size: ${token('font-size-lg')};
    font-weight: 700;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${token('space-2')};
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .tool {
    font: inherit;
    font-size: ${token('font-size-sm')};
    min-height: 2.5rem;
    padding: 0 ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    cursor: pointer;
  }
  .tool[aria-pressed='true'] {
    border-color: ${token('color-primary')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  figure {
    margin: 0;
  }
  .plot {
    position: relative;
    height: var(--_plot-height, var(--bdw-chart-viewer-height, 22rem));
    border-radius: ${token('radius-sm')};
  }
  .plot canvas {
    display: block;
  }
  .summary {
    margin: ${token('space-2')} 0 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  progress {
    width: min(100%, 24rem);
    accent-color: ${token('color-primary')};
  }
`;
