import { defineElement } from '@bdw/core';
import { BdwMarketList } from './BdwMarketList.js';

defineElement('bdw-market-list', BdwMarketList);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-market-list': BdwMarketList;
  }
}
