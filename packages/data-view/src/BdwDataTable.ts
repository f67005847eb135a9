import { LocaleController, downloadText, formatNumber, renderLoading, type Lang } from '@bdw/core';
import { DataError, type EngineField, type SortKey } from '@bdw/core/data';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { columnWindow, drawnColumns, estimatedEdges, measuredEdges } from './column-window.js';
import { columnTemplate, columnWidths, fieldLabel, mayClip, widenToRanges } from './columns.js';
import { dataTableStyles } from './data-table.styles.js';
import { displayCell, isNumeric, warmNumberFormats } from './format.js';
import { clampCell, moveCell, type CellPosition } from './grid-keys.js';
import { errorText, msg } from './messages.js';
import { RowPager, type TableQuery } from './row-pager.js';
import { NumberRanges } from './number-ranges.js';
import { RowSlots } from './row-slots.js';
import { ariaSort, nextSort, parseSort } from './sort.js';
import { renderState } from './state.js';
import { ViewSource } from './view-source.js';
import { OVERSCAN, followScroll, rowWindow, scrollFor, type ScrollState } from './window.js';

/**
 * Height of a body row, in rem (the CSS sets the same): text enlarged by the reader's font size grows the rows too.
 */
const ROW_REM = 2.25;
const DEFAULT_ROW_PX = 36;
/**
 * Px of a `ch` assumed before the grid is laid out: narrower than any text face's digit (about 0.5–0.6 em), so the
 * estimated columns are narrower than the real ones and the first frame draws every column it shows.
 */
const CH_PER_REM_FLOOR = 0.4;
/** Milliseconds of quiet typing before the search is asked. */
const SEARCH_DELAY = 250;

/**
 * The rows of a table, fast at any size: the rows of the `<bdw-view>` around it (under the view's filters), or of its
 * own `resource` (a CKAN datastore resource, with `api` or the nearest `<bdw-catalog>`), `src` file or `rows`.
 * Rows are asked of the data engine a page at a time in the order shown (sorted and paged on the server for
 * datastore resources), and only the rows and columns in the scroll box are drawn, so 1,000,000 rows scroll smoothly.
 * Columns carry their labels and types (numbers right-aligned and exact), the header stays in view, a click or Enter
 * on a header sorts, and the table is a keyboard grid (arrows, Home/End, PageUp/PageDown, Ctrl+Home/End). A search box
 * narrows the rows (`q`); the count of matching rows is shown and readable as `total`; the download button saves
 * every matching row (not only those on screen) as a CSV file Excel opens in Korean.
 *
 * @tagname bdw-data-table
 * @summary The rows of a view or a resource: server-side paging and sorting, virtual scrolling, a keyboard grid.
 *
 * @csspart controls - The bar above the table: search, count, download (wraps on narrow screens).
 * @csspart search - The search box.
 * @csspart count - The number of matching rows.
 * @csspart download - The CSV download button.
 * @csspart table - The scroll box holding the grid (`role="grid"`).
 * @csspart header - The header row.
 * @csspart column-header - A column's header (a sort button by click or Enter; `aria-sort`).
 * @csspart row - A body row.
 * @csspart cell - A body cell; number cells also have `cell-number`.
 * @csspart cell-number - A cell of a number column (right-aligned).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--bdw-data-table-height=28rem] - Largest height of the scroll box (fewer rows make it shorter).
 * @cssprop [--bdw-data-table-header-background=var(--bdw-color-surface-alt)] - Background of the sticky header.
 * @cssprop [--bdw-data-table-stripe=var(--bdw-color-surface-alt)] - Background of every other row.
 * @cssprop [--bdw-data-table-active=var(--bdw-color-highlight)] - Background of the cell with the keyboard focus.
 */
export class BdwDataTable extends LitElement {
  static override styles = dataTableStyles;

  /** Address of the catalogue API (with `resource`); else the nearest `<bdw-catalog>`'s. */
  @property() api: string | undefined = undefined;

