import { describeError, formatNumber, type FacetField, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FacetSearchStatus } from '../facet-search/FacetSearchController.js';
import { facetTitle, t } from '../messages.js';
import { onFacetKeydown } from './facet-keys.js';

export interface FacetsView {
  lang: Lang;
  selected: Record<string, string[]>;
  expanded: ReadonlySet<string>;
  filterText: Record<string, string>;
  /** The facet search of a field (server-side), once its text is not empty. */
  search: (field: string) => FacetSearchStatus | undefined;
  /** The display name of a value (chosen values no facet lists keep their name). */
  label: (field: string, value: string) => string;
  onToggle: (field: string, value: string) => void;
  onExpand: (field: string) => void;
  onFilterText: (field: string, text: string) => void;
  onRetry: (field: string) => void;
}

interface Item {
  name: string;
  label: string;
  count: number;
}

/** Items shown before "show more"; lists longer than FACET_SEARCH_FROM get a search box. */
const VISIBLE = 6;
const FACET_SEARCH_FROM = 10;

function renderItem(item: Item, field: string, chosen: readonly string[], view: FacetsView): TemplateResult {
  return html`<li>
    <label class="facet__item">
      <input type="checkbox" .checked=${chosen.includes(item.name)} @change=${() => view.onToggle(field, item.name)} />
      <span class="facet__label">${item.label}</span>
      <span class="facet__count">${formatNumber(item.count, view.lang)}</span>
    </label>
  </li>`;
}

/** The matches of the facet search: the same checkboxes, a polite count, or a readable error with a retry. */
function renderSearchResults(
  status: FacetSearchStatus,
  field: string,
  id: string,
  chosen: readonly string[],
  view: FacetsView,
): TemplateResult {
  const { lang } = view;
  if (status.kind === 'error') {
    return html`<div class="facet__error" part="facet-error" role="alert" id=${id}>
      <p>${t(lang, 'facetSearchError', { facet: facetTitle(lang, field) })} ${describeError(status.error, lang)}</p>
      <button type="button" class="facet__more" @click=${() => view.onRetry(field)}>${t(lang, 'retry')}</button>
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
      ${matches.map((item) => renderItem(item, field, chosen, view))}
    </ul>
    <p class="facet__none" role="status">${message}</p>`;
}

function facetGroup(facet: FacetField, view: FacetsView, index: number): TemplateResult | typeof nothing {
  const { lang, selected } = view;
  const chosen = selected[facet.field] ?? [];
  // Selected values come first and stay visible (and can be unticked), even when they have no results now.
  const all: Item[] = [
    ...facet.items.map((i) => ({ name: i.name, label: i.displayName, count: i.count })),
    ...chosen
      .filter((value) => !facet.items.some((i) => i.name === value))
      .map((value) => ({ name: value, label: view.label(facet.field, value), count: 0 })),
  ];
  const items = [...all.filter((i) => chosen.includes(i.name)), ...all.filter((i) => !chosen.includes(i.name))];
  if (items.length === 0) return nothing;
  const text = view.filterText[facet.field] ?? '';
  const search = text.trim() ? view.search(facet.field) : undefined;
  // Until the facet search answers (its code loads with the first keystroke), the values on screen are filtered.
  const filter = text.trim().normalize('NFKC').toLowerCase();
  const matching = filter ? items.filter((i) => i.label.normalize('NFKC').toLowerCase().includes(filter)) : items;
  const expanded = view.expanded.has(facet.field) || filter !== '';
  const shown = expanded ? matching : matching.slice(0, VISIBLE);
  const title = facetTitle(lang, facet.field);
  const id = `facet-${index}`;
  return html`<fieldset class="facet" part="facet" @keydown=${onFacetKeydown}>
    <legend class="facet__title">${title}</legend>
    ${
      items.length >= FACET_SEARCH_FROM
        ? html`<input
            class="facet__search"
            part="facet-search"
            type="search"
            autocomplete="off"
            aria-label=${t(lang, 'facetSearch', { facet: title })}
            aria-controls=${id}
            placeholder=${t(lang, 'facetSearch', { facet: title })}
            .value=${live(text)}
            @input=${(e: Event) => view.onFilterText(facet.field, (e.target as HTMLInputElement).value)}
          />`
        : nothing
    }
    ${
      search
        ? renderSearchResults(search, facet.field, id, chosen, view)
        : html`<ul class="facet__items" id=${id}>
              ${shown.map((item) => renderItem(item, facet.field, chosen, view))}
            </ul>
            ${shown.length === 0 ? html`<p class="facet__none">${t(lang, 'noFacetMatch')}</p>` : nothing}`
    }
    ${
      !filter && matching.length > VISIBLE
        ? html`<button
            type="button"
            class="facet__more"
            aria-expanded=${expanded}
            aria-controls=${id}
            @click=${() => view.onExpand(facet.field)}
          >
            ${expanded ? t(lang, 'showLess') : t(lang, 'showMore', { count: matching.length - VISIBLE })}
          </button>`
        : nothing
    }
  </fieldset>`;
}

export function renderFacets(fields: readonly string[], facets: Record<string, FacetField>, view: FacetsView) {
  return fields.map((field, i) => {
    const facet = facets[field] ?? { field, title: field, items: [] };
    return facetGroup(facet, view, i);
  });
}

export interface Chip {
  field: string;
  value: string;
  label: string;
}

/**
 * The active filters as buttons showing display names; a click, Delete or Backspace removes one
 * (`viaKeyboard` so that focus can move to the next chip).
 */
export function renderChips(
  lang: Lang,
  chips: Chip[],
  onRemove: (chip: Chip, index: number, viaKeyboard: boolean) => void,
  onClear: () => void,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${t(lang, 'activeFilters')}>
    ${chips.map(
      (chip, index) =>
        html`<button
          type="button"
          class="chip"
          part="chip"
          title=${chip.label === chip.value ? nothing : chip.value}
          aria-label=${t(lang, 'removeFilter', { value: `${facetTitle(lang, chip.field)}: ${chip.label}` })}
          @click=${(e: MouseEvent) => onRemove(chip, index, e.detail === 0)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Delete' && e.key !== 'Backspace') return;
            e.preventDefault();
            onRemove(chip, index, true);
          }}
        >
          <span>${chip.label}</span><span aria-hidden="true">×</span>
        </button>`,
    )}
    <button type="button" class="chip chip--clear" @click=${onClear}>${t(lang, 'clearAll')}</button>
  </div>`;
}
