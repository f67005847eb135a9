import { defineElement } from './define.js';
import { BdwView } from './view/BdwView.js';

defineElement('bdw-view', BdwView);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-view': BdwView;
  }
}
