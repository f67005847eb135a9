import { defineElement } from '@bdw/core';
import { BdwDataMap } from './BdwDataMap.js';

defineElement('bdw-data-map', BdwDataMap);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-data-map': BdwDataMap;
  }
}
