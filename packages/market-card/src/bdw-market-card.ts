import { defineElement } from '@bdw/core';
import { BdwMarketCard } from './BdwMarketCard.js';

defineElement('bdw-market-card', BdwMarketCard);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { MarketRequestDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-market-card': BdwMarketCard;
  }
}
