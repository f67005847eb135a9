import { defineElement } from './define.js';
import { BdwCatalog } from './BdwCatalog.js';

defineElement('bdw-catalog', BdwCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-catalog': BdwCatalog;
  }
}
