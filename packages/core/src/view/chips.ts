import { html, nothing, type TemplateResult } from 'lit';
import { isRange, type ViewFilters } from '../data/filters.js';
import type { EngineField } from '../data/engine/types.js';
import { translate, type Lang } from '../i18n/messages.js';
import { formatNumber } from '../i18n/format.js';
import { viewMessages } from './messages.js';

type Key = keyof (typeof viewMessages)['ko'];
const t = (lang: Lang, key: Key, params?: Record<string, string | number>) =>
  translate(viewMessages, lang, key, params);

/** One chip: a value kept on a field, or a field's range. */
export interface FilterChip {
  field: string;
  /** The value the chip removes (`null`: the whole range). */
  value: string | null;
  /** What the chip says: `사상구`, `2019~2021`. */
  text: string;
}

/** The active filters as chips, in the order of the view's fields (then any other field). */
export function filterChips(filters: ViewFilters, lang: Lang): FilterChip[] {
  return Object.entries(filters).flatMap(([field, value]): FilterChip[] => {
    if (!isRange(value)) return value.map((v) => ({ field, value: v, text: v === '' ? t(lang, 'blank') : v }));
    const n = (x: number) => formatNumber(x, lang, { useGrouping: Math.abs(x) >= 10000 });
    const { min, max } = value;
    const text =
      min !== null && min !== undefined && max !== null && max !== undefined
        ? t(lang, 'range', { min: n(min), max: n(max) })
        : min !== null && min !== undefined
          ? t(lang, 'from', { min: n(min) })
          : t(lang, 'to', { max: n(max!) });
    return [{ field, value: null, text }];
  });
}

const fieldLabel = (fields: readonly EngineField[], id: string) => fields.find((f) => f.id === id)?.label ?? id;

/**
 * The chips bar: each chip removes its filter (click, Enter, Delete or Backspace); "clear all" removes every filter.
 * A status line says how many filters apply, for screen readers.
 */
export function renderChips(
  lang: Lang,
  chips: readonly FilterChip[],
  fields: readonly EngineField[],
  onRemove: (chip: FilterChip, index: number, viaKeyboard: boolean) => void,
  onClear: (viaKeyboard: boolean) => void,
): TemplateResult {
  const status = html`<span class="visually-hidden" role="status"
    >${chips.length ? t(lang, 'summary', { count: chips.length }) : ''}</span
  >`;
  if (chips.length === 0) return status;
  return html`${status}
    <div class="chips" part="chips" role="group" aria-label=${t(lang, 'activeFilters')}>
      ${chips.map((chip, index) => {
        const label = `${fieldLabel(fields, chip.field)}: ${chip.text}`;
        return html`<button
          type="button"
          class="chip"
          part="chip"
          aria-label=${t(lang, 'removeFilter', { value: label })}
          @click=${(e: MouseEvent) => onRemove(chip, index, e.detail === 0)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Delete' && e.key !== 'Backspace') return;
            e.preventDefault();
            onRemove(chip, index, true);
          }}
        >
          <span class="chip__field">${fieldLabel(fields, chip.field)}</span>
          <bdi>${chip.text}</bdi><span aria-hidden="true">×</span>
        </button>`;
      })}
      ${
        chips.length > 1
          ? html`<button
              type="button"
              class="chip chip--clear"
              part="clear"
              @click=${(e: MouseEvent) => onClear(e.detail === 0)}
            >
              ${t(lang, 'clearAll')}
            </button>`
          : nothing
      }
    </div>`;
}
