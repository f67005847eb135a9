import { formatNumber, type FacetField, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { facetTitle, t } from '../messages.js';
import { onFacetKeydown } from './facet-keys.js';

export interface FacetsView {
  lang: Lang;
  selected: Record<string, string[]>;
  expanded: ReadonlySet<string>;
  filterText: Record<string, string>;
  /**
   * The facet search's matches of a field (server-side; its module loads with the first keystroke), drawn with the
   * facet's own `item` checkboxes into the list `id`; `undefined` until then.
   */
  searchResults: (
    field: string,
    id: string,
    item: (item: FacetItemView) => TemplateResult,
  ) => TemplateResult | undefined;
  /** The display name of a value (chosen values no facet lists keep their name). */
  label: (field: string, value: string) => string;
  onToggle: (field: string, value: string) => void;
  onExpand: (field: string) => void;
  onFilterText: (field: string, text: string) => void;
}

/** One value as a facet draws it. */
export interface FacetItemView {
  name: string;
  label: string;
  count: number;
}

/** Items shown before "show more"; lists longer than FACET_SEARCH_FROM get a search box. */
const VISIBLE = 6;
const FACET_SEARCH_FROM = 10;

function renderItem(item: FacetItemView, field: string, chosen: readonly string[], view: FacetsView): TemplateResult {
  return html`<li>
    <label class="facet__item">
      <input type="checkbox" .checked=${chosen.includes(item.name)} @change=${() => view.onToggle(field, item.name)} />
      <span class="facet__label">${item.label}</span>
      <span class="facet__count">${formatNumber(item.count, view.lang)}</span>
    </label>
  </li>`;
}

function facetGroup(facet: FacetField, view: FacetsView, index: number): TemplateResult | typeof nothing {
  const { lang, selected } = view;
  const chosen = selected[facet.field] ?? [];
  // Selected values come first and stay visible (and can be unticked), even when they have no results now.
  const all: FacetItemView[] = [
    ...facet.items.map((i) => ({ name: i.name, label: i.displayName, count: i.count })),
    ...chosen
      .filter((value) => !facet.items.some((i) => i.name === value))
      .map((value) => ({ name: value, label: view.label(facet.field, value), count: 0 })),
  ];
  const items = [...all.filter((i) => chosen.includes(i.name)), ...all.filter((i) => !chosen.includes(i.name))];
  if (items.length === 0) return nothing;
  const text = view.filterText[facet.field] ?? '';
  const id = `facet-${index}`;
  const search = text.trim()
    ? view.searchResults(facet.field, id, (item) => renderItem(item, facet.field, chosen, view))
    : undefined;
  // Until the facet search answers (its code loads with the first keystroke), the values on screen are filtered.
  const filter = text.trim().normalize('NFKC').toLowerCase();
  const matching = filter ? items.filter((i) => i.label.normalize('NFKC').toLowerCase().includes(filter)) : items;
  const expanded = view.expanded.has(facet.field) || filter !== '';
  const shown = expanded ? matching : matching.slice(0, VISIBLE);
  const title = facetTitle(lang, facet.field);
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
        ? search
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
 * The active filters as buttons showing display names; a click, Delete or Backspace removes one, "clear all" all
 * (`viaKeyboard` so that focus can move to the next chip, or the search box, instead of being lost).
 */
export function renderChips(
  lang: Lang,
  chips: Chip[],
  onRemove: (chip: Chip, index: number, viaKeyboard: boolean) => void,
  onClear: (viaKeyboard: boolean) => void,
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
    <button type="button" class="chip chip--clear" @click=${(e: MouseEvent) => onClear(e.detail === 0)}>
      ${t(lang, 'clearAll')}
    </button>
  </div>`;
}
