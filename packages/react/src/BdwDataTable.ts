import '@bdw/data-view/bdw-data-table.js';
import { BdwDataTable as BdwDataTableElement } from '@bdw/data-view';
import { createComponent } from '@lit/react';
import * as React from 'react';

/** `<bdw-data-table>` for React: the rows of the `<BdwView>` around it, or of its own `resource`, `src` or `rows`. */
export const BdwDataTable = createComponent({
  react: React,
  tagName: 'bdw-data-table',
  elementClass: BdwDataTableElement,
  displayName: 'BdwDataTable',
});
