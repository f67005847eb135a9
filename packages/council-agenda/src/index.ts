export { BdwCouncilAgenda, type AgendaMode } from './BdwCouncilAgenda.js';
export { ClockController, readInstant, type ClockHost } from './ClockController.js';
export * from './events.js';
export * from './ics.js';
export * from './jsonld.js';
export { messages, msg, type MessageKey } from './messages.js';
export { resolveSchedule, type MeetingSchedule, type ScheduledItem } from './schedule.js';
export { liveStatus, DEFAULT_DURATION_MS, type LivePhase, type LiveStatus } from './status.js';
export {
  expandSrc,
  fetchMeetings,
  meetingsFromJson,
  pickMeeting,
  splitMeetings,
  type ParsedMeetings,
} from './source.js';
export { parseInstant, isoInZone, wallTime } from './time.js';
export type { ListPeriod } from './render/list.js';
