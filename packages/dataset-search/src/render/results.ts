import { displayText, formatDate, formatNumber, formatRelativeTime, type Dataset, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { excerpt, highlight, type Segment } from '../highlight.js';
import { t } from '../messages.js';

export interface ResultsView {
  lang: Lang;
  words: string[];
  /** Query the rendered results answer (kept on the list for tests and debugging). */
  query: string;
  href: (dataset: Dataset) => string | null;
  onSelect: (event: Event, dataset: Dataset) => void;
  now: number;
  /** ARIA level of result titles, so they fit the page's outline (default 3). */
  headingLevel: number;
  /** Marks the words in a text; `highlight` by default (the Korean-aware one for initials and jamo). */
  mark?: (text: string, words: readonly string[]) => Segment[];
}

export function marked(segments: Segment[]): (TemplateResult | string)[] {
  return segments.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
}

/** Characters of a description searched for the excerpt around the query's first word (real notes are shorter). */
const NOTES_SCANNED = 20_000;

function resultItem(dataset: Dataset, view: ResultsView): TemplateResult {
  const { lang, words, mark = highlight } = view;
  const href = view.href(dataset);
  // <bdi>: a title with U+202E or other bidi controls cannot reorder the text around it.
  const title = html`<bdi class="result__title-text">${marked(mark(displayText(dataset.title), words))}</bdi>`;
  const formats = [...new Set(dataset.resources.map((r) => r.format).filter(Boolean))];
  const modified = dataset.metadataModified;
  return html`<li class="result" part="result">
    <article>
      <div class="result__title" role="heading" aria-level=${view.headingLevel}>
        ${
          href
            ? html`<a href=${href} @click=${(e: Event) => view.onSelect(e, dataset)}>${title}</a>`
            : html`<button type="button" class="link" @click=${(e: Event) => view.onSelect(e, dataset)}>
                ${title}
              </button>`
        }
      </div>
      <p class="result__meta">
        ${dataset.organization ? html`<bdi class="result__org">${displayText(dataset.organization.title)}</bdi>` : nothing}
        ${
          modified
            ? html`<span
                >${t(lang, 'modified')}
                <time datetime=${modified} title=${formatDate(modified, lang)}
                  >${formatRelativeTime(modified, lang, view.now)}</time
                ></span
              >`
            : nothing
        }
        ${
          dataset.views !== null
            ? html`<span>${t(lang, 'views', { count: formatNumber(dataset.views, lang) })}</span>`
            : nothing
        }
      </p>
      ${
        dataset.notes
          ? html`<p class="result__excerpt">
              ${marked(mark(excerpt(displayText(dataset.notes, NOTES_SCANNED), words), words))}
            </p>`
          : nothing
      }
      ${
        formats.length
          ? html`<ul class="badges" aria-label=${t(lang, 'formats')}>
              ${formats.map((f) => html`<li class="badge" part="badge">${f}</li>`)}
            </ul>`
          : nothing
      }
    </article>
  </li>`;
}

export function renderResults(items: readonly Dataset[], view: ResultsView, busy: boolean): TemplateResult {
  return html`<ol class="results ${busy ? 'results--busy' : ''}" data-query=${view.query} aria-busy=${busy}>
    ${items.map((d) => resultItem(d, view))}
  </ol>`;
}

export function renderSkeleton(lang: Lang): TemplateResult {
  return html`<div class="skeletons" part="loading" role="status" aria-live="polite">
    <span class="visually-hidden">${t(lang, 'loading')}</span>
    ${[1, 2, 3].map(
      () =>
        html`<div class="skeleton-item" aria-hidden="true">
          <div class="skeleton skeleton--title"></div>
          <div class="skeleton skeleton--line"></div>
          <div class="skeleton skeleton--line skeleton--short"></div>
        </div>`,
    )}
  </div>`;
}
