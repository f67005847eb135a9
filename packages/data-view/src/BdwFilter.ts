import { LocaleController, formatNumber, renderLoading, type Lang } from '@bdw/core';
import {
  DataError,
  isRange,
  selectedValues,
  setFilter,
  type DataEngine,
  type EngineField,
  type Facet,
  type Range,
  type ViewFilters,
} from '@bdw/core/data';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldLabel } from './columns.js';
import { facetRows } from './facet-rows.js';
import { filterStyles } from './filter.styles.js';
import { exactNumber } from './format.js';
import { errorText, msg } from './messages.js';
import { renderState } from './state.js';
import { ViewSource } from './view-source.js';

/** `values`: checkboxes with counts (OR within the field); `range`: a minimum and a maximum. */
export type FilterKind = 'values' | 'range';

/** Values asked of the engine at once (the list shows `limit` of them, more on "show more"). */
const FACET_FETCH = 500;
const SEARCH_DELAY = 250;

let ids = 0;

/**
 * One column's values with how many rows have each under the view's other filters (the facet of the rows), as
 * checkboxes: checking values keeps the rows with any of them (OR within the field, AND with the other fields), and
 * every widget of the `<bdw-view>` follows. The counts follow the other filters. Shows the top `limit` values with
 * "show more", and a search box when there are more. With `kind="range"`, a minimum and a maximum for a number or
 * period column, from the column's range under the other filters.
 *
 * @tagname bdw-filter
 * @summary A facet filter of a view: one column's values with counts (multi-select), or a number range.
 *
 * @csspart group - The fieldset.
 * @csspart label - The legend (the filter's label).
 * @csspart search - The search box for values (shown when there are more than `limit`).
 * @csspart values - The list of values.
 * @csspart value - One value (a label with its checkbox, name and count).
 * @csspart count - A value's count.
 * @csspart more - The "show more" / "show fewer" button.
 * @csspart range - The minimum and maximum inputs.
 * @csspart clear - The button that clears a range.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--bdw-filter-max-height=calc(8.5 * 44px)] - Largest height of the list of values (it scrolls beyond): eight
 *   rows whole and half of a ninth.
 * @cssprop [--bdw-filter-bar=var(--bdw-color-accent)] - Colour of the bar behind a value's count.
 */
export class BdwFilter extends LitElement {
  static override styles = filterStyles;

  /** The column to filter (its id). */
  @property() field = '';

  /** `values` (checkboxes with counts) or `range` (numbers and periods). */
  @property() kind: FilterKind = 'values';

  /** The filter's label; the column's label (or id) by default. */
  @property() label = '';

  /** Values listed before "show more". */
  @property({ type: Number }) limit = 8;

  /** Address of the catalogue API (with `resource`); else the nearest `<bdw-catalog>`'s. */
  @property() api: string | undefined = undefined;

  /** A datastore resource of its own instead of the view's table (the filter then filters only itself). */
  @property() resource: string | undefined = undefined;

  /** A file of its own instead of the view's table. */
  @property() src: string | undefined = undefined;

  /** Rows of its own instead of the view's table. */
  @property({ attribute: false }) rows: readonly Record<string, unknown>[] | undefined = undefined;

  /** `light` (default), `dark` or `auto`. */
  @property({ reflect: true }) theme: string | undefined = undefined;

  @state() private facet: Facet | null = null;
  @state() private range: Range | null = null;
  @state() private meta: EngineField | null = null;
  @state() private error: unknown = null;
  @state() private shown = 0;
  @state() private search = '';
  @state() private q = '';

