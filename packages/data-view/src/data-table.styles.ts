import { baseStyles, stateStyles, token } from '@bdw/core';
import { css } from 'lit';

/** `<bdw-data-table>`: a bar of controls that wraps, and one scroll box with a sticky header and fixed-height rows. */
export const dataTableStyles = [
  ...baseStyles,
  stateStyles,
  css`
    :host {
      container-type: inline-size;
      min-width: 0;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${token('space-2')} ${token('space-3')};
      margin-block-end: ${token('space-2')};
    }
    .search {
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      flex: 1 1 14rem;
      min-width: 0;
    }
    .search__label {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
    }
    input[type='search'] {
      font: inherit;
      min-height: 44px;
      width: 100%;
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-text-muted')};
      border-radius: ${token('radius-sm')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }
    .count {
      margin: 0;
      min-height: 44px;
      display: flex;
      align-items: center;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .download {
      font: inherit;
      min-height: 44px;
      padding: ${token('space-2')} ${token('space-4')};
      border: 1px solid ${token('color-primary')};
      border-radius: ${token('radius-sm')};
      background: ${token('color-surface')};
      color: ${token('color-primary')};
      cursor: pointer;
    }
    .download:disabled {
      cursor: default;
      border-color: ${token('color-text-muted')};
      color: ${token('color-text-muted')};
    }
    .download-error {
      flex-basis: 100%;
      margin: 0;
      color: ${token('color-danger')};
    }
    .scroll {
      position: relative;
      max-height: var(--bdw-data-table-height, 28rem);
      max-width: 100%;
      overflow: auto;
      overscroll-behavior: contain;
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-md')};
      background: ${token('color-surface')};
    }
    .scroll[aria-busy='true'] .body {
      opacity: 0.75;
    }
    .head {
      position: sticky;
      top: 0;
      z-index: 1;
      width: max-content;
      min-width: 100%;
      background: var(--bdw-data-table-header-background, ${token('color-surface-alt')});
      border-block-end: 2px solid ${token('color-text-muted')};
    }
    /* A grid of the rows' tracks with no row in its flow (the rows are placed absolutely): its width is theirs, so
       the clipped body is as wide as the rows and a sideways scroll shows their cells. */
    .body {
      display: grid;
      position: relative;
      width: max-content;
      min-width: 100%;
      /* clip, not hidden: a clipped box is no scroll container, so focusing a cell scrolls the table's box only. */
      overflow: clip;
      contain: layout paint;
    }
    .row {
      display: grid;
      width: max-content;
      min-width: 100%;
    }
    .body .row {
      position: absolute;
      inset-inline-start: 0;
      top: 0;
      height: 2.25rem;
      will-change: transform;
    }
    /* A cell's size is its track's and its row's, never its text's: contained, a scroll that changes the text of
       every drawn cell lays out only the cells (a jump back up took one 100 ms layout of every row without it). */
    .body .cell {
      contain: strict;
    }
    .row--odd {
      background: var(--bdw-data-table-stripe, ${token('color-surface-alt')});
    }
    .cell {
      min-width: 0;
      padding: 0 ${token('space-2')};
      line-height: 2.25rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      border-inline-end: 1px solid ${token('color-border')};
    }
    .cell--head {
      display: flex;
      align-items: center;
      gap: ${token('space-1')};
      min-height: 2.25rem;
      padding-block: ${token('space-1')};
      line-height: ${token('line-height')};
      white-space: normal;
      font-weight: 700;
      cursor: pointer;
      user-select: none;
    }
    .cell--head .cell__text {
      flex: 1 1 auto;
      min-width: 0;
    }
    .cell--number {
      text-align: end !important;
      font-variant-numeric: tabular-nums;
    }
    .cell--head.cell--number {
      flex-direction: row-reverse;
    }
    .cell--head.cell--number .cell__text {
      text-align: end;
    }
    .sort-mark {
      flex: 0 0 auto;
      font-size: 0.75em;
    }
    .cell:focus {
      outline: none;
    }
    .cell:focus-visible,
    .cell:focus {
      background: var(--bdw-data-table-active, ${token('color-highlight')});
      box-shadow: inset 0 0 0 2px ${token('color-focus')};
    }
    .pending {
      color: ${token('color-text-muted')};
    }
    @media (forced-colors: active) {
      .scroll,
      .head {
        border-color: CanvasText;
      }
      .cell {
        border-color: CanvasText;
      }
      .cell:focus {
        outline: 2px solid Highlight;
        outline-offset: -2px;
        box-shadow: none;
      }
      .download:disabled {
        color: GrayText;
        border-color: GrayText;
      }
    }
  `,
];
