import '@bdw/core/bdw-catalog.js';
import { BdwCatalog as BdwCatalogElement } from '@bdw/core/BdwCatalog.js';
import { createComponent } from '@lit/react';
import * as React from 'react';

/** `<bdw-catalog>` for React: the API address its descendants use (`api`, `timeout`). */
export const BdwCatalog = createComponent({
  react: React,
  tagName: 'bdw-catalog',
  elementClass: BdwCatalogElement,
  displayName: 'BdwCatalog',
});
