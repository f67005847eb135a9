/**
 * Events of `<bdw-council-agenda>`: kebab-case `bdw-*`, bubbling and composed, with a typed
 * `detail`, fired only on a user's action (never on load or on a clock tick).
 */

export interface CalendarDownloadDetail {
  /** One meeting, or every meeting in the list. */
  scope: 'meeting' | 'series';
  meetingIds: string[];
  filename: string;
  /** The iCalendar text about to be downloaded. */
  ics: string;
}

export interface AgendaToggleDetail {
  meetingId: string;
  expanded: boolean;
}

export type CalendarDownloadEvent = CustomEvent<CalendarDownloadDetail>;
export type AgendaToggleEvent = CustomEvent<AgendaToggleDetail>;

declare global {
  interface HTMLElementEventMap {
    'bdw-calendar-download': CalendarDownloadEvent;
    'bdw-agenda-toggle': AgendaToggleEvent;
  }
}

/** `cancelable`: a page may call `preventDefault()` to handle the file itself. */
export function calendarDownloadEvent(detail: CalendarDownloadDetail): CalendarDownloadEvent {
  return new CustomEvent('bdw-calendar-download', { detail, bubbles: true, composed: true, cancelable: true });
}

export function agendaToggleEvent(detail: AgendaToggleDetail): AgendaToggleEvent {
  return new CustomEvent('bdw-agenda-toggle', { detail, bubbles: true, composed: true });
}
