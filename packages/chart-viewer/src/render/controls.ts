import type { Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { parseFilters } from '../filter.js';
import { t } from '../engine-messages.js';
import { chosenAxes, type ChartSettings } from '../spec.js';
import {
  AGGREGATIONS,
  CHART_TYPES,
  SORT_ORDERS,
  type Aggregation,
  type ChartType,
  type Column,
  type SortOrder,
} from '../types.js';

/** What the settings panel reads and changes: the element's own public settings. */
export interface SettingsHost extends ChartSettings {
  stacked: boolean;
  horizontal: boolean;
  readonly columns: Column[];
}

interface Option {
  value: string;
  text: string;
}

const targetValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function select(label: string, value: string, options: readonly Option[], onChange: (value: string) => void) {
  return html`<label class="field">
    <span>${label}</span>
    <select @change=${(e: Event) => onChange(targetValue(e))}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.text}</option>`)}
    </select>
  </label>`;
}

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<label class="field field--check">
    <input
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${label}</span>
  </label>`;
}

/** The chart settings panel: type, x, y, series, aggregation, sort, top-N, stacking, direction and row filter. */
export function renderControls(host: SettingsHost, lang: Lang) {
  const { x = '', y = '' } = chosenAxes(host, host.columns);
  const columns = host.columns.map((c) => ({ value: c.name, text: c.name }));
  const none = { value: '', text: t(lang, 'none') };
  const invalid = parseFilters(host.filter).invalid;
  return html`<fieldset class="controls" part="controls">
    <legend>${t(lang, 'controls')}</legend>
    ${select(
      t(lang, 'type'),
      host.type,
      CHART_TYPES.map((v) => ({ value: v, text: t(lang, `type.${v}`) })),
      (v) => (host.type = v as ChartType),
    )}
    ${select(t(lang, 'x'), x, columns, (v) => (host.x = v))}
    ${select(t(lang, 'y'), y, [none, ...columns], (v) => (host.y = v))}
    ${select(t(lang, 'series'), host.series ?? '', [none, ...columns], (v) => (host.series = v))}
    ${select(
      t(lang, 'agg'),
      host.agg,
      AGGREGATIONS.map((v) => ({ value: v, text: t(lang, `agg.${v}`) })),
      (v) => (host.agg = v as Aggregation),
    )}
    ${select(
      t(lang, 'sort'),
      host.sort,
      SORT_ORDERS.map((v) => ({ value: v, text: t(lang, `sort.${v}`) })),
      (v) => (host.sort = v as SortOrder),
    )}
    <label class="field">
      <span>${t(lang, 'top')}</span>
      <input
        type="number"
        min="0"
        step="1"
        .value=${String(host.top)}
        @change=${(e: Event) => (host.top = Math.max(0, Number(targetValue(e)) || 0))}
      />
    </label>
    ${checkbox(t(lang, 'stacked'), host.stacked, (v) => (host.stacked = v))}
    ${checkbox(t(lang, 'horizontal'), host.horizontal, (v) => (host.horizontal = v))}
    <label class="field field--wide">
      <span>${t(lang, 'filter')}</span>
      <input type="text" .value=${host.filter} @change=${(e: Event) => (host.filter = targetValue(e))} />
    </label>
    ${
      invalid.length
        ? html`<p class="hint" role="alert">${t(lang, 'filterInvalid', { clauses: invalid.join('; ') })}</p>`
        : nothing
    }
  </fieldset>`;
}