  /** A CKAN datastore resource id: the table shows it instead of the view's rows. */
  @property() resource: string | undefined = undefined;

  /** A CSV/TSV/JSON/GeoJSON file's URL: the table shows it instead of the view's rows. */
  @property() src: string | undefined = undefined;

  /** Rows as objects (wins over `src` and `resource`). */
  @property({ attribute: false }) rows: readonly Record<string, unknown>[] | undefined = undefined;

  /** The search text: rows with it in any column (contains, case-insensitive). */
  @property() q = '';

  /** The order of the rows: `[{ field, desc? }]`; as an attribute `field` or `-field` (descending), comma-separated. A click on a header changes it. */
  @property({ converter: { fromAttribute: parseSort } }) sort: SortKey[] = [];

  /** The grid's accessible name (its caption for screen readers); "데이터 표" / "Data table" by default. */
  @property() label = '';

  /** The downloaded file's name without `.csv`; the resource id (or `data`) by default. */
  @property() filename = '';

  /** `light` (default), `dark` or `auto`. */
  @property({ reflect: true }) theme: string | undefined = undefined;

  /** The body's scroll position and the rows' offset in it (see `window.ts`). */
  @state() private scrollState: ScrollState = { scrollTop: 0, offset: 0 };
  @state() private viewport = 10 * DEFAULT_ROW_PX;
  @state() private headerHeight = DEFAULT_ROW_PX;
  /** The scroll box's `scrollLeft` and inner width (the page's width until measured). */
  @state() private boxLeft = 0;
  @state() private boxWidth = typeof innerWidth === 'number' ? innerWidth : 1280;
  /** The columns' edges read off the header for the current template (`null` until laid out: estimated). */
  @state() private edges: number[] | null = null;
  /** A row's height in px, from the root font size (measured with the box). */
  @state() private rowPx = DEFAULT_ROW_PX;
  @state() private active: CellPosition = { row: 0, col: 0 };
  @state() private downloading: number | null = null;
  @state() private searchText = '';
  @state() private downloadError = '';

  @query('.scroll') private scroller!: HTMLElement | null;

  private readonly locale = new LocaleController(this);
  private readonly source = new ViewSource(this, () => this.lang_);
  private readonly pager = new RowPager(() => this.requestUpdate());
  private readonly slots = new RowSlots();
  private readonly numberRanges = new NumberRanges(() => this.onRanges());
  private queried: { view: unknown; revision: number; q: string; sort: string; engine: unknown } | null = null;
  /** Column widths (`ch`) and their grid template, fixed per query. */
  private widths: number[] = [];
  private template = '';
  /** The template whose columns `edges` measured. */
  private edgesTemplate = '';
  private resizer: ResizeObserver | null = null;
  /**
   * Whether the grid has been on screen for two frames. Its first frame draws only the rows in the box: creating and
   * laying out the first rows (and their fonts) is the costliest frame of the table, and the rows beyond the edges
   * wait for the next ones.
   */
  private gridSettled = false;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private moved = false;

  private get lang_(): Lang {
    return this.locale.lang;
  }

  /** Rows matching the view's filters and the search in all; `null` until known. */
  get total(): number | null {
    return this.pager.total;
  }

  /** The columns shown (ids, labels, types), once the first page is in. */
  get fields(): readonly EngineField[] {
    return this.pager.fields;
  }

