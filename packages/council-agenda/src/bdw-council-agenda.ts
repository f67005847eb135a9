import { defineElement } from '@bdw/core';
import { BdwCouncilAgenda } from './BdwCouncilAgenda.js';

defineElement('bdw-council-agenda', BdwCouncilAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'bdw-council-agenda': BdwCouncilAgenda;
  }
}
