import '@bdw/market-card/bdw-market-list.js';
import {
  BdwMarketList as BdwMarketListElement,
  type MarketChangeDetail,
  type MarketRequestDetail,
} from '@bdw/market-card';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-market-list>` for React, with `onBdwMarketChange` and (from its cards) `onBdwMarketRequest`. */
export const BdwMarketList = createComponent({
  react: React,
  tagName: 'bdw-market-list',
  elementClass: BdwMarketListElement,
  displayName: 'BdwMarketList',
  events: {
    onBdwMarketChange: bdwEventName<CustomEvent<MarketChangeDetail>>('bdw-market-change'),
    onBdwMarketRequest: bdwEventName<CustomEvent<MarketRequestDetail>>('bdw-market-request'),
  },
});
