import {
  CatalogController,
  LocaleController,
  coreMessage,
  normalizeMeeting,
  renderEmpty,
  renderError,
  renderLoading,
  setJsonLdText,
  type Meeting,
} from '@bdw/core';
import { Task } from '@lit/task';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClockController } from './ClockController.js';
import { councilAgendaStyles } from './council-agenda.styles.js';
import { agendaToggleEvent, calendarDownloadEvent } from './events.js';
import { msg } from './messages.js';
import type { ViewContext } from './render/context.js';
import { renderList, type ListPeriod } from './render/list.js';
import { renderMeeting } from './render/meeting.js';
import { expandSrc, fetchMeetings, pickMeeting, type ParsedMeetings } from './source.js';

/** Which view to show: by the data's shape (`auto`), one meeting, or the upcoming/past list. */
export type AgendaMode = 'auto' | 'meeting' | 'list';

const JSONLD_MARK = 'data-bdw-council-agenda';

/**
 * Council meetings and their agendas: one meeting with live status (upcoming, in progress
 * with the current item, ended) or a list of upcoming and past meetings, with calendar
 * (.ics) export and optional schema.org Event markup. Times are always shown and
 * computed in the meeting's zone (Asia/Seoul), whatever the viewer's.
 *
 * Data comes from the `meetings`/`meeting` property, else a JSON URL (`src`), else the
 * catalogue API (`bdw_meeting_show` with `meeting-id`, `bdw_meeting_list` without).
 *
 * @tagname bdw-council-agenda
 * @summary Council meetings and agendas with live status, calendar export and Event markup.
 *
 * @csspart meeting - One meeting (`<article>`), with `data-status`.
 * @csspart banner - The cancelled / postponed / tentative notice (text, not colour only).
 * @csspart title - The meeting's name.
 * @csspart facts - The date, place, attendance, organiser and participants list.
 * @csspart stream - The link to join an online or hybrid meeting.
 * @csspart purpose - The meeting's purposes.
 * @csspart live - The live status panel.
 * @csspart live-badge - The live phase badge (upcoming, in progress, ended…).
 * @csspart live-next - The next agenda item.
 * @csspart progress - The current item's progress bar.
 * @csspart agenda - The agenda table.
 * @csspart agenda-row - A row of the agenda; the running one also has `agenda-row-current`.
 * @csspart agenda-row-current - The agenda row running now.
 * @csspart documents - The documents of an agenda item.
 * @csspart add-to-calendar - The "add to calendar" button of a meeting.
 * @csspart add-series - The "add all meetings to calendar" button of the list.
 * @csspart list - The list of meetings.
 * @csspart list-section - The upcoming or past section of the list.
 * @csspart list-item - One meeting in the list.
 * @csspart item-title - A meeting's name in the list.
 * @csspart status - A meeting's status badge in the list.
 * @csspart toggle - The button that shows a listed meeting's agenda.
 * @csspart section-title - Section headings.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--bdw-council-agenda-accent=var(--bdw-color-primary)] - Live panel edge and badges.
 * @cssprop [--bdw-council-agenda-cancelled-color=var(--bdw-color-danger)] - Border and badge of cancelled meetings.
 * @cssprop [--bdw-council-agenda-current-background=var(--bdw-color-highlight)] - Background of the running agenda row.
 * @cssprop [--bdw-council-agenda-time-width=8.5em] - Width of the agenda's time column.
 *
 * @fires {CustomEvent<CalendarDownloadDetail>} bdw-calendar-download - The user asked for a calendar file; cancelable (`preventDefault()` stops the download).
 * @fires {CustomEvent<AgendaToggleDetail>} bdw-agenda-toggle - The user showed or hid a listed meeting's agenda.
 */
export class BdwCouncilAgenda extends LitElement {
  static override styles = councilAgendaStyles;

  /** Address of the catalogue API; else the nearest `<bdw-catalog>`'s. */
  @property() api: string | undefined = undefined;

  /** With `api` (or `src`): show this meeting (`bdw_meeting_show`) instead of the list. */
  @property({ attribute: 'meeting-id' }) meetingId = '';

  /** A JSON URL with a meeting or a list of meetings; `{lang}` is replaced by `ko` or `en`. */
  @property() src = '';

  /** One meeting to show (wins over `src` and `api`). */
  @property({ attribute: false }) meeting: Meeting | undefined = undefined;

  /** Meetings to show (wins over `src` and `api`). */
  @property({ attribute: false }) meetings: Meeting[] | undefined = undefined;

  /** `auto` (one meeting for `meeting`/`meeting-id`/a single-meeting `src`, else the list), `meeting`, or `list`. */
  @property() mode: AgendaMode = 'auto';

  /** List mode: `all`, `upcoming` or `past` meetings. */
  @property() period: ListPeriod = 'all';

  /** A fixed "now" (ISO 8601, epoch ms or Date) for the live status; stops the timer. For tests, stories, print. */
  @property() now: string | number | Date | undefined = undefined;

  /** A clock to read instead of `Date.now()`. */
  @property({ attribute: false }) clock: (() => Date | number) | undefined = undefined;

  /** Milliseconds between live status refreshes. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 30_000;

  /** Adds schema.org Event JSON-LD (`<script type="application/ld+json">`) to the light DOM. */
  @property({ type: Boolean }) jsonld = false;

