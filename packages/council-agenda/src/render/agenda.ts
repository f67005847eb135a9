import { displayText, safeUrl, type Lang, type Meeting } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { clockTime } from '../format.js';
import { msg } from '../messages.js';
import type { MeetingSchedule, ScheduledItem } from '../schedule.js';
import type { LiveStatus } from '../status.js';
import { isoInZone, safeZone } from '../time.js';

function timeCell(entry: ScheduledItem, lang: Lang, zone: string): TemplateResult {
  if (entry.start === null) return html``;
  const start = html`<time datetime=${isoInZone(entry.start, zone)}>${clockTime(entry.start, lang, zone)}</time>`;
  if (entry.end === null || entry.openEnd) return html`${start} ~`;
  return html`${start}–<time datetime=${isoInZone(entry.end, zone)}>${clockTime(entry.end, lang, zone)}</time>`;
}

function documents(entry: ScheduledItem): TemplateResult | typeof nothing {
  const docs = entry.item.documents.filter((d) => d.title || d.url);
  if (docs.length === 0) return nothing;
  return html`<ul class="documents" part="documents">
    ${docs.map((doc) => {
      const href = safeUrl(doc.url);
      const label = doc.title || doc.url;
      return html`<li>
        ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer"><bdi>${label}</bdi></a>` : html`<bdi>${label}</bdi>`}
      </li>`;
    })}
  </ul>`;
}

/**
 * The agenda as a table, in order: time (`<time datetime>`), content, who leads it, remarks.
 * Columns nobody filled in are left out; the running item is marked with
 * `aria-current="time"` and a visible "now" label, not by colour alone.
 */
export function renderAgenda(
  meeting: Meeting,
  schedule: MeetingSchedule,
  live: LiveStatus | null,
  lang: Lang,
): TemplateResult {
  const zone = safeZone(meeting.timeZone);
  const items = schedule.items;
  const hasPresenter = items.some((e) => e.item.presenter);
  const hasRemarks = items.some((e) => e.item.remarks);
  const current = live?.currentIndex ?? null;
  return html`<table class="agenda" part="agenda">
    <caption class="visually-hidden">
      ${msg(lang, 'label.agendaCaption', { name: meeting.name || msg(lang, 'untitled') })}
    </caption>
    <thead>
      <tr>
        <th scope="col" class="agenda__time">${msg(lang, 'col.time')}</th>
        <th scope="col">${msg(lang, 'col.title')}</th>
        ${hasPresenter ? html`<th scope="col">${msg(lang, 'col.presenter')}</th>` : nothing}
        ${hasRemarks ? html`<th scope="col">${msg(lang, 'col.remarks')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${items.map((entry) => {
        const isCurrent = entry.index === current;
        const done = live?.phase === 'in-progress' && current !== null && entry.index < current;
        return html`<tr
          class=${isCurrent ? 'agenda__row agenda__row--current' : done ? 'agenda__row agenda__row--done' : 'agenda__row'}
          part=${isCurrent ? 'agenda-row agenda-row-current' : 'agenda-row'}
          aria-current=${isCurrent ? 'time' : 'false'}
        >
          <td class="agenda__time">
            ${timeCell(entry, lang, zone)}
            ${isCurrent ? html`<strong class="now-label">${msg(lang, 'live.currentRow')}</strong>` : nothing}
          </td>
          <th scope="row" class="agenda__title"><bdi>${displayText(entry.item.title)}</bdi>${documents(entry)}</th>
          ${hasPresenter ? html`<td data-label=${msg(lang, 'col.presenter')}>${entry.item.presenter ?? ''}</td>` : nothing}
          ${hasRemarks ? html`<td data-label=${msg(lang, 'col.remarks')}>${entry.item.remarks ?? ''}</td>` : nothing}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
