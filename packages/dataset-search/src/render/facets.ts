import { formatNumber, type FacetField, type Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { facetTitle, t } from '../messages.js';

export interface FacetsView {
  lang: Lang;
  selected: Record<string, string[]>;
  expanded: ReadonlySet<string>;
  filterText: Record<string, string>;
  onToggle: (field: string, value: string) => void;
  onExpand: (field: string) => void;
  onFilterText: (field: string, text: string) => void;
}

/** Items shown before "show more"; lists longer than FACET_SEARCH_FROM get a search box. */
const VISIBLE = 6;
const FACET_SEARCH_FROM = 10;

function facetGroup(facet: FacetField, view: FacetsView, index: number): TemplateResult | typeof nothing {
  const { lang, selected } = view;
  const chosen = selected[facet.field] ?? [];
  // Selected values stay visible (and can be unticked) even when they have no results now.
  const items = [
    ...facet.items,
    ...chosen
      .filter((value) => !facet.items.some((i) => i.name === value))
      .map((value) => ({ name: value, displayName: value, count: 0 })),
  ];
  if (items.length === 0) return nothing;
  const filter = (view.filterText[facet.field] ?? '').trim().toLowerCase();
  const matching = filter ? items.filter((i) => i.displayName.toLowerCase().includes(filter)) : items;
  const expanded = view.expanded.has(facet.field) || filter !== '';
  const shown = expanded ? matching : matching.slice(0, VISIBLE);
  const title = facetTitle(lang, facet.field);
  const id = `facet-${index}`;
  return html`<fieldset class="facet" part="facet">
    <legend class="facet__title">${title}</legend>
    ${
      items.length >= FACET_SEARCH_FROM
        ? html`<input
            class="facet__search"
            type="search"
            aria-label=${t(lang, 'facetSearch', { facet: title })}
            placeholder=${t(lang, 'facetSearch', { facet: title })}
            .value=${view.filterText[facet.field] ?? ''}
            @input=${(e: Event) => view.onFilterText(facet.field, (e.target as HTMLInputElement).value)}
          />`
        : nothing
    }
    <ul class="facet__items" id=${id}>
      ${shown.map(
        (item) =>
          html`<li>
            <label class="facet__item">
              <input
                type="checkbox"
                .checked=${chosen.includes(item.name)}
                @change=${() => view.onToggle(facet.field, item.name)}
              />
              <span class="facet__label">${item.displayName}</span>
              <span class="facet__count">${formatNumber(item.count, lang)}</span>
            </label>
          </li>`,
      )}
    </ul>
    ${shown.length === 0 ? html`<p class="facet__none">${t(lang, 'noFacetMatch')}</p>` : nothing}
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

export function renderChips(
  lang: Lang,
  chips: { field: string; value: string; label: string }[],
  onRemove: (field: string, value: string) => void,
  onClear: () => void,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${t(lang, 'activeFilters')}>
    ${chips.map(
      (chip) =>
        html`<button
          type="button"
          class="chip"
          part="chip"
          aria-label=${t(lang, 'removeFilter', { value: `${facetTitle(lang, chip.field)}: ${chip.label}` })}
          @click=${() => onRemove(chip.field, chip.value)}
        >
          <span>${chip.label}</span><span aria-hidden="true">×</span>
        </button>`,
    )}
    <button type="button" class="chip chip--clear" @click=${onClear}>${t(lang, 'clearAll')}</button>
  </div>`;
}