  /** Level of the widget's top headings (2 → `<h2>`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Most meetings to ask `bdw_meeting_list` for. */
  @property({ type: Number }) rows = 50;

  /** `light` (default), `dark` or `auto`. */
  @property({ reflect: true }) theme: string | undefined = undefined;

  @state() private expanded: ReadonlySet<string> = new Set();

  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);
  /** The live status clock (exposed for tests: `running`, `read()`). */
  readonly clockController = new ClockController(this);
  private given: ParsedMeetings | null = null;
  private shown: Meeting[] = [];
  private jsonLdRun = 0;

  private readonly loader = new Task(this, {
    task: async ([client, meetingId, src, lang, hasGiven, rows], { signal }): Promise<ParsedMeetings | null> => {
      if (hasGiven) return null;
      if (src) return fetchMeetings(expandSrc(src, lang), { signal });
      if (!client) return null;
      if (meetingId) return { meetings: [await client.meetingShow(meetingId, { lang, signal })], single: true };
      return { meetings: await client.meetingList({ sort: 'start asc', rows, lang }, { signal }), single: false };
    },
    args: () =>
      [this.catalog.client, this.meetingId, this.src, this.locale.lang, this.given !== null, this.rows] as const,
  });

  /** Loads the data again (what the error state's retry button does). */
  reload(): Promise<void> {
    return this.loader.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('meeting') || changed.has('meetings')) {
      // Property data is untrusted all the same: normalise it like an API answer.
      this.given = this.meeting
        ? { meetings: [normalizeMeeting(this.meeting)], single: true }
        : Array.isArray(this.meetings)
          ? { meetings: this.meetings.map(normalizeMeeting), single: false }
          : null;
    }
  }

  protected override render() {
    const lang = this.locale.lang;
    this.shown = [];
    if (this.given) return this.renderData(this.given);
    return this.loader.render({
      initial: () => renderLoading(lang),
      pending: () => renderLoading(lang),
      error: (error) => renderError(error, lang, () => void this.reload()),
      complete: (data) => (data ? this.renderData(data) : renderEmpty(lang, coreMessage(lang, 'catalog.noApi'))),
    });
  }

  protected override updated(): void {
    this.syncJsonLd();
  }

  private renderData(data: ParsedMeetings) {
    const lang = this.locale.lang;
    const now = this.clockController.read();
    const ctx: ViewContext = {
      lang,
      now,
      headingLevel: this.headingLevel,
      expanded: this.expanded,
      download: this.download,
      toggle: this.toggle,
    };
    if (data.meetings.length === 0) return renderEmpty(lang, msg(lang, 'empty'));
    const single = this.mode === 'meeting' || (this.mode === 'auto' && (data.single || this.meetingId !== ''));
    if (single) {
      const meeting = data.single ? data.meetings[0]! : pickMeeting(data.meetings, now, this.meetingId || null);
      if (!meeting) return renderEmpty(lang, msg(lang, 'empty'));
      this.shown = [meeting];
      return renderMeeting(meeting, ctx);
    }
    this.shown = data.meetings;
    return renderList(data.meetings, this.period, ctx);
  }

  private readonly download = (meetings: Meeting[], scope: 'meeting' | 'series') => {
    const options = { now: this.clockController.read(), lang: this.locale.lang };
    // The calendar writer is fetched on the first click: most visitors never export.
    void import('./calendar-download.js').then(({ downloadText, icsFilename, meetingToIcs, seriesToIcs }) => {
      const ics = scope === 'series' ? seriesToIcs(meetings, options) : meetingToIcs(meetings[0]!, options);
      const filename = scope === 'series' ? 'council-meetings.ics' : icsFilename(meetings[0]!.id);
      const event = calendarDownloadEvent({ scope, meetingIds: meetings.map((m) => m.id), filename, ics });
      if (this.dispatchEvent(event)) downloadText(filename, ics);
    });
  };

  private readonly toggle = (meetingId: string) => {
    const expanded = new Set(this.expanded);
    const open = !expanded.has(meetingId);
    if (open) expanded.add(meetingId);
    else expanded.delete(meetingId);
    this.expanded = expanded;
    this.dispatchEvent(agendaToggleEvent({ meetingId, expanded: open }));
  };

  /**
   * Keeps one light-DOM JSON-LD script in step with the meetings shown (text only, never HTML). The Event writer is
   * loaded only when asked for (`jsonld`); a newer update wins over an older one still waiting for it.
   */
  private syncJsonLd(): void {
    const run = ++this.jsonLdRun;
    const shown = this.shown;
    const lang = this.locale.lang;
    if (!this.jsonld || shown.length === 0) {
      this.querySelector(`script[${JSONLD_MARK}]`)?.remove();
      return;
    }
    void import('./jsonld.js').then(({ meetingsJsonLd, serializeJsonLd }) => {
      if (run !== this.jsonLdRun) return;
      let script = this.querySelector<HTMLScriptElement>(`script[${JSONLD_MARK}]`);
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute(JSONLD_MARK, '');
        this.append(script);
      }
      setJsonLdText(script, serializeJsonLd(meetingsJsonLd(shown, lang)));
    });
  }
}
