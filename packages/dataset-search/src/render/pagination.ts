import type { Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../messages.js';
import { pageItems } from '../pagination.js';

export function renderPagination(
  lang: Lang,
  current: number,
  last: number,
  onPage: (page: number) => void,
): TemplateResult | typeof nothing {
  if (last <= 1) return nothing;
  return html`<nav class="pagination" part="pagination" aria-label=${t(lang, 'pagination')}>
    <button type="button" class="page" ?disabled=${current <= 1} @click=${() => onPage(current - 1)}>
      ${t(lang, 'previous')}
    </button>
    <ul>
      ${pageItems(current, last).map((item) =>
        'gap' in item
          ? html`<li class="page-gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="page"
                aria-current=${item.current ? 'page' : 'false'}
                @click=${() => onPage(item.page)}
              >
                ${item.page}
              </button>
            </li>`,
      )}
    </ul>
    <button type="button" class="page" ?disabled=${current >= last} @click=${() => onPage(current + 1)}>
      ${t(lang, 'next')}
    </button>
  </nav>`;
}
