import { defineElement } from '@bdw/core';
import { BdwDataMap } from './BdwDataMap.js';

defineElement('bdw-data-map', BdwDataMap);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { BdwFeatureSelectDetail, BdwLayerChangeDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-data-map': BdwDataMap;
  }
}
