import { defineElement } from '@bdw/core';
import { BdwMarketCard } from './BdwMarketCard.js';

defineElement('bdw-market-card', BdwMarketCard);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-market-card': BdwMarketCard;
  }
}
