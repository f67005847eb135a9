import { baseStyles, stateStyles, token } from '@bdw/core';
import { css } from 'lit';

/** `<bdw-filter>`: a fieldset with a list of checkboxes (each with a count bar), or two number inputs. */
export const filterStyles = [
  ...baseStyles,
  stateStyles,
  css`
    fieldset {
      margin: 0;
      padding: ${token('space-3')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-md')};
      min-width: 0;
    }
    legend {
      padding: 0 ${token('space-1')};
      font-weight: 700;
    }
    .search,
    .bound input {
      font: inherit;
      width: 100%;
      min-height: 44px;
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-text-muted')};
      border-radius: ${token('radius-sm')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }
    .search {
      margin-block-end: ${token('space-2')};
    }
    .values {
      list-style: none;
      margin: 0;
      padding: 0;
      /* Eight rows of 44 px and half of a ninth: the first values show whole, and a longer list shows it scrolls. */
      max-height: var(--bdw-filter-max-height, calc(8.5 * 44px));
      overflow-y: auto;
    }
    .value {
      display: flex;
      align-items: center;
      gap: ${token('space-2')};
      min-height: 44px;
      cursor: pointer;
    }
    .value input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: 0 0 auto;
      accent-color: ${token('color-primary')};
    }
    .name {
      flex: 1 1 auto;
      min-width: 0;
    }
    .count {
      flex: 0 0 auto;
      min-width: 4.5em;
      padding: 0 ${token('space-1')};
      text-align: end;
      font-variant-numeric: tabular-nums;
      color: ${token('color-text')};
      background: linear-gradient(
          to left,
          color-mix(in srgb, var(--bdw-filter-bar, ${token('color-accent')}) 30%, transparent)
            calc(var(--share, 0) * 100%),
          transparent 0
        )
        no-repeat;
      border-radius: ${token('radius-sm')};
    }
    .more {
      font: inherit;
      min-height: 44px;
      margin-block-start: ${token('space-2')};
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-primary')};
      border-radius: ${token('radius-sm')};
      background: transparent;
      color: ${token('color-primary')};
      cursor: pointer;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('space-2')};
    }
    .bound {
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      flex: 1 1 7rem;
      min-width: 0;
      font-size: ${token('font-size-sm')};
    }
    .hint {
      margin: ${token('space-2')} 0 0;
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }
    @media (forced-colors: active) {
      fieldset,
      .search,
      .bound input,
      .more {
        border-color: CanvasText;
      }
      .count {
        background: none;
        border: 1px solid CanvasText;
      }
    }
  `,
];
