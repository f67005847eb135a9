import { defineElement } from '@bdw/core';
import { BdwDataTable } from './BdwDataTable.js';

defineElement('bdw-data-table', BdwDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-data-table': BdwDataTable;
  }
}
