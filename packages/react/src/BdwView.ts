import '@bdw/core/bdw-view.js';
import { BdwView as BdwViewElement, type FilterChangeDetail } from '@bdw/core';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-view>` for React: one table and one filter state for the widgets inside it, with `onBdwFilterChange`. */
export const BdwView = createComponent({
  react: React,
  tagName: 'bdw-view',
  elementClass: BdwViewElement,
  displayName: 'BdwView',
  events: {
    onBdwFilterChange: bdwEventName<CustomEvent<FilterChangeDetail>>('bdw-filter-change'),
  },
});
