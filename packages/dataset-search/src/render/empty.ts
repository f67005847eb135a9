import { formatNumber, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../messages.js';
import type { Similar } from '../SearchController.js';
import type { SearchState } from '../search-state.js';

/** Nothing found: say so, and offer what can help (clear the filters, similar searches that find something). */
export function renderEmptyState(
  lang: Lang,
  state: SearchState,
  similar: readonly Similar[],
  actions: { onClearFilters: () => void; onTry: (q: string) => void },
): TemplateResult {
  const hasFilters = Object.keys(state.filters).length > 0;
  return html`<div class="state empty" part="empty" role="status">
    <p class="state__message">${state.q ? t(lang, 'empty', { q: state.q }) : t(lang, 'emptyNoQuery')}</p>
    ${
      hasFilters
        ? html`<button type="button" class="button" @click=${actions.onClearFilters}>
            ${t(lang, 'emptyClearFilters')}
          </button>`
        : nothing
    }
    ${
      similar.length
        ? html`<p class="similar">
            ${t(lang, 'emptyTry')}
            ${similar.map(
              (s) =>
                html`<button type="button" class="link" @click=${() => actions.onTry(s.q)}>
                  ${t(lang, 'emptyTryItem', { q: s.q, count: formatNumber(s.count, lang) })}
                </button>`,
            )}
          </p>`
        : nothing
    }
  </div>`;
}
