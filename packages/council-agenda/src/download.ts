import { downloadText as save } from '@bdw/core';

/** Saves an iCalendar text as a file (core's `downloadText`; nothing happens on a server). */
export function downloadText(filename: string, text: string, type = 'text/calendar;charset=utf-8'): void {
  save(filename, text, type);
}
