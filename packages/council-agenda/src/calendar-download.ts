/** What the "add to calendar" buttons need, fetched on the first click: the iCalendar writer and the file download. */
export { downloadText } from './download.js';
export { icsFilename, meetingToIcs, seriesToIcs } from './ics.js';
