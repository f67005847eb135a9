import { coreMessage, formatBytes, formatNumber, renderError, type Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { DataError } from '@bdw/core/data';
import type { LoadProgress } from '@bdw/core/data';
import { t } from '../messages.js';

/** "12,000 / 64,000 rows · 1.2 MB / 4 MB": what has arrived so far. */
export function progressText(progress: LoadProgress | null, lang: Lang): string {
  if (!progress) return '';
  const n = (value: number) => formatNumber(value, lang);
  const parts = [
    progress.totalRows
      ? t(lang, 'progressRowsOf', { rows: n(progress.rows), total: n(progress.totalRows) })
      : t(lang, 'progressRows', { rows: n(progress.rows) }),
  ];
  if (progress.bytes) {
    const bytes = formatBytes(progress.bytes, lang);
    parts.push(
      progress.totalBytes
        ? t(lang, 'progressBytesOf', { bytes, total: formatBytes(progress.totalBytes, lang) })
        : t(lang, 'progressBytes', { bytes }),
    );
  }
  return parts.join(' · ');
}

/** The loading state: a determinate bar when the total (rows or bytes) is known. */
export function renderProgress(progress: LoadProgress | null, lang: Lang) {
  const max = progress?.totalRows ?? progress?.totalBytes ?? undefined;
  const value = progress?.totalRows ? progress.rows : progress?.totalBytes ? progress.bytes : undefined;
  const label = coreMessage(lang, 'loading');
  return html`<div class="state" part="loading" role="status" aria-live="polite">
    <p class="state__message">${label}</p>
    ${
      max && value !== undefined
        ? html`<progress part="progress" max=${max} .value=${value} aria-label=${label}></progress>`
        : html`<progress part="progress" aria-label=${label}></progress>`
    }
    <p class="state__message progress-text">${progressText(progress, lang)}</p>
  </div>`;
}

/** A data error as a sentence (with a retry where trying again can help); other errors as core's error state. */
export function renderDataError(error: unknown, lang: Lang, retry: () => void) {
  if (!(error instanceof DataError)) return renderError(error, lang, retry);
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${coreMessage(lang, 'error.title')}</p>
    <p class="state__message">${t(lang, `error.${error.code}`, error.params)}</p>
    ${
      error.retryable
        ? html`<button type="button" class="button" part="retry" @click=${retry}>${coreMessage(lang, 'retry')}</button>`
        : nothing
    }
  </div>`;
}
