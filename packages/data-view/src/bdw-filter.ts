import { defineElement } from '@bdw/core';
import { BdwFilter } from './BdwFilter.js';

defineElement('bdw-filter', BdwFilter);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-filter': BdwFilter;
  }
}
