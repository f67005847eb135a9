import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogController } from '../catalog/CatalogController.js';
import { isAbortError } from '../ckan/ApiError.js';
import type { DataEngine, EngineField } from '../data/engine/types.js';
import { relabelFields, withLabels } from '../data/engine/labeled.js';
import { parseLabels } from '../data/labels.js';
import type { EngineSource } from '../data/engine/create.js';
import { normalizeFilters, setFilter, toggleValue, type ViewFilters } from '../data/filters.js';
import { bdwEvent } from '../fetch-json.js';
import { LocaleController } from '../i18n/locale.js';
import { renderError } from '../states.js';
import { baseStyles, chipStyles, stateStyles } from '../styles/shared.js';
import { token } from '../styles/tokens.js';
import { filterChips, renderChips, type FilterChip } from './chips.js';
import { viewContext } from './context.js';
import { pushUrlFilters, readUrlFilters } from './url-state.js';
import { ViewStore } from './view-store.js';

/** Detail of `bdw-filter-change`. */
export interface FilterChangeDetail {
  filters: ViewFilters;
  /** The widget the change came from (the view itself for its chips). */
  origin: Element | null;
}

/**
 * One table and one filter state shared by the widgets inside it: a chart, a map, a table and filters over the same
 * rows, linked with no page JavaScript. Clicking a bar, a district or a filter value filters every other widget.
 * Name the table with `resource` (a CKAN datastore resource; `api` or the nearest `<bdw-catalog>`), `src` (a
 * CSV/TSV/JSON/GeoJSON URL) or `rows`. Widgets inside that have no data source of their own use the view's.
 *
 * @tagname bdw-view
 * @summary Linked views: one table and one filter state for the widgets inside it.
 * @slot - The widgets that share this view's table and filters.
 * @csspart chips - The active filters.
 * @csspart chip - One active filter (a button that removes it).
 * @csspart clear - The button that removes every filter.
 * @csspart error - The message when the table cannot be opened.
 * @fires {CustomEvent<FilterChangeDetail>} bdw-filter-change - A person changed the filters (a chart bar, a map
 * feature, a filter value, a chip). Not fired when the page sets `filters`.
 */
export class BdwView extends LitElement {
  static override styles = [
    baseStyles,
    stateStyles,
    chipStyles,
    css`
      :host {
        display: grid;
        /* minmax(0, …): a wide table or chart inside scrolls in its own box instead of widening the page. */
        grid-template-columns: minmax(0, 1fr);
        gap: ${token('space-4')};
      }
      .chip__field {
        color: ${token('color-text-muted')};
      }
    `,
  ];

  /** Address of a CKAN portal or of its Action API; without it, the nearest `<bdw-catalog>`'s. */
  @property({ reflect: true }) api?: string;
  /** A CKAN datastore resource id: the view's table, aggregated by the server where it can. */
  @property({ reflect: true }) resource?: string;
  /** A CSV, TSV, JSON or GeoJSON URL: the view's table (read in the engine's worker when large). */
  @property({ reflect: true }) src?: string;
  /** The format of `src` when its address does not say (`csv`, `tsv`, `json`, `geojson`). */
  @property({ reflect: true }) format?: string;
  /** Rows set as a property: the view's table. */
  @property({ attribute: false }) rows?: readonly Record<string, unknown>[];

  /**
   * The filter state: field → the values kept (`{"발생지시군구": ["사상구", "북구"]}`), or `{ "min": …, "max": … }`
   * for numbers and periods. Readable at any time; setting it updates every widget without a `bdw-filter-change`.
   * As an attribute, JSON.
   */
  @property({
    converter: {
      fromAttribute: (value: string | null) => {
        try {
          return normalizeFilters(value ? JSON.parse(value) : {});
        } catch {
          return normalizeFilters({});
        }
      },
    },
  })
  filters: ViewFilters = normalizeFilters({});

  /**
   * Keeps the filters in the page's address under this namespace (`url-state="accidents"` →
   * `?accidents.발생지시군구=사상구`), so a filtered view can be shared and Back undoes a filter. Give each view on a
   * page its own namespace. Empty: the namespace `filter`.
   */
  @property({ attribute: 'url-state', reflect: true }) urlState: string | null = null;

  /**
   * Labels of the table's fields, as people read them: `사고유형_대분류:사고 유형, 가해자_당사자종별:가해 차량` (or
   * JSON). Every widget of the view (chips, chart axes, table headers, filters) uses them over the source's own.
   */
  @property() labels = '';

  /** Colour scheme of the chips: `light`, `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Hides the active-filter chips (when the page shows them another way). */
  @property({ type: Boolean, attribute: 'no-chips', reflect: true }) noChips = false;

  @state() private error: unknown = null;

