import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from './ckan/ApiError.js';
import { coreMessage, describeError, type Lang } from './i18n/messages.js';

/**
 * The loading, empty and error blocks every widget shows, styled by `stateStyles`.
 * Messages are text (never HTML) in the widget's language.
 */

export function renderLoading(lang: Lang, label = coreMessage(lang, 'loading')): TemplateResult {
  return html`<div class="state" part="loading" role="status" aria-live="polite">${label}</div>`;
}

export function renderEmpty(lang: Lang, message = coreMessage(lang, 'empty')): TemplateResult {
  return html`<div class="state" part="empty" role="status">
    <p class="state__message">${message}</p>
  </div>`;
}

/** Offers `retry` only where trying again can help (network, timeout, 5xx, unknown). */
export function renderError(error: unknown, lang: Lang, retry?: () => void): TemplateResult {
  const canRetry = retry && (!(error instanceof ApiError) || error.retryable);
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${coreMessage(lang, 'error.title')}</p>
    <p class="state__message">${describeError(error, lang)}</p>
    ${
      canRetry
        ? html`<button type="button" class="button" part="retry" @click=${retry}>${coreMessage(lang, 'retry')}</button>`
        : nothing
    }
  </div>`;
}
