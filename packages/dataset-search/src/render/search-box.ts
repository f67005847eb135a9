import type { Lang } from '@bdw/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../messages.js';

export interface SearchBoxView {
  lang: Lang;
  draft: string;
  titles: readonly string[];
  active: number;
  /** Every `input`, also while an IME composes (`composing`), and once more when the composition ends. */
  onInput: (text: string, composing: boolean) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onSubmit: () => void;
  onPick: (title: string) => void;
  onBlur: () => void;
}

/** The search form: an ARIA 1.2 combobox (list autocomplete) and a submit button. */
export function renderSearchBox(view: SearchBoxView): TemplateResult {
  const { lang, titles, active } = view;
  const open = titles.length > 0;
  return html`<form
    class="search"
    part="search"
    role="search"
    @submit=${(e: Event) => {
      e.preventDefault();
      view.onSubmit();
    }}
  >
    <div class="combobox">
      <input
        id="q"
        part="input"
        type="search"
        role="combobox"
        aria-label=${t(lang, 'label')}
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && active >= 0 ? `suggestion-${active}` : nothing}
        placeholder=${t(lang, 'placeholder')}
        .value=${live(view.draft)}
        @input=${(e: InputEvent) => view.onInput((e.target as HTMLInputElement).value, e.isComposing)}
        @compositionend=${(e: CompositionEvent) => view.onInput((e.target as HTMLInputElement).value, false)}
        @keydown=${view.onKeydown}
        @blur=${view.onBlur}
      />
      <ul id="suggestions" part="suggestions" role="listbox" aria-label=${t(lang, 'suggestions')} ?hidden=${!open}>
        ${titles.map(
          (title, i) =>
            html`<li
              id="suggestion-${i}"
              role="option"
              aria-selected=${i === active ? 'true' : 'false'}
              class=${i === active ? 'active' : ''}
              @mousedown=${(e: Event) => {
                // Keep focus in the box so the blur handler does not close the list first.
                e.preventDefault();
                view.onPick(title);
              }}
            >
              ${title}
            </li>`,
        )}
      </ul>
    </div>
    <button type="submit" class="button" part="submit">${t(lang, 'submit')}</button>
  </form>`;
}
