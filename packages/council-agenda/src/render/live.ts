import { formatNumber, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { startsInText } from '../format.js';
import { msg } from '../messages.js';
import type { LiveStatus } from '../status.js';

const percent = (value: number) => Math.round(value * 100);

/**
 * The live status panel. The phase and current item sit in a polite live region; the
 * countdown and progress bars do not, so a screen reader hears changes, not every tick.
 */
export function renderLive(live: LiveStatus, lang: Lang): TemplateResult {
  const phase = html`<strong class="badge badge--${live.phase}" part="live-badge"
    >${msg(lang, `live.${live.phase}`)}</strong
  >`;
  let detail: unknown = nothing;
  if (live.phase === 'in-progress') {
    detail = live.current ? msg(lang, 'live.now', { title: live.current.title }) : msg(lang, 'live.between');
  }
  const progress =
    live.phase === 'in-progress'
      ? html`${
          live.itemProgress !== null
            ? html`<div class="meter">
                <label for="item-progress">${msg(lang, 'live.itemProgress')}</label>
                <progress id="item-progress" part="progress" max="100" value=${percent(live.itemProgress)}></progress>
                <span aria-hidden="true">${formatNumber(percent(live.itemProgress), lang)}%</span>
              </div>`
            : nothing
        }
        ${
          live.meetingProgress !== null
            ? html`<div class="meter">
                <label for="meeting-progress">${msg(lang, 'live.meetingProgress')}</label>
                <progress id="meeting-progress" max="100" value=${percent(live.meetingProgress)}></progress>
                <span aria-hidden="true">${formatNumber(percent(live.meetingProgress), lang)}%</span>
              </div>`
            : nothing
        }`
      : nothing;
  const startsIn =
    live.phase === 'upcoming' && live.startsIn !== null
      ? html`<p class="live__when">${msg(lang, 'live.startsIn', { time: startsInText(live.startsIn, lang) })}</p>`
      : nothing;
  const next =
    live.next && (live.phase === 'in-progress' || live.phase === 'upcoming')
      ? html`<p class="live__next" part="live-next">
          ${msg(lang, live.phase === 'upcoming' ? 'live.first' : 'live.next', { title: live.next.title })}
        </p>`
      : nothing;
  return html`<section class="live live--${live.phase}" part="live" aria-label=${msg(lang, 'label.live')}>
    <p class="live__status" role="status">${phase} <span class="live__now">${detail}</span></p>
    ${startsIn} ${progress} ${next}
  </section>`;
}