  private readonly locale = new LocaleController(this);
  private readonly catalog = new CatalogController(this);
  private readonly store = new ViewStore((filters, origin) => this.personChanged(filters, origin));
  private opening: AbortController | null = null;
  /** The engine as opened, before labels (kept to relabel without opening the table again). */
  private opened: { engine: DataEngine; fields: EngineField[] } | null = null;
  private sourceKey = '';

  constructor() {
    super();
    new ContextProvider(this, { context: viewContext, initialValue: this.store });
    this.store.subscribe(() => this.requestUpdate());
  }

  /** The view's engine, once its table is open: for pages that query the same rows themselves. */
  get engine(): DataEngine | null {
    return this.store.engine;
  }

  /** Removes every filter, as a person would with "clear all". */
  clearFilters(): void {
    this.store.setFilters({}, this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== null) {
      this.filters = readUrlFilters(this.urlState);
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.opening?.abort();
    this.store.engine?.dispose();
    this.store.open(null);
    this.opened = null;
    this.sourceKey = '';
  }

  private readonly onPopState = () => {
    if (this.urlState !== null) this.filters = readUrlFilters(this.urlState);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters') && this.store.replace(this.filters)) this.filters = this.store.filters;
    this.store.setLang(this.locale.lang);
    if (changed.has('labels') && this.opened) this.publish();
    const source = this.source();
    const key = source ? sourceKey(source) : '';
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      void this.openSource(source);
    }
  }

  /** The source the attributes name: `rows`, then `src`, then `resource` with a client. */
  private source(): EngineSource | null {
    if (this.rows) return { kind: 'rows', rows: this.rows };
    if (this.src) return { kind: 'file', src: this.src, ...(this.format ? { format: this.format } : {}) };
    const client = this.catalog.client;
    if (this.resource && client) return { kind: 'datastore', client, resource: this.resource };
    return null;
  }

  private async openSource(source: EngineSource | null): Promise<void> {
    this.opening?.abort();
    this.store.engine?.dispose();
    this.store.open(null);
    this.opened = null;
    this.error = null;
    if (!source) return;
    const opening = (this.opening = new AbortController());
    try {
      const { createEngine } = await import('../data/engine/create.js');
      const engine = await createEngine(source, opening.signal);
      const fields = await engine.fields({ signal: opening.signal });
      if (opening.signal.aborted) return engine.dispose();
      this.opened = { engine, fields };
      this.publish();
    } catch (error) {
      if (opening.signal.aborted || isAbortError(error)) return;
      this.error = error;
      this.store.fail(error);
    }
  }

  /** Shares the opened engine with the page's labels applied. */
  private publish(): void {
    const { engine, fields } = this.opened!;
    const labels = parseLabels(this.labels);
    this.store.open(withLabels(engine, labels), relabelFields(fields, labels));
  }

  private personChanged(filters: ViewFilters, origin: Element | undefined): void {
    this.filters = filters;
    if (this.urlState !== null) pushUrlFilters(this.urlState, filters);
    this.dispatchEvent(bdwEvent<FilterChangeDetail>('bdw-filter-change', { filters, origin: origin ?? this }));
  }

  private readonly removeChip = (chip: FilterChip, index: number, viaKeyboard: boolean) => {
    const next =
      chip.value === null
        ? setFilter(this.store.filters, chip.field, null)
        : toggleValue(this.store.filters, chip.field, chip.value);
    this.store.setFilters(next, this);
    if (viaKeyboard) void this.focusChipAfterRemoval(index);
  };

  private readonly clearAll = (viaKeyboard: boolean) => {
    this.store.setFilters({}, this);
    if (viaKeyboard) void this.focusChipAfterRemoval(0);
  };

  /** Keeps keyboard focus in the bar: on the chip that took the removed one's place, else on the last one. */
  private async focusChipAfterRemoval(index: number): Promise<void> {
    await this.updateComplete;
    const chips = [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip') ?? [])];
    (chips[Math.min(index, chips.length - 1)] ?? null)?.focus();
  }

  protected override render() {
    const lang = this.locale.lang;
    return html`${
        this.error
          ? renderError(this.error, lang, () => {
              this.sourceKey = '';
              this.requestUpdate();
            })
          : null
      }
      ${
        this.noChips
          ? null
          : renderChips(lang, filterChips(this.store.filters, lang), this.store.fields, this.removeChip, this.clearAll)
      } <slot></slot>`;
  }
}

/** A source's identity: a new one opens a new engine, the same one keeps it. */
function sourceKey(source: EngineSource): string {
  switch (source.kind) {
    case 'rows':
      return `rows:${rowsId(source.rows)}`;
    case 'file':
      return `file:${source.src}|${source.format ?? ''}`;
    case 'datastore':
      return `datastore:${source.client.actionUrl}|${source.resource}`;
  }
}

const rowIds = new WeakMap<object, number>();
let nextRowsId = 0;
const rowsId = (rows: object) => {
  let id = rowIds.get(rows);
  if (id === undefined) rowIds.set(rows, (id = ++nextRowsId));
  return id;
};
