import { displayText, type Meeting } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { placeText } from '../format.js';
import { msg } from '../messages.js';
import { resolveSchedule } from '../schedule.js';
import { splitMeetings } from '../source.js';
import { liveStatus } from '../status.js';
import { renderAgenda } from './agenda.js';
import type { ViewContext } from './context.js';
import { heading } from './heading.js';
import { renderWhen } from './meeting.js';

export type ListPeriod = 'all' | 'upcoming' | 'past';

function renderItem(meeting: Meeting, ctx: ViewContext, domId: string): TemplateResult {
  const { lang } = ctx;
  const schedule = resolveSchedule(meeting);
  const live = liveStatus(meeting, ctx.now);
  const expanded = ctx.expanded.has(meeting.id);
  const name = displayText(meeting.name) || msg(lang, 'untitled');
  const flagged = meeting.status === 'cancelled' || meeting.status === 'postponed' || meeting.status === 'tentative';
  const struck = meeting.status === 'cancelled' || meeting.status === 'postponed';
  const place = placeText(meeting.location, lang);
  return html`<li class="item item--${meeting.status}" part="list-item" data-status=${meeting.status}>
    ${heading(ctx.headingLevel + 1, 'item__title', 'item-title', html`<bdi>${name}</bdi>`)}
    <p class="item__badges">
      ${
        flagged
          ? html`<strong class="badge badge--${meeting.status}" part="status"
              >${msg(lang, `status.${meeting.status}`)}</strong
            >`
          : nothing
      }
      ${
        live.phase === 'in-progress'
          ? html`<strong class="badge badge--in-progress" part="live-badge">${msg(lang, 'live.in-progress')}</strong>`
          : nothing
      }
      <span class=${struck ? 'when when--struck' : 'when'}>${renderWhen(meeting, schedule, lang)}</span>
      ${place ? html`<bdi class="item__place">${place}</bdi>` : nothing}
    </p>
    <div class="item__actions">
      <button
        type="button"
        class="button button--secondary"
        part="toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${domId}
        aria-label=${msg(lang, 'list.agendaOf', { name })}
        @click=${() => ctx.toggle(meeting.id)}
      >
        ${msg(lang, 'list.showAgenda')}
      </button>
      ${
        schedule.start !== null
          ? html`<button
              type="button"
              class="button button--secondary"
              part="add-to-calendar"
              aria-label=${msg(lang, 'action.addToCalendarOf', { name })}
              @click=${() => ctx.download([meeting], 'meeting')}
            >
              ${msg(lang, 'action.addToCalendar')}
            </button>`
          : nothing
      }
    </div>
    <div id=${domId} class="item__agenda" ?hidden=${!expanded}>
      ${
        expanded
          ? schedule.items.length
            ? renderAgenda(meeting, schedule, live, lang)
            : html`<p>${msg(lang, 'list.noAgenda')}</p>`
          : nothing
      }
    </div>
  </li>`;
}

function renderSection(key: 'upcoming' | 'past', meetings: Meeting[], ctx: ViewContext): TemplateResult {
  const { lang } = ctx;
  return html`<section class="list__section list__section--${key}" part="list-section">
    ${heading(ctx.headingLevel, 'section-title', 'section-title', msg(lang, `list.${key}`))}
    ${
      meetings.length
        ? html`<ul class="items">
            ${meetings.map((m, i) => renderItem(m, ctx, `agenda-${key}-${i}`))}
          </ul>`
        : html`<p class="list__none">${msg(lang, key === 'upcoming' ? 'list.noneUpcoming' : 'list.nonePast')}</p>`
    }
  </section>`;
}

/** Upcoming meetings (soonest first) and past meetings (latest first), with calendar export of the series. */
export function renderList(meetings: Meeting[], period: ListPeriod, ctx: ViewContext): TemplateResult {
  const { upcoming, past } = splitMeetings(meetings, ctx.now);
  const exportable = meetings.filter((m) => resolveSchedule(m).start !== null);
  return html`<div class="list" part="list">
    ${period !== 'past' ? renderSection('upcoming', upcoming, ctx) : nothing}
    ${period !== 'upcoming' ? renderSection('past', past, ctx) : nothing}
    ${
      exportable.length
        ? html`<div class="actions">
            <button type="button" class="button" part="add-series" @click=${() => ctx.download(exportable, 'series')}>
              ${msg(ctx.lang, 'action.addSeries')} (.ics)
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
