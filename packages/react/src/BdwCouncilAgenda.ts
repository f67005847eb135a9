import '@bdw/council-agenda/bdw-council-agenda.js';
import {
  BdwCouncilAgenda as BdwCouncilAgendaElement,
  type AgendaToggleDetail,
  type CalendarDownloadDetail,
} from '@bdw/council-agenda';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { bdwEventName } from './events.js';

/** `<bdw-council-agenda>` for React, with `onBdwCalendarDownload` and `onBdwAgendaToggle`. */
export const BdwCouncilAgenda = createComponent({
  react: React,
  tagName: 'bdw-council-agenda',
  elementClass: BdwCouncilAgendaElement,
  displayName: 'BdwCouncilAgenda',
  events: {
    onBdwCalendarDownload: bdwEventName<CustomEvent<CalendarDownloadDetail>>('bdw-calendar-download'),
    onBdwAgendaToggle: bdwEventName<CustomEvent<AgendaToggleDetail>>('bdw-agenda-toggle'),
  },
});
