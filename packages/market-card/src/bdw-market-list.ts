import { defineElement } from '@bdw/core';
import { BdwMarketList } from './BdwMarketList.js';

defineElement('bdw-market-list', BdwMarketList);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { MarketChangeDetail, MarketRequestDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-market-list': BdwMarketList;
  }
}
