import { SEOUL, displayText, safeUrl, type Lang, type Meeting } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { capacityText, clockTime, meetingDate, participantsText, placeText } from '../format.js';
import { msg } from '../messages.js';
import { resolveSchedule, type MeetingSchedule } from '../schedule.js';
import { liveStatus } from '../status.js';
import { isoInZone, safeZone } from '../time.js';
import { renderAgenda } from './agenda.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { renderLive } from './live.js';

/** `2025년 5월 23일(금) 14:00–16:00` with both ends in `<time datetime>`. */
export function renderWhen(meeting: Meeting, schedule: MeetingSchedule, lang: Lang): TemplateResult {
  const zone = safeZone(meeting.timeZone);
  const { start } = schedule;
  if (start === null) return html`${meeting.start}`;
  const end = meeting.end ? schedule.end : null;
  const sep = lang === 'ko' ? ' ' : ', ';
  const from = html`<time datetime=${isoInZone(start, zone)}
    >${meetingDate(start, lang, zone)}${sep}${clockTime(start, lang, zone)}</time
  >`;
  return end === null
    ? from
    : html`${from}–<time datetime=${isoInZone(end, zone)}>${clockTime(end, lang, zone)}</time>`;
}

/** Text (never colour alone) that says a meeting is cancelled, postponed or tentative. */
export function renderStatusBanner(meeting: Meeting, lang: Lang): TemplateResult | typeof nothing {
  const status = meeting.status;
  if (status !== 'cancelled' && status !== 'postponed' && status !== 'tentative') return nothing;
  return html`<p class="banner banner--${status}" part="banner">
    <strong class="badge badge--${status}">${msg(lang, `status.${status}`)}</strong>
    <span>${msg(lang, `banner.${status}`)}</span>
  </p>`;
}

function renderPlace(meeting: Meeting, lang: Lang): TemplateResult | typeof nothing {
  const location = meeting.location;
  const place = placeText(location, lang);
  const capacity = capacityText(location?.capacity ?? null, lang);
  if (!place && !capacity && !location?.address) return nothing;
  return html`<div class="fact">
    <dt>${msg(lang, 'label.where')}</dt>
    <dd>
      <span class="place"><bdi>${place}</bdi>${capacity ? ` (${capacity})` : ''}</span>
      ${location?.address ? html`<bdi class="address">${location.address}</bdi>` : nothing}
    </dd>
  </div>`;
}

function renderMode(meeting: Meeting, lang: Lang): TemplateResult {
  const stream = meeting.attendanceMode !== 'offline' ? safeUrl(meeting.streamUrl) : null;
  return html`<div class="fact">
    <dt>${msg(lang, 'label.mode')}</dt>
    <dd>
      ${msg(lang, `mode.${meeting.attendanceMode}`)}
      ${
        stream
          ? html`<a class="stream" part="stream" href=${stream} target="_blank" rel="noopener noreferrer"
              >${msg(lang, 'label.stream')}</a
            >`
          : nothing
      }
    </dd>
  </div>`;
}

/**
 * One meeting: status banner, name, facts, live status (left out when the banner already says the
 * meeting is cancelled or postponed), purpose, agenda and the calendar action.
 */
export function renderMeeting(meeting: Meeting, ctx: ViewContext): TemplateResult {
  const { lang, headingLevel } = ctx;
  const schedule = resolveSchedule(meeting);
  const live = liveStatus(meeting, ctx.now);
  const zone = safeZone(meeting.timeZone);
  const participants = participantsText(meeting.expectedParticipants, lang);
  const struck = meeting.status === 'cancelled' || meeting.status === 'postponed';
  return html`<article class="meeting meeting--${meeting.status}" part="meeting" data-status=${meeting.status}>
    <header class="meeting__header">
      ${renderStatusBanner(meeting, lang)}
      ${heading(headingLevel, 'meeting__title', 'title', html`<bdi>${displayText(meeting.name) || msg(lang, 'untitled')}</bdi>`)}
    </header>
    <dl class="facts" part="facts">
      <div class="fact">
        <dt>${msg(lang, 'label.when')}</dt>
        <dd>
          <span class=${struck ? 'when when--struck' : 'when'}>${renderWhen(meeting, schedule, lang)}</span>
          <span class="zone">(${zone === SEOUL ? msg(lang, 'timeZone') : zone})</span>
        </dd>
      </div>
      ${renderPlace(meeting, lang)} ${renderMode(meeting, lang)}
      ${
        meeting.organizer
          ? html`<div class="fact">
              <dt>${msg(lang, 'label.organizer')}</dt>
              <dd>${meeting.organizer}</dd>
            </div>`
          : nothing
      }
      ${
        participants
          ? html`<div class="fact">
              <dt>${msg(lang, 'label.participants')}</dt>
              <dd>${participants}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${live.phase === 'cancelled' || live.phase === 'postponed' ? nothing : renderLive(live, lang)}
    ${
      meeting.purpose.length
        ? html`<section class="purpose" part="purpose">
            ${heading(headingLevel + 1, 'section-title', 'section-title', msg(lang, 'label.purpose'))}
            <ul>
              ${meeting.purpose.map((p) => html`<li>${p}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      schedule.items.length
        ? html`<section class="agenda-section">
            ${heading(headingLevel + 1, 'section-title', 'section-title', msg(lang, 'label.agenda'))}
            ${renderAgenda(meeting, schedule, live, lang)}
          </section>`
        : nothing
    }
    ${
      schedule.start !== null
        ? html`<div class="actions">
            <button
              type="button"
              class="button"
              part="add-to-calendar"
              @click=${() => ctx.download([meeting], 'meeting')}
            >
              ${msg(lang, 'action.addToCalendar')} (.ics)
            </button>
          </div>`
        : nothing
    }
  </article>`;
}
