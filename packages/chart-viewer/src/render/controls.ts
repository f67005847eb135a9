import type { Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { parseFilters } from '../filter.js';
import { t } from '../engine-messages.js';
import type { ChartSettings } from '../choose.js';
import type { ColumnRole } from '../profile.js';
import { AGGREGATIONS, CHART_TYPES, SORT_ORDERS, type Column } from '../types.js';

/** What the settings panel reads and changes. */
export interface SettingsHost {
  /** The effective settings (what is charted now). */
  readonly settings: ChartSettings | null;
  readonly columns: Column[];
  /** Column labels to show instead of field names. */
  readonly columnLabels: Readonly<Record<string, string>>;
  /** What each column is for: codes, identifiers and coordinates are not offered as values. */
  readonly columnRoles: Readonly<Record<string, ColumnRole>>;
  stacked: boolean;
  horizontal: boolean;
  /** Applies a change on top of the effective settings (what the reader sees stays, except the change). */
  changeSettings(change: Partial<ChartSettings>): void;
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

/** The value columns as checkboxes: a wide table's columns are compared by ticking them. */
function yColumns(host: SettingsHost, settings: ChartSettings, lang: Lang, label: (name: string) => string) {
  const chosen = new Set(settings.y);
  const notValues = new Set(['id', 'code', 'coordinate', 'phone']);
  const candidates = host.columns.filter(
    (c) =>
      chosen.has(c.name) ||
      ((c.type === 'number' || c.type === 'percent') && !notValues.has(host.columnRoles[c.name] ?? 'measure')),
  );
  const toggle = (name: string, on: boolean) => {
    const y = host.columns.map((c) => c.name).filter((n) => (n === name ? on : chosen.has(n)));
    host.changeSettings({ y, ...(y.length === 0 ? { agg: 'count' as const } : {}) });
  };
  return html`<fieldset class="field field--wide y-columns">
    <legend>${t(lang, 'yColumns')}</legend>
    <div class="y-list">
      ${candidates.map((c) => checkbox(label(c.name), chosen.has(c.name), (on) => toggle(c.name, on)))}
    </div>
  </fieldset>`;
}

/** The chart settings panel: type, x, y, series, aggregation, sort, top-N, stacking, direction and row filter. */
export function renderControls(host: SettingsHost, lang: Lang) {
  const settings = host.settings;
  if (!settings) return nothing;
  const label = (name: string) => host.columnLabels[name] || name;
  const columns = host.columns.map((c) => ({ value: c.name, text: label(c.name) }));
  const none = { value: '', text: t(lang, 'none') };
  const invalid = parseFilters(settings.filter).invalid;
  const change = (key: keyof ChartSettings) => (value: string) => host.changeSettings({ [key]: value || undefined });
  return html`<fieldset class="controls" part="controls">
    <legend>${t(lang, 'controls')}</legend>
    ${select(
      t(lang, 'type'),
      settings.type,
      CHART_TYPES.map((v) => ({ value: v, text: t(lang, `type.${v}`) })),
      change('type'),
    )}
    ${select(t(lang, 'x'), settings.x ?? '', columns, change('x'))}
    ${select(t(lang, 'series'), settings.series ?? '', [none, ...columns], change('series'))}
    ${select(
      t(lang, 'agg'),
      settings.agg,
      AGGREGATIONS.map((v) => ({ value: v, text: t(lang, `agg.${v}`) })),
      change('agg'),
    )}
    ${select(
      t(lang, 'sort'),
      settings.sort,
      SORT_ORDERS.map((v) => ({ value: v, text: t(lang, `sort.${v}`) })),
      change('sort'),
    )}
    <label class="field">
      <span>${t(lang, 'top')}</span>
      <input
        type="number"
        min="0"
        step="1"
        .value=${String(settings.top)}
        @change=${(e: Event) => host.changeSettings({ top: Math.max(0, Number(targetValue(e)) || 0) })}
      />
    </label>
    ${checkbox(t(lang, 'stacked'), host.stacked, (v) => (host.stacked = v))}
    ${checkbox(t(lang, 'horizontal'), host.horizontal, (v) => (host.horizontal = v))}
    ${yColumns(host, settings, lang, label)}
    <label class="field field--wide">
      <span>${t(lang, 'filter')}</span>
      <input
        type="text"
        .value=${settings.filter}
        @change=${(e: Event) => host.changeSettings({ filter: targetValue(e) })}
      />
    </label>
    ${
      invalid.length
        ? html`<p class="hint" role="alert">${t(lang, 'filterInvalid', { clauses: invalid.join('; ') })}</p>`
        : nothing
    }
  </fieldset>`;
}
