import { defineElement } from '@bdw/core';
import { BdwCouncilAgenda } from './BdwCouncilAgenda.js';

defineElement('bdw-council-agenda', BdwCouncilAgenda);

// Re-exported so that importing this module alone also types its `bdw-*` events (`HTMLElementEventMap`).
export type { AgendaToggleDetail, CalendarDownloadDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'bdw-council-agenda': BdwCouncilAgenda;
  }
}
