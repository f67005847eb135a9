import {
  CatalogController,
  LocaleController,
  baseStyles,
  formatDateTime,
  formatNumber,
  renderEmpty,
  stateStyles,
  type Lang,
} from '@bdw/core';
import { Chart, registerables } from 'chart.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { chartViewerStyles } from './chart-viewer.styles.js';
import type { ChartTheme } from './config.js';
import { DataController, type Engine } from './DataController.js';
import { normalizeEncoding } from './encoding.js';
import { DataError } from './errors.js';
import { bdwEvent, type BdwChartReadyDetail, type BdwPointSelectDetail } from './events.js';
import { formatValue, type NumberStyle } from './format.js';
import type { Loaded } from './load.js';
import type { PointPosition } from './point-keys.js';
import { t } from './messages.js';
import { renderDataError, renderProgress } from './render/states.js';
import type { TableSort, TableView } from './table-view.js';
import type { Aggregation, ChartData, ChartType, Column, ColumnType, SortOrder } from './types.js';

Chart.register(...registerables);

/**
 * A chart of a dataset's data that people can read, change and download: a CSV/TSV/JSON URL, a CKAN
 * datastore resource or rows set as a property, drawn with chart.js (bar, line, area, pie, doughnut,
 * scatter), with aggregation, filter, top-N, sort, an accessible table view, a text summary, keyboard
 * access to data points, and PNG/CSV downloads.
 *
 * @tagname bdw-chart-viewer
 * @summary Chart of a dataset (CSV/TSV/JSON URL, CKAN datastore or rows) with table view and downloads.
 *
 * @fires bdw-chart-ready - The chart has been drawn. `detail`: `{ type, series, points }`.
 * @fires bdw-point-select - The user chose a data point (click, or Enter on the focused chart). `detail`: `{ datasetIndex, index, series, label, value, x? }`.
 *
 * @csspart base - The whole widget.
 * @csspart title - The title (`label`).
 * @csspart controls - The chart settings panel.
 * @csspart columns - The column information (types, overridable).
 * @csspart toolbar - The view switch and download buttons.
 * @csspart chart - The focusable chart area around the canvas.
 * @csspart canvas - The chart.js canvas.
 * @csspart summary - The text summary of the chart.
 * @csspart table - The table view.
 * @csspart progress - The loading progress bar.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --bdw-chart-viewer-height - Height of the chart (default 22rem).
 * @cssprop --bdw-chart-viewer-color-1 - First series colour (1–8; Okabe–Ito by default).
 * @cssprop --bdw-chart-viewer-dark-color-1 - First series colour in dark mode (1–8).
 */
export class BdwChartViewer extends LitElement {
  static override styles = [baseStyles, stateStyles, chartViewerStyles];

  /** URL of a CSV, TSV or JSON file (relative URLs resolve against the page). */
  @property() src?: string;
  /** `csv`, `tsv` or `json`; without it, from the URL's extension (CSV by default). */
  @property() format?: string;
  /** CSV delimiter (`,`, `;`, `tab`); detected from the header when not set. */
  @property() delimiter?: string;
  /** `auto` (default: UTF-8 if valid, else CP949/EUC-KR), `utf-8` or `euc-kr`. */
  @property() encoding = 'auto';
  /** CKAN portal or Action API (with `resource`); without it, the nearest `<bdw-catalog>`'s. */
  @property() api?: string;
  /** Id of a CKAN datastore resource to chart (read with `datastore_search`, every page). */
  @property() resource?: string;
  /** Rows as objects; wins over `src` and `resource`. */
  @property({ attribute: false }) rows?: readonly Record<string, unknown>[];

