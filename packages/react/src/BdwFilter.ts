import '@bdw/data-view/bdw-filter.js';
import { BdwFilter as BdwFilterElement } from '@bdw/data-view';
import { createComponent } from '@lit/react';
import * as React from 'react';

/**
 * `<bdw-filter>` for React: one column's values with counts (or a range) in the `<BdwView>` around it; a person's
 * choice reaches the page as the view's `onBdwFilterChange`.
 */
export const BdwFilter = createComponent({
  react: React,
  tagName: 'bdw-filter',
  elementClass: BdwFilterElement,
  displayName: 'BdwFilter',
});
