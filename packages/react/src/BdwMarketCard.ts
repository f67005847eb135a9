import '@bdw/market-card/bdw-market-card.js';
import { BdwMarketCard as BdwMarketCardElement, type MarketRequestDetail } from '@bdw/market-card';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-market-card>` for React, with `onBdwMarketRequest`. */
export const BdwMarketCard = createComponent({
  react: React,
  tagName: 'bdw-market-card',
  elementClass: BdwMarketCardElement,
  displayName: 'BdwMarketCard',
  events: {
    onBdwMarketRequest: bdwEventName<CustomEvent<MarketRequestDetail>>('bdw-market-request'),
  },
});
