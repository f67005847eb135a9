import { describeError, formatNumber, type Lang } from '@bdw/core';
import { html, type TemplateResult } from 'lit';
import { facetTitle, t } from '../messages.js';
import type { FacetItemView } from '../render/facets.js';
import type { FacetSearchStatus } from './FacetSearchController.js';

/**
 * The matches of a facet search, in the facet's own checkboxes (`item`) inside the list `id`, with a polite count
 * ("12개 찾음"), or a readable error in the widget's language with a retry. The previous matches stay while the
 * next answer loads.
 */
export function renderMatches(
  status: FacetSearchStatus,
  field: string,
  id: string,
  lang: Lang,
  item: (item: FacetItemView) => TemplateResult,
  onRetry: () => void,
): TemplateResult {
  if (status.kind === 'error') {
    return html`<div class="facet__error" part="facet-error" role="alert" id=${id}>
      <p>${t(lang, 'facetSearchError', { facet: facetTitle(lang, field) })} ${describeError(status.error, lang)}</p>
      <button type="button" class="facet__more" @click=${onRetry}>${t(lang, 'retry')}</button>
    </div>`;
  }
  const matches = status.kind === 'done' ? status.matches : (status.previous ?? []);
  const message =
    status.kind === 'loading'
      ? t(lang, 'facetSearching')
      : matches.length
        ? t(lang, 'facetMatches', { count: formatNumber(matches.length, lang) })
        : t(lang, 'noFacetMatch');
  return html`<ul class="facet__items" id=${id} aria-busy=${status.kind === 'loading' ? 'true' : 'false'}>
      ${matches.map(item)}
    </ul>
    <p class="facet__none" role="status">${message}</p>`;
}