  /** `bar`, `line`, `area`, `pie`, `doughnut` or `scatter`. */
  @property({ reflect: true }) type: ChartType = 'bar';
  /** Stack series (bar, area). */
  @property({ type: Boolean }) stacked = false;
  /** Horizontal bars. */
  @property({ type: Boolean }) horizontal = false;
  /** Column on the x axis (categories, time or numbers); default: the first category or period column. */
  @property() x?: string;
  /** Column of values; default: the first number column. */
  @property() y?: string;
  /** Column whose values become separate series. */
  @property() series?: string;
  /** `sum` (default), `mean`, `count`, `min`, `max`, or `none` (one point per row over a numeric x). */
  @property() agg: Aggregation = 'sum';
  /** Row filter: `연도>=1966; 분류=남자|여자; 이름~구` (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~` contains, `!~`). */
  @property() filter = '';
  /** Keep the N largest categories and add up the rest as "others"; 0 keeps all. */
  @property({ type: Number }) top = 0;
  /** `auto`, `label`, `value-desc`, `value-asc` or `none`. */
  @property() sort: SortOrder = 'auto';
  /** Column type overrides: `연도:period, 코드:category` (number, percent, date, period, category). */
  @property() types = '';
  /** Unit written after values: `명`, `건`, `원`. */
  @property() unit = '';
  /** Korean 만/억 (English K/M) for large numbers. */
  @property({ type: Boolean }) compact = false;
  /** Show the chart settings panel. */
  @property({ type: Boolean }) controls = false;
  /** `chart` or `table`. */
  @property() view: 'chart' | 'table' = 'chart';
  /** Title of the chart, also its accessible name and the download file name. */
  @property() label?: string;
  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private userTypes: Record<string, ColumnType> = {};
  @state() private tablePage = 0;
  @state() private tableSort: TableSort | null = null;
  @state() private announcement = '';

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);
  private readonly data = new DataController(this);
  private chartInstance: Chart | undefined;
  private chartDirty = true;
  private lastClient: unknown;
  private active: PointPosition | null = null;

  /** The typed columns of the loaded data. */
  columns: Column[] = [];
  /** What is charted (after filter, aggregation, top-N and sort), or `null`. */
  chartData: ChartData | null = null;
  /** The text alternative of the chart. */
  summary = '';
  private dataError: DataError | null = null;
  private tableCache: TableView | null = null;

  /** Typing, aggregation, rendering of the table, settings and columns: loaded with the data, there once it is. */
  private get engine(): Engine {
    return this.data.engine!;
  }

  /** The chart.js instance, once drawn. */
  get chart(): Chart | undefined {
    return this.chartInstance;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chartInstance?.destroy();
    this.chartInstance = undefined;
    this.chartDirty = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.chartDirty = true;
  }

  /** Loads the data again (the retry button does this). */
  reload(): void {
    void this.data.load({
      src: this.src,
      format: this.format,
      delimiter: this.delimiter,
      encoding: normalizeEncoding(this.encoding),
      client: this.resource ? this.catalog.client : undefined,
      resource: this.resource,
      rows: this.rows,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceKeys = ['src', 'format', 'delimiter', 'encoding', 'resource', 'rows', 'api'] as const;
    const client = this.resource ? this.catalog.client : undefined;
    if (sourceKeys.some((k) => changed.has(k)) || client !== this.lastClient) {
      this.lastClient = client;
      this.userTypes = {};
      this.reload();
    }
    const specKeys = [
      'type',
      'x',
      'y',
      'series',
      'agg',
      'filter',
      'top',
      'sort',
      'types',
      'unit',
      'compact',
      'userTypes',
      'stacked',
      'horizontal',
      'theme',
    ] as const;
    if (
      this.loadedChanged() ||
      specKeys.some((k) => (changed as Map<string, unknown>).has(k)) ||
      this.locale.lang !== this.lastLang
    ) {
      this.lastLang = this.locale.lang;
      this.derive();
    }
  }

  private lastLoaded: Loaded | null = null;
  private lastLang: Lang | null = null;

  private loadedChanged(): boolean {
    const loaded = this.data.status.kind === 'done' ? this.data.status.loaded : null;
    if (loaded === this.lastLoaded) return false;
    this.lastLoaded = loaded;
    return true;
  }

  private get numberStyle(): NumberStyle {
    const yType = this.columns.find((c) => c.name === this.chartData?.yLabel)?.type;
    return { compact: this.compact, unit: this.unit, percent: yType === 'percent' && this.agg !== 'count' };
  }

  /** Typing, aggregation and summary, recomputed when the data or a setting changes. */
  private derive(): void {
    this.chartDirty = true;
    this.tableCache = null;
    this.tablePage = 0;
    this.tableSort = null;
    this.active = null;
    this.dataError = null;
    this.chartData = null;
    this.summary = '';
    const loaded = this.lastLoaded;
    if (!loaded) return;
    const lang = this.locale.lang;
    this.columns = this.engine.typeColumns(
      loaded.table,
      { ...this.engine.parseTypeOverrides(this.types), ...this.userTypes },
      loaded.known,
    );
    if (loaded.table.rows.length === 0 || this.columns.length === 0) return;
    const spec = this.engine.resolveSpec(this, this.columns);
    if (spec instanceof DataError) {
      this.dataError = spec;
      return;
    }
    const data = this.engine.buildChartData(loaded.table, this.columns, spec, {
      others: t(lang, 'others'),
      blank: t(lang, 'blank'),
      count: t(lang, 'count'),
    });
    if (data.kind === 'category' && data.labels.length === 0) return;
    if (data.kind === 'points' && data.series.every((s) => s.points.length === 0)) return;
    this.chartData = data;
    this.summary = this.engine.summarize(data, {
      lang,
      type: spec.type,
      style: this.numberStyle,
      formatX: this.formatX(),
    });
  }

  private formatX(): ((x: number) => string) | undefined {
    if (this.chartData?.kind !== 'points' && this.chartData !== null) return undefined;
    const { x } = this.engine.chosenAxes(this, this.columns);
    const type = this.columns.find((c) => c.name === x)?.type;
    const lang = this.locale.lang;
    if (type === 'date') {
      return (v) => formatDateTime(v - 9 * 3600_000, lang); // wall-clock values are read as Seoul time
    }
    return (v) => formatNumber(v, lang);
  }

  private readTheme(): ChartTheme {
    const computed = getComputedStyle(this);
    const read = (name: string) => computed.getPropertyValue(name).trim();
    return {
      palette: Array.from({ length: 8 }, (_, i) => read(`--_color-${i + 1}`)).filter(Boolean),
      text: read('--_text') || '#1b1f24',
      grid: read('--_grid') || '#c9d1d9',
      surface: read('--_surface') || '#ffffff',
    };
  }

  protected override updated(): void {
    if (this.view !== 'chart' || !this.chartData || !this.canvas) {
      if (!this.chartData && this.chartInstance) {
        this.chartInstance.destroy();
        this.chartInstance = undefined;
      }
      return;
    }
    if (!this.chartDirty && this.chartInstance?.canvas === this.canvas) return;
    this.chartDirty = false;
    this.chartInstance?.destroy();
    const data = this.chartData;
    const formatX = this.formatX();
    this.chartInstance = new Chart(
      this.canvas,
      this.engine.buildConfig(data, {
        type: this.type,
        stacked: this.stacked,
        horizontal: this.horizontal,
        theme: this.readTheme(),
        lang: this.locale.lang,
        style: this.numberStyle,
        ...(formatX ? { formatX } : {}),
        onClick: (datasetIndex, index) => this.select(datasetIndex, index),
      }),
    );
    this.dispatchEvent(
      bdwEvent<BdwChartReadyDetail>('bdw-chart-ready', {
        type: this.type,
        series: data.series.length,
        points: this.engine.pointCount(data),
      }),
    );
  }

  // --- points: keyboard and selection ----------------------------------------------------------

  private pointAt(datasetIndex: number, index: number): BdwPointSelectDetail | null {
    const chart = this.chartInstance;
    const dataset = chart?.data.datasets[datasetIndex];
    if (!chart || !dataset) return null;
    const raw = dataset.data[index] as number | { x: number; y: number } | null | undefined;
    const lang = this.locale.lang;
    if (raw !== null && typeof raw === 'object') {
      const fx = this.formatX() ?? ((v: number) => formatNumber(v, lang));
      return { datasetIndex, index, series: dataset.label ?? '', label: fx(raw.x), value: raw.y, x: raw.x };
    }
    const label = String(chart.data.labels?.[index] ?? '');
    return { datasetIndex, index, series: dataset.label ?? '', label, value: raw ?? null };
  }

  private describe(point: BdwPointSelectDetail): string {
    return t(this.locale.lang, 'selected', {
      series: point.series,
      label: point.label,
      value: formatValue(point.value, this.locale.lang, this.numberStyle),
    });
  }

  private select(datasetIndex: number, index: number): void {
    const point = this.pointAt(datasetIndex, index);
    if (!point) return;
    this.active = { datasetIndex, index };
    this.announcement = this.describe(point);
    this.dispatchEvent(bdwEvent<BdwPointSelectDetail>('bdw-point-select', point));
  }

  private focusPoint(datasetIndex: number, index: number): void {
    const chart = this.chartInstance;
    if (!chart) return;
    const datasets = chart.data.datasets.length;
    const d = ((datasetIndex % datasets) + datasets) % datasets;
    const length = chart.data.datasets[d]!.data.length;
    if (length === 0) return;
    const i = Math.max(0, Math.min(length - 1, index));
    this.active = { datasetIndex: d, index: i };
    const elements = [{ datasetIndex: d, index: i }];
    chart.setActiveElements(elements);
    const meta = chart.getDatasetMeta(d).data[i];
    chart.tooltip?.setActiveElements(elements, { x: meta?.x ?? 0, y: meta?.y ?? 0 });
    chart.update('none');
    const point = this.pointAt(d, i);
    if (point) this.announcement = this.describe(point);
  }

  private clearActive(chart: Chart): void {
    this.active = null;
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update('none');
  }

  private onChartKeydown(event: KeyboardEvent): void {
    const chart = this.chartInstance;
    if (!chart) return;
    const length = chart.data.datasets[this.active?.datasetIndex ?? 0]?.data.length ?? 0;
    const pie = this.type === 'pie' || this.type === 'doughnut';
    const action = this.engine.pointKeyAction(event.key, this.active, { pie, length });
    if (!action) return;
    event.preventDefault();
    if (action === 'select') this.select(this.active!.datasetIndex, this.active!.index);
    else if (action === 'clear') this.clearActive(chart);
    else this.focusPoint(action.focus.datasetIndex, action.focus.index);
  }

  // --- downloads -----------------------------------------------------------------------------------

  private get fileName(): string {
    const base = (this.label || this.chartData?.yLabel || 'chart').replace(/[\\/:*?"<>|\s]+/g, '_');
    return base.slice(0, 80) || 'chart';
  }

  private download(href: string, name: string): void {
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.rel = 'noopener';
    link.click();
  }

  /** The chart as a PNG data URL (with the theme's background), or `null` before it is drawn. */
  toPng(): string | null {
    return this.chartInstance ? this.chartInstance.toBase64Image('image/png', 1) : null;
  }

  /** The charted data as CSV (UTF-8 with BOM, so Excel reads Korean), or `null` when nothing is charted. */
  toCsv(): string | null {
    return this.chartData ? this.engine.toCsv(this.chartData, { bom: true }) : null;
  }

  private downloadPng = () => {
    const png = this.toPng();
    if (png) this.download(png, `${this.fileName}.png`);
  };

  private downloadCsv = () => {
    const csv = this.toCsv();
    if (!csv) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    this.download(url, `${this.fileName}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // --- table view ----------------------------------------------------------------------------------

  private tableView(): TableView {
    if (this.tableCache) return this.tableCache;
    const lang = this.locale.lang;
    const view = this.engine.buildTableView(this.chartData!, t(lang, 'series'));
    this.tableCache = this.tableSort ? this.engine.sortTableView(view, this.tableSort, lang) : view;
    return this.tableCache;
  }

  private sortTable(column: number): void {
    const descending = this.tableSort?.column === column ? !this.tableSort.descending : false;
    this.tableSort = { column, descending };
    this.tableCache = null;
    this.tablePage = 0;
  }

  private renderTableView(lang: Lang) {
    const data = this.chartData!;
    const fx = data.kind === 'points' ? this.formatX() : undefined;
    return this.engine.renderTable(this.tableView(), lang, {
      caption: t(lang, 'tableCaption', { title: this.label || data.yLabel }),
      page: this.tablePage,
      sort: this.tableSort,
      format: (value, column) => {
        if (typeof value !== 'number') return value ?? '–';
        if (column === 0 && fx) return fx(value);
        return formatValue(value, lang, this.numberStyle);
      },
      onSort: (column) => this.sortTable(column),
      onPage: (page) => (this.tablePage = page),
    });
  }

  // --- render ------------------------------------------------------------------------------------------

  private setUserType = (column: string, type: ColumnType) => {
    this.userTypes = { ...this.userTypes, [column]: type };
  };

  private renderBody(lang: Lang) {
    const status = this.data.status;
    const retry = () => this.reload();
    if (status.kind === 'idle') return renderProgress(null, lang);
    if (status.kind === 'loading') return renderProgress(status.progress, lang);
    if (status.kind === 'error') return renderDataError(status.error, lang, retry);
    if (this.dataError) return renderDataError(this.dataError, lang, retry);
    if (!this.chartData) {
      const filtered =
        this.engine.parseFilters(this.filter).filters.length > 0 && (this.lastLoaded?.table.rows.length ?? 0) > 0;
      return renderEmpty(lang, t(lang, filtered ? 'emptyFiltered' : 'emptyData'));
    }
    const title = this.label || this.chartData.yLabel;
    const showChart = this.view !== 'table';
    return html`<div class="toolbar" part="toolbar">
        <div class="group" role="group" aria-label=${t(lang, 'views')}>
          <button
            type="button"
            class="tool"
            aria-pressed=${showChart ? 'true' : 'false'}
            @click=${() => (this.view = 'chart')}
          >
            ${t(lang, 'viewChart')}
          </button>
          <button
            type="button"
            class="tool"
            aria-pressed=${showChart ? 'false' : 'true'}
            @click=${() => (this.view = 'table')}
          >
            ${t(lang, 'viewTable')}
          </button>
        </div>
        <div class="group">
          <button type="button" class="tool" ?disabled=${!showChart} @click=${this.downloadPng}>
            ${t(lang, 'downloadPng')}
          </button>
          <button type="button" class="tool" @click=${this.downloadCsv}>${t(lang, 'downloadCsv')}</button>
        </div>
      </div>
      <figure>
        ${
          showChart
            ? html`<div
                class="plot"
                part="chart"
                role="application"
                tabindex="0"
                aria-label=${t(lang, 'chartLabel', { title })}
                aria-describedby="summary"
                @keydown=${this.onChartKeydown}
              >
                <canvas part="canvas" aria-hidden="true"></canvas>
              </div>`
            : this.renderTableView(lang)
        }
        <figcaption class="summary" id="summary" part="summary">${this.summary}</figcaption>
      </figure>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  override render() {
    const lang = this.locale.lang;
    const ready = this.data.status.kind === 'done' && this.columns.length > 0;
    return html`<div class="root" part="base">
      ${this.label ? html`<p class="title" part="title">${this.label}</p>` : nothing}
      ${this.controls && ready ? this.engine.renderControls(this, lang) : nothing} ${this.renderBody(lang)}
      ${ready ? this.engine.renderColumns(this.columns, this.lastLoaded?.table.rows.length ?? 0, lang, this.setUserType) : nothing}
    </div>`;
  }
}
