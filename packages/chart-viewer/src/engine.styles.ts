import { token } from '@bdw/core';
import { css } from 'lit';

/**
 * Styles of what is drawn once the engine is there (settings panel, legend, table, column list,
 * note): adopted with the engine, so the element's first paint does not carry them.
 */
export const engineStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-3')};
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
  }
  .controls legend {
    font-weight: 700;
    padding: 0 ${token('space-1')};
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: ${token('font-size-sm')};
  }
  .field--check {
    flex-direction: row;
    align-items: center;
    align-self: flex-end;
    min-height: 2.25rem;
  }
  .field--wide {
    flex: 1 1 16rem;
  }
  select,
  input {
    font: inherit;
    min-height: 2.25rem;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  input[type='checkbox'] {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
  }
  .hint {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
    margin: 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: ${token('font-size-sm')};
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: ${token('space-2')};
  }
  th,
  td {
    padding: ${token('space-1')} ${token('space-2')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th button {
    font: inherit;
    font-weight: 700;
    border: 0;
    background: none;
    color: inherit;
    padding: ${token('space-1')} 0;
    cursor: pointer;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    margin-top: ${token('space-2')};
  }
  .pager span {
    font-size: ${token('font-size-sm')};
  }
  details {
    font-size: ${token('font-size-sm')};
  }
  summary {
    cursor: pointer;
    min-height: 1.5rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-2')};
    margin: 0 0 ${token('space-2')};
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 2.25rem;
    max-width: 100%;
    padding: 0 ${token('space-2')};
    border: 1px solid transparent;
    border-radius: ${token('radius-sm')};
    background: none;
    color: inherit;
    font: inherit;
    font-size: ${token('font-size-sm')};
    text-align: start;
    cursor: pointer;
  }
  .legend button:hover {
    border-color: ${token('color-border')};
  }
  .legend button[aria-pressed='false'] {
    color: ${token('color-text-muted')};
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .legend svg {
    flex: none;
    width: 1.75rem;
    height: 0.875rem;
  }
  .y-columns {
    margin: 0;
    padding: ${token('space-1')} ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
  }
  .y-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-3')};
    max-height: 8.5rem;
    overflow-y: auto;
  }
  .note {
    margin: 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  select {
    max-width: 100%;
  }
  .field {
    min-width: 0;
    max-width: 100%;
  }
  @media (forced-colors: active) {
    .legend button[aria-pressed='false'] svg {
      opacity: 1;
    }
    .legend svg * {
      stroke: CanvasText;
    }
  }
`;
