import { formatNumber, type Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { t } from '../engine-messages.js';
import type { Loaded } from '@bdw/core/data';

/**
 * The note above a chart drawn from part of its rows (the datastore row cap, or a server that stopped before its
 * total); role=status. Loaded with the engine: only data that has arrived can be truncated.
 */
export function renderTruncation(truncated: Loaded['truncated'], lang: Lang) {
  if (!truncated) return nothing;
  const rows = formatNumber(truncated.rows, lang);
  const total = truncated.total === null ? '' : formatNumber(truncated.total, lang);
  const key =
    truncated.reason === 'short' ? 'truncatedShort' : truncated.total === null ? 'truncatedCapUnknown' : 'truncatedCap';
  return html`<p class="note" part="note truncation" role="status">${t(lang, key, { rows, total })}</p>`;
}