  private readonly locale = new LocaleController(this);
  private readonly source = new ViewSource(this, () => this.locale.lang);
  private readonly uid = `bdw-filter-${++ids}`;
  private asked = '';
  private controller: AbortController | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private focusFrom = -1;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.asked = '';
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') || changed.has('field')) this.shown = Math.max(1, this.limit);
    const view = this.source.view;
    const key = JSON.stringify([view?.revision ?? -1, this.field, this.kind, this.q]);
    if (key === this.asked && view === this.lastView) return;
    this.asked = key;
    this.lastView = view;
    this.controller?.abort();
    const engine = view?.engine;
    if (!engine) return;
    this.controller = new AbortController();
    void this.ask(engine, view.filters, this.controller.signal);
  }

  private lastView: unknown = undefined;

  private async ask(engine: DataEngine, filters: ViewFilters, signal: AbortSignal): Promise<void> {
    try {
      const fields = await engine.fields({ signal });
      const meta = fields.find((f) => f.id === this.field) ?? null;
      if (!meta) throw new DataError('column', { field: this.field });
      if (this.kind === 'range') {
        const range = await engine.range(this.field, filters, { signal });
        if (signal.aborted) return;
        this.range = range;
      } else {
        const facet = await engine.facet({
          field: this.field,
          filters,
          limit: FACET_FETCH,
          signal,
          ...(this.q ? { q: this.q } : {}),
        });
        if (signal.aborted) return;
        this.facet = facet;
      }
      this.meta = meta;
      this.error = null;
    } catch (error) {
      if (signal.aborted) return;
      this.error = error;
    }
  }

  protected override updated(): void {
    if (this.focusFrom < 0) return;
    const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[Math.min(this.focusFrom, boxes.length - 1)]?.focus();
    this.focusFrom = -1;
  }

  override render() {
    const lang = this.locale.lang;
    const view = this.source.view;
    const error = this.source.error ?? this.error ?? (view ? null : new DataError('no-source'));
    const label = this.label || (this.meta ? fieldLabel(this.meta) : this.field);
    const body = error
      ? renderState('error', errorText(error, lang), lang, view?.engine ? () => this.retry() : undefined)
      : !view?.engine || (this.kind === 'range' ? !this.range : !this.facet)
        ? renderLoading(lang, msg(lang, 'filter.loading'))
        : this.kind === 'range'
          ? this.renderRange(lang, view.filters)
          : this.renderValues(lang, label, view.filters);
    return html`<fieldset part="group" aria-busy=${this.isBusy() ? 'true' : 'false'}>
      <legend part="label">${label}</legend>
      ${body}
    </fieldset>`;
  }

  private isBusy(): boolean {
    return this.controller !== null && !this.controller.signal.aborted && this.facet === null && this.range === null;
  }

  private retry(): void {
    this.asked = '';
    this.error = null;
    this.requestUpdate();
  }

  private renderValues(lang: Lang, label: string, filters: ViewFilters) {
    const facet = this.facet!;
    const selected = selectedValues(filters, this.field);
    const rows = facetRows(facet.values, selected, this.shown, facet.distinct <= facet.values.length);
    const searchable = facet.distinct > this.limit || this.q !== '' || this.search !== '';
    const listed = Math.min(facet.values.length, this.shown);
    const more = Math.min(facet.values.length, facet.distinct) - listed;
    const max = Math.max(1, ...rows.map((row) => row.count ?? 0));
    return html`${
      searchable
        ? html`<input
            type="search"
            part="search"
            class="search"
            aria-label=${msg(lang, 'filter.search', { label })}
            placeholder=${msg(lang, 'filter.search', { label })}
            .value=${this.search}
            @input=${this.onSearch}
          />`
        : nothing
    }
    ${
      rows.length === 0
        ? renderState('empty', this.q ? msg(lang, 'filter.noMatch', { q: this.q }) : msg(lang, 'filter.empty'), lang)
        : html`<ul part="values" class="values">
            ${repeat(
              rows,
              (row) => row.value,
              (row, i) =>
                html`<li>
                  <label part="value" class="value" for="${this.uid}-${i}">
                    <input
                      id="${this.uid}-${i}"
                      type="checkbox"
                      .checked=${row.checked}
                      @change=${() => this.toggle(row.value)}
                    />
                    <span class="name"><bdi>${row.value === '' ? msg(lang, 'filter.blank') : row.value}</bdi></span>
                    ${
                      row.count === null
                        ? nothing
                        : html`<span class="count" part="count" style="--share: ${(row.count / max).toFixed(3)}"
                            >${msg(lang, 'filter.count', { count: formatNumber(row.count, lang) })}</span
                          >`
                    }
                  </label>
                </li>`,
            )}
          </ul>`
    }
    ${
      more > 0
        ? html`<button type="button" class="more" part="more" @click=${this.showMore}>
            ${msg(lang, 'filter.more', { count: formatNumber(Math.min(more, this.limit), lang) })}
          </button>`
        : this.shown > this.limit
          ? html`<button type="button" class="more" part="more" @click=${this.showFewer}>
              ${msg(lang, 'filter.less')}
            </button>`
          : nothing
    }`;
  }

  private renderRange(lang: Lang, filters: ViewFilters) {
    const range = this.range!;
    const current = filters[this.field];
    const set = current && isRange(current) ? current : null;
    const text = (n: number | null) => (n === null ? '' : exactNumber(n, lang));
    const bound = (name: 'min' | 'max') => {
      const value = set?.[name];
      const edge = range[name];
      return html`<label class="bound">
        <span>${msg(lang, name === 'min' ? 'filter.min' : 'filter.max')}</span>
        <input
          type="number"
          name=${name}
          inputmode="decimal"
          .value=${value === null || value === undefined ? '' : String(value)}
          placeholder=${edge === null ? '' : String(edge)}
          @change=${this.onRange}
        />
      </label>`;
    };
    return html`<div class="range" part="range">
        ${bound('min')}
        <span aria-hidden="true">~</span>
        ${bound('max')}
      </div>
      ${
        range.min !== null && range.max !== null
          ? html`<p class="hint">${msg(lang, 'filter.rangeHint', { min: text(range.min), max: text(range.max) })}</p>`
          : nothing
      }
      ${
        set
          ? html`<button type="button" class="more" part="clear" @click=${this.clearRange}>
              ${msg(lang, 'filter.clear')}
            </button>`
          : nothing
      }`;
  }

  private toggle(value: string): void {
    this.source.view?.toggle(this.field, value, this);
  }

  private onRange = (): void => {
    const view = this.source.view;
    if (!view) return;
    const read = (name: string) => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      const value = input?.value.trim() ?? '';
      return value === '' || !Number.isFinite(Number(value)) ? null : Number(value);
    };
    view.setFilters(setFilter(view.filters, this.field, { min: read('min'), max: read('max') }), this);
  };

  private clearRange = (): void => {
    const view = this.source.view;
    view?.setFilters(setFilter(view.filters, this.field, null), this);
  };

  private showMore = (): void => {
    this.focusFrom = this.shown;
    this.shown += Math.max(1, this.limit);
  };

  private showFewer = (): void => {
    this.shown = Math.max(1, this.limit);
  };

  private onSearch = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.q = this.search.trim();
      this.shown = Math.max(1, this.limit);
    }, SEARCH_DELAY);
  };
}