  /** Every matching row (in the table's order) as CSV text with a UTF-8 BOM: what the download button saves. */
  async csv(signal?: AbortSignal): Promise<string> {
    const { engine, query } = this.pager.current;
    if (!engine) throw new DataError('no-source');
    // The writer (and papaparse) load with the first download.
    const { tableCsv } = await import('./csv.js');
    return tableCsv(engine, query, {
      ...(signal ? { signal } : {}),
      progress: (share) => (this.downloading = Math.round(share * 100)),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.searchText = this.q;
    warmNumberFormats(this.lang_);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = null;
    this.pager.dispose();
    this.numberRanges.reset();
    this.queried = null;
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q')) this.searchText = this.q;
    const view = this.source.view;
    const next = {
      view,
      revision: view?.revision ?? -1,
      q: this.q.trim(),
      sort: JSON.stringify(this.sort),
      engine: view?.engine ?? null,
    };
    const last = this.queried;
    if (
      last &&
      last.view === next.view &&
      last.revision === next.revision &&
      last.q === next.q &&
      last.sort === next.sort &&
      last.engine === next.engine
    )
      return;
    this.queried = next;
    const query: TableQuery = { filters: view?.filters ?? {}, q: next.q, sort: this.sort };
    this.pager.reset(view?.engine ?? null, query);
    if (last && (last.view !== next.view || last.engine !== next.engine)) this.widths = [];
    if (!last || last.engine !== next.engine) {
      this.numberRanges.reset();
      if (next.engine) this.numberRanges.ask(next.engine);
    }
    if (this.scroller && last) this.scroller.scrollTop = 0;
    this.scrollState = { scrollTop: 0, offset: 0 };
  }

  protected override updated(): void {
    const scroller = this.scroller;
    // Measured a frame after the observer reports the box: measuring here would force the first layout of the grid
    // (and the first use of its fonts) into the task that drew it, and redrawing for the measured box inside the
    // observer's callback would add that redraw to the grid's first frame.
    if (scroller && !this.resizer && typeof ResizeObserver !== 'undefined') {
      this.resizer = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
      this.resizer.observe(scroller);
    }
    if (!scroller) {
      this.resizer?.disconnect();
      this.resizer = null;
      this.gridSettled = false;
      // The next grid is a new box, scrolled to its start.
      this.edgesTemplate = '';
      if (this.boxLeft !== 0) this.boxLeft = 0;
    } else if (this.edgesTemplate !== this.template) {
      // New columns: their edges are read once they are laid out (a frame later, not forced now).
      this.edgesTemplate = this.template;
      requestAnimationFrame(() => this.measure());
    }
    if (scroller && !this.gridSettled) {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          this.gridSettled = true;
          this.requestUpdate();
        }),
      );
    }
    const total = this.pager.total;
    if (total !== null) {
      const { first, last } = this.window(total);
      this.pager.ensure([first, last], ...(this.active.row >= 0 ? [[this.active.row, this.active.row] as const] : []));
    }
    // After a keyboard move, or when the focused cell's element now shows another row (rows are drawn by position).
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const drifted = focused?.dataset['cell'] !== undefined && focused.dataset['cell'] !== this.activeKey();
    if (this.moved || drifted) {
      this.moved = false;
      this.activeCell()?.focus({ preventScroll: true });
    }
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const head = scroller.querySelector<HTMLElement>('.head');
    const rem = parseFloat(getComputedStyle(this.ownerDocument.documentElement).fontSize) || 16;
    this.rowPx = Math.round(rem * ROW_REM * 100) / 100;
    this.headerHeight = head?.offsetHeight ?? this.rowPx;
    this.viewport = Math.max(this.rowPx, scroller.clientHeight - this.headerHeight);
    this.boxWidth = scroller.clientWidth;
    const edges = measuredEdges([...(head?.querySelectorAll<HTMLElement>('[role="columnheader"]') ?? [])]);
    if (edges.join() !== this.edges?.join()) this.edges = edges;
  }

  private window(total: number) {
    const overscan = this.gridSettled ? OVERSCAN : 0;
    return rowWindow({ total, rowHeight: this.rowPx, viewport: this.viewport, overscan, ...this.scrollState });
  }

  private activeKey(): string {
    return `${this.active.row}:${this.active.col}`;
  }

  private activeCell(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-cell="${this.activeKey()}"]`);
  }

  override render() {
    const lang = this.lang_;
    const view = this.source.view;
    const error = this.source.error ?? this.pager.error ?? (view ? null : new DataError('no-source'));
    return html`${this.renderControls(lang)}${
      error
        ? renderState('error', errorText(error, lang), lang, this.retryable(error) ? () => this.retry() : undefined)
        : this.pager.loading || !view?.engine || !this.widthsReady()
          ? renderLoading(lang, msg(lang, 'table.loading'))
          : this.pager.shownTotal === 0
            ? renderState(
                'empty',
                this.q.trim() ? msg(lang, 'table.emptySearch', { q: this.q.trim() }) : msg(lang, 'table.empty'),
                lang,
              )
            : this.renderGrid(lang, this.pager.shownTotal ?? 0)
    }`;
  }

  /**
   * Whether the columns can be sized: the first page is in and the number columns' ranges too (or were waited for
   * long enough), so the grid is laid out once at its final widths.
   */
  private widthsReady(): boolean {
    return this.widths.length === this.pager.fields.length || this.numberRanges.settled;
  }

  /** The ranges came: before the first grid they size it; after it (a slow answer) they widen it once. */
  private onRanges(): void {
    const fields = this.pager.fields;
    if (this.widths.length === fields.length) {
      const widths = widenToRanges(fields, this.widths, this.numberRanges.ranges, this.lang_);
      if (widths.every((width, i) => width === this.widths[i])) return;
      this.widths = widths;
      this.template = columnTemplate(fields, widths);
    }
    this.requestUpdate();
  }

  private retryable(error: unknown): boolean {
    return !(error instanceof DataError && error.code === 'no-source') && !this.source.error;
  }

  private retry(): void {
    if (this.source.error) this.source.reopen();
    else this.pager.retry();
  }

  private renderControls(lang: Lang) {
    const total = this.pager.shownTotal;
    const canDownload = total !== null && total > 0 && !this.pager.busy;
    return html`<div class="controls" part="controls">
      <label class="search">
        <span class="search__label">${msg(lang, 'table.search')}</span>
        <input
          type="search"
          part="search"
          .value=${this.searchText}
          placeholder=${msg(lang, 'table.searchPlaceholder')}
          @input=${this.onSearch}
          @keydown=${this.onSearchKey}
        />
      </label>
      <p class="count" part="count" role="status" aria-live="polite">
        ${total === null ? '' : msg(lang, 'table.total', { count: formatNumber(total, lang) })}
      </p>
      <button
        type="button"
        class="download"
        part="download"
        ?disabled=${!canDownload || this.downloading !== null}
        @click=${this.onDownload}
      >
        ${
          this.downloading === null
            ? msg(lang, 'table.download')
            : msg(lang, 'table.downloading', { percent: this.downloading })
        }
      </button>
      ${this.downloadError ? html`<p class="download-error" role="alert">${this.downloadError}</p>` : nothing}
    </div>`;
  }

  private renderGrid(lang: Lang, total: number) {
    const fields = this.pager.fields;
    if (this.widths.length !== fields.length) {
      const sample = Array.from({ length: Math.min(total, 50) }, (_, i) => this.pager.row(i));
      this.widths = widenToRanges(fields, columnWidths(fields, sample, lang), this.numberRanges.ranges, lang);
      this.template = columnTemplate(fields, this.widths);
    }
    const active = clampCell(this.active, total, fields.length);
    const cols = this.drawnColumns(active.col);
    const win = this.window(total);
    // The focused row stays drawn when it scrolls away. A row keeps its element while it is drawn and a row coming
    // in takes the element of one that left (`RowSlots`), so a wheel step rewrites only the rows it brings in. The
    // elements never move: moving even three rows made Blink lay out every drawn row again (a 40–70 ms frame), so
    // they stay in slot order and `aria-owns` gives assistive technology the rows in row order.
    const indices: number[] = [];
    if (active.row >= 0 && active.row < win.first) indices.push(active.row);
    for (let i = win.first; i <= win.last; i++) indices.push(i);
    if (active.row > win.last) indices.push(active.row);
    const slots = this.slots.assign(indices);
    const drawn = indices.map((row, n) => ({ row, slot: slots[n]! })).sort((a, b) => a.slot - b.slot);
    const columns = this.template;
    const rowStyle = styleMap({ gridTemplateColumns: columns });
    return html`<p id="sort-hint" class="visually-hidden">${msg(lang, 'table.sortHint')}</p>
      <div
        class="scroll"
        part="table"
        role="grid"
        aria-label=${this.label || msg(lang, 'table.label')}
        aria-rowcount=${total + 1}
        aria-colcount=${fields.length}
        aria-busy=${this.pager.busy ? 'true' : 'false'}
        @scroll=${this.onScroll}
        @click=${this.onClick}
        @keydown=${this.onKey}
        @focusin=${this.onFocusIn}
      >
        <div class="head" role="rowgroup">
          <div class="row row--head" part="header" role="row" aria-rowindex="1" style=${rowStyle}>
            ${fields.map((field, col) => this.renderHeader(field, col, active))}
          </div>
        </div>
        <div
          class="body"
          role="rowgroup"
          aria-owns=${slots.map((slot) => `row-${slot}`).join(' ')}
          style=${styleMap({ height: `${win.bodyHeight}px`, gridTemplateColumns: columns })}
        >
          ${repeat(
            drawn,
            ({ slot }) => slot,
            ({ row, slot }) => this.renderRow(row, slot, fields, cols, active, win.top(row), columns, lang),
          )}
        </div>
      </div>`;
  }

  /** The columns each row draws: those in the box (edges estimated until the header is laid out), and the focused one. */
  private drawnColumns(activeCol: number): number[] {
    const fields = this.pager.fields;
    const edges =
      this.edges?.length === fields.length + 1 && this.edgesTemplate === this.template
        ? this.edges
        : estimatedEdges(this.widths, (this.rowPx / ROW_REM) * CH_PER_REM_FLOOR);
    const range = columnWindow({ edges, scrollLeft: this.boxLeft, width: this.boxWidth });
    return drawnColumns(range, activeCol, fields.length);
  }

  private renderHeader(field: EngineField, col: number, active: CellPosition) {
    const sort = ariaSort(this.sort, field.id);
    return html`<div
      class="cell cell--head ${isNumeric(field.type) ? 'cell--number' : ''}"
      part="column-header"
      role="columnheader"
      aria-colindex=${col + 1}
      aria-sort=${sort}
      aria-describedby="sort-hint"
      tabindex=${active.row === -1 && active.col === col ? 0 : -1}
      data-cell="-1:${col}"
      data-field=${field.id}
    >
      <span class="cell__text">${fieldLabel(field)}</span
      ><span class="sort-mark" aria-hidden="true"
        >${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : ''}</span
      >
    </div>`;
  }

  private renderRow(
    i: number,
    slot: number,
    fields: readonly EngineField[],
    cols: readonly number[],
    active: CellPosition,
    top: number,
    columns: string,
    lang: Lang,
  ) {
    const cells = this.pager.row(i);
    return html`<div
      id="row-${slot}"
      class="row ${i % 2 ? 'row--odd' : ''}"
      part="row"
      role="row"
      aria-rowindex=${i + 2}
      style=${styleMap({ gridTemplateColumns: columns, height: `${this.rowPx}px`, transform: `translateY(${top}px)` })}
    >
      ${repeat(
        cols,
        (col) => col,
        (col, n) => {
          const field = fields[col]!;
          const numeric = isNumeric(field.type);
          const shown = cells ? displayCell(cells[col], field, lang) : null;
          return html`<div
            class="cell ${numeric ? 'cell--number' : ''}"
            part=${numeric ? 'cell cell-number' : 'cell'}
            role="gridcell"
            style="grid-column: ${col + 1}"
            aria-colindex=${col + 1}
            tabindex=${active.row === i && active.col === col ? 0 : -1}
            data-cell="${i}:${col}"
            title=${ifDefined(shown && mayClip(shown, this.widths[col] ?? 0) ? shown : undefined)}
          >
            ${shown ?? (n === 0 ? html`<span class="pending">${msg(lang, 'table.rowLoading')}</span>` : nothing)}
          </div>`;
        },
      )}
    </div>`;
  }

  private sortBy(field: string): void {
    this.sort = nextSort(this.sort, field);
    this.active = {
      row: -1,
      col: Math.max(
        0,
        this.pager.fields.findIndex((f) => f.id === field),
      ),
    };
    this.moved = true;
  }

  /** A click on a header sorts by its column. */
  private onClick = (event: MouseEvent): void => {
    const header = (event.target as HTMLElement).closest<HTMLElement>('[role="columnheader"]');
    const field = header?.dataset['field'];
    if (field) this.sortBy(field);
  };

  private onScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    if (scroller.scrollLeft !== this.boxLeft) this.boxLeft = scroller.scrollLeft;
    const geometry = { total: this.pager.shownTotal ?? 0, rowHeight: this.rowPx, viewport: this.viewport };
    this.setScroll(followScroll(this.scrollState, scroller.scrollTop, geometry));
  };

  /** Moves the body to a scroll state (the box's own position unless a page's edge was crossed). */
  private setScroll(next: ScrollState): void {
    const scroller = this.scroller;
    if (scroller && Math.abs(scroller.scrollTop - next.scrollTop) >= 1) scroller.scrollTop = next.scrollTop;
    this.scrollState = next;
  }

  private onFocusIn = (event: FocusEvent): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const [row, col] = (cell?.dataset['cell'] ?? '').split(':').map(Number);
    if (row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)) return;
    if (row !== this.active.row || col !== this.active.col) this.active = { row, col };
  };

  private onKey = (event: KeyboardEvent): void => {
    const total = this.pager.shownTotal ?? 0;
    const fields = this.pager.fields;
    const from = clampCell(this.active, total, fields.length);
    if (from.row === -1 && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      const field = fields[from.col];
      if (field) this.sortBy(field.id);
      return;
    }
    const to = moveCell(from, event.key, event.ctrlKey || event.metaKey, {
      rows: total,
      cols: fields.length,
      pageRows: Math.max(1, Math.floor(this.viewport / this.rowPx) - 1),
    });
    if (!to) return;
    event.preventDefault();
    this.active = to;
    this.moved = true;
    if (to.row >= 0)
      this.setScroll(scrollFor(to.row, { total, rowHeight: this.rowPx, viewport: this.viewport, ...this.scrollState }));
    else this.setScroll({ scrollTop: 0, offset: 0 });
    this.scrollActiveIntoViewX();
  };

  /** Brings the active column into the scroll box horizontally (vertical position is the window's). */
  private scrollActiveIntoViewX(): void {
    void this.updateComplete.then(() => {
      const cell = this.activeCell();
      const scroller = this.scroller;
      if (!cell || !scroller) return;
      const left = cell.offsetLeft;
      const right = left + cell.offsetWidth;
      if (left < scroller.scrollLeft) scroller.scrollLeft = left;
      else if (right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth;
    });
  }

  private onSearch = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.q = this.searchText), SEARCH_DELAY);
  };

  private onSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.searchTimer);
    this.q = this.searchText;
  };

  private onDownload = async (): Promise<void> => {
    this.downloading = 0;
    this.downloadError = '';
    try {
      const text = await this.csv();
      const name = this.filename || this.resource || 'data';
      downloadText(`${name}.csv`, text, 'text/csv;charset=utf-8');
    } catch (error) {
      this.downloadError = errorText(error, this.lang_);
    } finally {
      this.downloading = null;
    }
  };
}
