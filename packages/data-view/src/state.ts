import { coreMessage, type Lang } from '@bdw/core';
import { html, nothing } from 'lit';

/**
 * The empty and error blocks of the table and the filter (styled by core's `stateStyles`), with this package's own
 * sentences: core's `renderError` words API failures only, and these also say what is wrong with a source or column.
 */
export function renderState(kind: 'empty' | 'error', message: string, lang: Lang, retry?: () => void) {
  if (kind === 'empty') {
    return html`<div class="state" part="empty" role="status"><p class="state__message">${message}</p></div>`;
  }
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${coreMessage(lang, 'error.title')}</p>
    <p class="state__message">${message}</p>
    ${
      retry
        ? html`<button type="button" class="button" part="retry" @click=${retry}>${coreMessage(lang, 'retry')}</button>`
        : nothing
    }
  </div>`;
}
