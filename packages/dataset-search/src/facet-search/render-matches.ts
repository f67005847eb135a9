import { describeError, formatNumber, type Lang } from '@bdw/core';
import { html, type TemplateResult } from 'lit';
import type { FacetItemView } from '../render/facets.js';
import type { FacetSearchStatus } from './FacetSearchController.js';

/** The facet search's words in the widget's language: the element's messages, so that this module carries none. */
export interface FacetSearchWords {
  lang: Lang;
  searching: string;
  found: (count: string) => string;
  none: string;
  /** The failure's first sentence, naming the facet. */
  failed: (field: string) => string;
  retry: string;
}

/**
 * The matches of a facet search, in the facet's own checkboxes (`item`) inside the list `id`, with a polite count
 * ("12개 찾음"), or a readable error in the widget's language with a retry. The previous matches stay while the
 * next answer loads.
 */
export function renderMatches(
  status: FacetSearchStatus,
  field: string,
  id: string,
  words: FacetSearchWords,
  item: (item: FacetItemView) => TemplateResult,
  onRetry: () => void,
): TemplateResult {
  const { lang } = words;
  if (status.kind === 'error') {
    return html`<div class="facet__error" part="facet-error" role="alert" id=${id}>
      <p>${words.failed(field)} ${describeError(status.error, lang)}</p>
      <button type="button" class="facet__more" @click=${onRetry}>${words.retry}</button>
    </div>`;
  }
  const matches = status.kind === 'done' ? status.matches : (status.previous ?? []);
  const message =
    status.kind === 'loading'
      ? words.searching
      : matches.length
        ? words.found(formatNumber(matches.length, lang))
        : words.none;
  return html`<ul class="facet__items" id=${id} aria-busy=${status.kind === 'loading' ? 'true' : 'false'}>
      ${matches.map(item)}
    </ul>
    <p class="facet__none" role="status">${message}</p>`;
}
