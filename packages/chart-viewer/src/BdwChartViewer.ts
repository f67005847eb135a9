import {
  CatalogController,
  ViewController,
  type DataView,
  type CkanClient,
  LocaleController,
  baseStyles,
  formatDateTime,
  formatNumber,
  renderEmpty,
  stateStyles,
  type Lang,
} from '@bdw/core';
import type { Chart } from 'chart.js';
import { LitElement, adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { chartViewerStyles } from './chart-viewer.styles.js';
import type { ChartSettings, RequestedSettings } from './choose.js';
import type { ChartTheme } from './config.js';
import { DataController, type Engine } from './DataController.js';
import { normalizeEncoding } from '@bdw/core/data';
import { DataError } from '@bdw/core/data';
import { bdwEvent, type BdwChartReadyDetail, type BdwPointSelectDetail } from './events.js';
import { formatValue, type NumberStyle } from './format.js';
import type { Loaded } from '@bdw/core/data';
import type { PointPosition } from './point-keys.js';
import { t } from './messages.js';
import { renderDataError, renderProgress } from './render/states.js';
import type { ColumnRole } from './profile.js';
import type { Provenance } from './provenance.js';
import type { TableSort, TableView } from './table-view.js';
import type { Aggregation, ChartData, ChartType, Column, ColumnType, SortOrder } from './types.js';

/** Below this width (px) … */
const NARROW = 480;
/** … a bar chart of more categories than this is drawn horizontally. */
const MANY_FOR_NARROW = 6;

/**
 * A chart of a dataset's data that people can read, change and download: a CSV/TSV/JSON URL, a CKAN
 * datastore resource or rows set as a property, drawn with chart.js (bar, line, area, pie, doughnut,
 * scatter), with aggregation, filter, top-N, sort, an accessible table view, a text summary, keyboard
 * access to data points, and PNG/CSV downloads.
 *
 * @tagname bdw-chart-viewer
 * @summary Chart of a dataset (CSV/TSV/JSON URL, CKAN datastore or rows) with table view and downloads.
 *
 * Without `x` and `y` it charts what an analyst would: never a year, an identifier, a code, a
 * coordinate or a constant as a value; a period on the x axis (a line over time) with a small
 * category as series; the measure whose name says it is one (인구수, 사망자수); a wide table's
 * columns compared; counts of rows when there is no measure; and a table with a note when even that
 * means nothing. `el.settings` tells what was chosen, and takes it back.
 *
 * @fires bdw-chart-ready - The chart has been drawn. `detail`: `{ type, settings, series, points }`.
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
 * @csspart legend - The legend: one toggle button per series (or slice).
 * @csspart note - The note shown instead of a chart when the table has nothing to chart.
 * @csspart truncation - The note above a chart drawn from part of its rows (a datastore read stops at 100,000 rows, or where the server stopped early).
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
 * @cssprop --bdw-chart-viewer-others - Colour of "others" (default a neutral grey, never a series colour).
 * @cssprop --bdw-chart-viewer-dark-others - Colour of "others" in dark mode.
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

  /** `bar`, `line`, `area`, `pie`, `doughnut` or `scatter`; chosen from the data when not set. */
  @property({ reflect: true }) type?: ChartType;
  /** Stack series (bar, area). */
  @property({ type: Boolean }) stacked = false;
  /** Horizontal bars (they grow in height with their categories). */
  @property({ type: Boolean }) horizontal = false;
  /** Column on the x axis (categories, time or numbers); chosen from the data when not set. */
  @property() x?: string;
  /** Value column, or several separated by commas (`C01,C02,C03`); chosen from the data when not set. */
  @property() y?: string;
  /** Column whose values become separate series. */
  @property() series?: string;
  /** `sum`, `mean`, `count`, `min`, `max`, or `none` (one point per row over a numeric x); chosen when not set. */
  @property() agg?: Aggregation;
  /** Row filter: `연도>=1966; 분류=남자|여자; 이름~구` (`=`, `!=`, `>`, `>=`, `<`, `<=`, `~` contains, `!~`). */
  @property() filter = '';
  /** Keep the N largest categories and add up the rest as "others" (grey); 0 keeps all; chosen when not set. */
  @property({ type: Number }) top?: number;
  /** `auto`, `label`, `value-desc`, `value-asc` or `none`; chosen when not set (bars by size, time in order). */
  @property() sort?: SortOrder;
  /**
   * Column labels shown instead of field names on axes, legend, summary, table and downloads:
   * `POPU_ALL:선거인수, SGGNM:구·군` (or a JSON object). A CKAN data dictionary's labels are used too.
   */
  @property() labels = '';
  /** Source line of the PNG download (`출처: …`); for a datastore resource, its dataset's organisation. */
  @property() source?: string;
  /** Licence line of the PNG download; for a datastore resource, its dataset's licence. */
  @property() license?: string;
  /** `-` in number columns means zero (as the source says), instead of a missing value. */
  @property({ type: Boolean, attribute: 'dash-zero' }) dashZero = false;
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

  /**
   * The effective settings, `{ type, x, y: [...], series, agg, filter, top, sort }`: what is charted,
   * including what was chosen from the data (`null` before data is there). Set the same object (or
   * its JSON in the `settings` attribute) to chart the same again: a shareable chart configuration.
   */
  @property({ attribute: 'settings' })
  get settings(): ChartSettings | null {
    return this.effective ? { ...this.effective, y: [...this.effective.y] } : null;
  }
  set settings(value: Partial<ChartSettings> | string | null | undefined) {
    this.applySettings(value);
  }

  @state() private userTypes: Record<string, ColumnType> = {};
  @state() private tablePage = 0;
  @state() private tableSort: TableSort | null = null;
  @state() private announcement = '';
  @state() private hiddenSeries: ReadonlySet<string> = new Set();
  @state() private provenance: Provenance | null = null;

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly catalog = new CatalogController(this);
  private readonly viewer = new ViewController(this);
  /** The view revision the data was last loaded for (`-1`: not loaded from a view). */
  private viewRevision = -1;
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
  /** Column labels in use: the source's (CKAN `info.label`), then the `labels` attribute's. */
  columnLabels: Record<string, string> = {};
  /** What each column is for, as read from the data (time, measure, category, code, …). */
  columnRoles: Record<string, ColumnRole> = {};
  private effective: ChartSettings | null = null;
  /** The table has nothing worth charting: it is shown as a table, with a note. */
  private tableOnly = false;
  private settingsError: DataError | null = null;
  private announceChange = false;
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

  /** Narrower than a phone's landscape: bar charts of many categories turn horizontal to keep their labels. */
  @state() private narrow = false;
  private resizeObserver: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chartInstance?.destroy();
    this.chartInstance = undefined;
    this.chartDirty = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.chartDirty = true;
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 0) < NARROW;
      if (narrow === this.narrow) return;
      this.narrow = narrow;
      this.chartDirty = true;
    });
    this.resizeObserver.observe(this);
  }

  /** Settings from an object or its JSON; keys left out stay as they are. */
  private applySettings(value: Partial<ChartSettings> | string | null | undefined): void {
    this.settingsError = null;
    if (value === null || value === undefined || value === '') return;
    let object: unknown = value;
    if (typeof value === 'string') {
      try {
        object = JSON.parse(value);
      } catch {
        object = null;
      }
    }
    if (!object || typeof object !== 'object' || Array.isArray(object)) {
      this.settingsError = new DataError('settings');
      return;
    }
    const given = object as Partial<Record<keyof ChartSettings, unknown>>;
    const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    if ('type' in given) this.type = text(given.type) as ChartType | undefined;
    if ('x' in given) this.x = text(given.x);
    if ('y' in given) this.y = Array.isArray(given.y) ? given.y.map(String).join(',') : text(given.y);
    if ('series' in given) this.series = text(given.series);
    if ('agg' in given) this.agg = text(given.agg) as Aggregation | undefined;
    if ('filter' in given) this.filter = typeof given.filter === 'string' ? given.filter : '';
    if ('top' in given) this.top = typeof given.top === 'number' ? given.top : undefined;
    if ('sort' in given) this.sort = text(given.sort) as SortOrder | undefined;
  }

  /** What the attributes ask for; the rest is chosen from the data. */
  private get requested(): RequestedSettings {
    return {
      type: this.type,
      x: this.x,
      y: this.y?.split(','),
      series: this.series,
      agg: this.agg,
      filter: this.filter,
      top: this.top,
      sort: this.sort,
    };
  }

  /** A change from the settings panel: what is charted now stays, except what the reader changed. */
  changeSettings(change: Partial<ChartSettings>): void {
    this.announceChange = true;
    this.applySettings({ ...this.effective, ...change });
  }

  /** Loads the data again (the retry button does this). */
  reload(): void {
    const view = this.linkedView;
    if (view) {
      this.viewRevision = view.revision;
      void this.data.loadView(view, this.requested, this.locale.lang);
      return;
    }
    this.viewRevision = -1;
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
    const view = this.linkedView;
    const viewChanged = view ? view.revision !== this.viewRevision : this.viewRevision !== -1;
    const groupingKeys = ['type', 'x', 'y', 'series', 'agg'] as const;
    if (viewChanged || (view && groupingKeys.some((k) => changed.has(k)))) {
      this.reload();
    } else if (sourceKeys.some((k) => changed.has(k)) || client !== this.lastClient) {
      this.lastClient = client;
      this.userTypes = {};
      this.hiddenSeries = new Set();
      this.reload();
      this.loadProvenance(client);
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
      'labels',
      'dashZero',
      'settings',
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

  /** For a datastore resource, its dataset's organisation and licence for the PNG's source line. */
  private loadProvenance(client: CkanClient | undefined): void {
    this.provenance = null;
    const resource = this.resource;
    if (!client || !resource) return;
    void import('./provenance.js')
      .then(({ resourceProvenance }) => resourceProvenance(client, resource))
      .then((found) => {
        if (this.resource === resource) this.provenance = found;
      })
      .catch(() => undefined); // a portal without resource_show: the PNG has no source line
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
    const settings = this.effective;
    const yType = this.columns.find((c) => c.name === settings?.y[0])?.type;
    return { compact: this.compact, unit: this.unit, percent: yType === 'percent' && settings?.agg !== 'count' };
  }

  /** The same style without 만/억: exact numbers for the table, tooltips and announcements. */
  private get exactStyle(): NumberStyle {
    return { ...this.numberStyle, compact: false };
  }

  /** Typing, the choice of what to chart, aggregation and summary, recomputed when the data or a setting changes. */
  private derive(): void {
    const before = this.chartData;
    const focused = this.active;
    this.chartDirty = true;
    this.tableCache = null;
    this.tablePage = 0;
    this.tableSort = null;
    this.active = null;
    this.dataError = null;
    this.chartData = null;
    this.effective = null;
    this.tableOnly = false;
    this.summary = '';
    const loaded = this.lastLoaded;
    if (!loaded) return;
    this.adoptEngineStyles();
    const lang = this.locale.lang;
    const derived = this.engine.deriveChart({
      loaded,
      types: this.types,
      userTypes: this.userTypes,
      labels: this.labels,
      requested: (this.data.status.kind === 'done' && this.data.status.requested) || this.requested,
      dashZero: this.dashZero,
      lang,
    });
    this.columns = derived.columns;
    this.columnLabels = derived.columnLabels;
    this.columnRoles = derived.columnRoles;
    this.effective = derived.effective;
    this.tableOnly = derived.tableOnly;
    this.dataError = derived.error;
    this.chartData = derived.chartData;
    if (!this.chartData) return;
    // A view's filter changed: the same categories are drawn again, so the point a keyboard user is on stays.
    if (focused && sameCategories(before, this.chartData)) this.active = focused;
    this.summarize();
    if (this.announceChange && before)
      this.announcement = this.engine.message(lang, 'changed', { summary: this.summary });
    this.announceChange = false;
  }

  private engineStylesAdopted = false;

  /** The styles of the panel, legend and table come with the engine (see `engine.styles.ts`). */
  private adoptEngineStyles(): void {
    if (this.engineStylesAdopted || !this.shadowRoot) return;
    this.engineStylesAdopted = true;
    adoptStyles(this.shadowRoot, [...BdwChartViewer.elementStyles, this.engine.engineStyles]);
  }

  /** Indexes of the legend entries the reader switched off (series, or slices of a pie). */
  private get hiddenIndexes(): Set<number> {
    const names = this.legendNames();
    return new Set(names.flatMap((name, i) => (this.hiddenSeries.has(name) ? [i] : [])));
  }

  private legendNames(): string[] {
    return this.chartData ? this.engine.legendNames(this.chartData, this.isPie) : [];
  }

  private get isPie(): boolean {
    const type = this.effective?.type;
    return type === 'pie' || type === 'doughnut';
  }

  private summarize(): void {
    const data = this.chartData;
    if (!data) return;
    this.summary = this.engine.summarize(data, {
      lang: this.locale.lang,
      type: this.effective!.type,
      style: this.numberStyle,
      formatX: this.formatX(),
      ...(this.isPie ? {} : { hidden: this.hiddenIndexes }),
    });
  }

  /** Hides or shows one legend entry; the chart, its summary and the live region follow. */
  private toggleSeries(index: number): void {
    const name = this.legendNames()[index];
    const chart = this.chartInstance;
    if (name === undefined) return;
    const hidden = new Set(this.hiddenSeries);
    const hide = !hidden.has(name);
    if (hide) hidden.add(name);
    else hidden.delete(name);
    this.hiddenSeries = hidden;
    if (chart) {
      if (this.isPie) chart.toggleDataVisibility(index);
      else chart.setDatasetVisibility(index, !hide);
      chart.update('none');
    }
    this.summarize();
    this.announcement = this.engine.message(this.locale.lang, hide ? 'legendHidden' : 'legendShown', { name });
  }

  private formatX(): ((x: number) => string) | undefined {
    if (this.chartData?.kind !== 'points' && this.chartData !== null) return undefined;
    const x = this.effective?.x;
    const type = this.columns.find((c) => c.name === x)?.type;
    const lang = this.locale.lang;
    if (type === 'date') {
      return (v) => formatDateTime(v - 9 * 3600_000, lang); // wall-clock values are read as Seoul time
    }
    return (v) => formatNumber(v, lang);
  }

  private readTheme(): ChartTheme {
    return this.engine.readChartTheme(this, this.renderRoot);
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (this.view !== 'chart' || !this.chartData || !this.canvas || !plot) {
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
    const settings = this.effective!;
    const many = data.kind === 'category' && data.labels.length > MANY_FOR_NARROW;
    const horizontal = settings.type === 'bar' && (this.horizontal || (this.narrow && many));
    // Horizontal bars get the height their categories need, so that no label is dropped (CSSOM: CSP-safe).
    const perCategory = 1.5 + (this.stacked ? 0 : 0.6 * Math.max(0, data.series.length - 1));
    const rows = data.kind === 'category' ? data.labels.length * perCategory : 0;
    plot.style.setProperty('--_plot-height', horizontal ? `max(22rem, ${rows + 5}rem)` : '');
    const formatX = this.formatX();
    const hidden = this.hiddenIndexes;
    this.chartInstance = this.engine.createChart(
      this.canvas,
      this.engine.buildConfig(data, {
        type: settings.type,
        stacked: this.stacked,
        horizontal,
        theme: this.readTheme(),
        lang: this.locale.lang,
        style: this.numberStyle,
        hidden,
        selected: this.selectedLabels,
        ...(formatX ? { formatX } : {}),
        onClick: (datasetIndex, index) => this.select(datasetIndex, index),
      }),
    );
    if (this.isPie) {
      for (const index of hidden) this.chartInstance.toggleDataVisibility(index);
      if (hidden.size) this.chartInstance.update('none');
    }
    if (this.active) this.focusPoint(this.active.datasetIndex, this.active.index);
    this.dispatchEvent(
      bdwEvent<BdwChartReadyDetail>('bdw-chart-ready', {
        type: settings.type,
        settings: this.settings!,
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
    if (raw !== null && typeof raw === 'object' && this.chartData?.kind === 'category') {
      // Years drawn on a time-scaled axis: the point is still its category.
      const label = this.chartData.labels[index] ?? '';
      return { datasetIndex, index, series: dataset.label ?? '', label, value: raw.y };
    }
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
      value: formatValue(point.value, this.locale.lang, this.exactStyle),
    });
  }

  /**
   * The `<bdw-view>` this chart charts, when it has no data source of its own (`src`, `resource`, `rows`): its bars,
   * slices and points then toggle the view's filter on their x value.
   */
  private get linkedView(): DataView | undefined {
    return this.src || this.resource || this.rows ? undefined : this.viewer.view;
  }

  /** The x values the view keeps: those bars are drawn selected among the others. */
  private get selectedLabels(): ReadonlySet<string> {
    const x = this.effective?.x;
    const filter = x ? this.linkedView?.filters[x] : undefined;
    return new Set(Array.isArray(filter) ? filter : []);
  }

  private select(datasetIndex: number, index: number): void {
    const point = this.pointAt(datasetIndex, index);
    if (!point) return;
    const view = this.linkedView;
    const x = this.effective?.x;
    const others =
      this.chartData?.kind === 'category' && this.chartData.others && index === this.chartData.labels.length - 1;
    if (view && x && this.chartData?.kind === 'category' && !others)
      view.toggle(x, this.chartData.labels[index] ?? '', this);
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
    const pie = this.isPie;
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

  /** The source and licence lines: the attributes, else what the dataset of a datastore resource says. */
  private get credits(): Provenance {
    return {
      source: this.source ?? this.provenance?.source ?? '',
      license: this.license ?? this.provenance?.license ?? '',
    };
  }

  /**
   * The chart as a published chart, a PNG data URL: the title above, the source and licence line
   * below, on the theme's background; `null` before it is drawn.
   */
  toPng(): string | null {
    const chart = this.chartInstance;
    if (!chart || !this.chartData) return null;
    return this.engine.chartPng(this, chart.canvas, {
      title: this.label || this.chartData.yLabel,
      ...this.credits,
      lang: this.locale.lang,
    });
  }

  /** The charted data as CSV with exact numbers (UTF-8 with BOM, so Excel reads Korean), or `null` when nothing is charted. */
  async toCsv(): Promise<string | null> {
    return this.chartData
      ? this.engine.toCsv(this.chartData, { bom: true, seriesHeader: t(this.locale.lang, 'series') })
      : null;
  }

  private downloadPng = () => {
    const png = this.toPng();
    if (png) this.download(png, `${this.fileName}.png`);
  };

  private downloadCsv = async () => {
    const csv = await this.toCsv();
    if (!csv) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    this.download(url, `${this.fileName}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // --- table view ----------------------------------------------------------------------------------

  private tableView(): TableView {
    if (this.tableCache) return this.tableCache;
    const lang = this.locale.lang;
    const view = this.chartData
      ? this.engine.buildTableView(this.chartData, t(lang, 'series'))
      : this.engine.rawTableView(this.lastLoaded!.table, this.columns, this.columnLabels, this.columnRoles);
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
    const data = this.chartData;
    const fx = data?.kind === 'points' ? this.formatX() : undefined;
    const caption = data
      ? this.engine.message(lang, 'tableCaption', { title: this.label || data.yLabel })
      : this.engine.message(lang, 'rawCaption', { title: this.label || t(lang, 'label') });
    return this.engine.renderTable(this.tableView(), lang, {
      caption,
      page: this.tablePage,
      sort: this.tableSort,
      format: (value, column) => {
        if (typeof value !== 'number') return value ?? '–';
        if (column === 0 && fx) return fx(value);
        // The table gives exact numbers; 만/억 (`compact`) is for axis ticks only.
        return data ? formatValue(value, lang, this.exactStyle) : formatNumber(value, lang);
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
    const content = this.renderContent(lang);
    return status.kind === 'done' && !this.settingsError && !this.dataError
      ? html`${this.engine.renderTruncation(status.loaded.truncated, lang)}${content}`
      : content;
  }

  private renderContent(lang: Lang) {
    const status = this.data.status;
    const retry = () => this.reload();
    if (this.settingsError) return renderDataError(this.settingsError, lang, retry);
    if (status.kind === 'idle') return renderProgress(null, lang);
    if (status.kind === 'loading') return renderProgress(status.progress, lang);
    if (status.kind === 'error') return renderDataError(status.error, lang, retry);
    if (this.dataError) return renderDataError(this.dataError, lang, retry);
    if (this.tableOnly) {
      return html`<p class="note" part="note">${this.engine.message(lang, 'tableOnly')}</p>
        ${this.renderTableView(lang)}`;
    }
    if (!this.chartData) {
      const view = this.linkedView;
      const filtered = view
        ? Object.keys(view.filters).length > 0
        : this.engine.parseFilters(this.filter).filters.length > 0 && (this.lastLoaded?.table.rows.length ?? 0) > 0;
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
        ${showChart ? this.renderChart(lang, title) : this.renderTableView(lang)}
        <figcaption class="summary" id="summary" part="summary">${this.summary}</figcaption>
      </figure>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  private renderChart(lang: Lang, title: string) {
    const legend = this.engine.renderChartLegend(
      this.chartData!,
      {
        pie: this.isPie,
        line: !this.isPie && this.effective?.type !== 'bar',
        theme: this.readTheme(),
        hidden: this.hiddenSeries,
        lang,
      },
      (index) => this.toggleSeries(index),
    );
    return html`${legend}
      <div
        class="plot"
        part="chart"
        role="application"
        tabindex="0"
        aria-label=${t(lang, 'chartLabel', { title })}
        aria-describedby="summary"
        @keydown=${this.onChartKeydown}
      >
        <canvas part="canvas" aria-hidden="true"></canvas>
      </div>`;
  }

  override render() {
    const lang = this.locale.lang;
    const ready = this.data.status.kind === 'done' && this.columns.length > 0;
    return html`<div class="root" part="base">
      ${this.label ? html`<p class="title" part="title">${this.label}</p>` : nothing}
      ${this.controls && ready ? this.engine.renderControls(this, lang) : nothing} ${this.renderBody(lang)}
      ${
        ready
          ? this.engine.renderColumns(
              this.columns,
              this.lastLoaded?.table.rows.length ?? 0,
              lang,
              this.setUserType,
              this.columnLabels,
            )
          : nothing
      }
    </div>`;
  }
}

/** Whether two charted data have the same categories in the same order (a redraw, not a new chart). */
function sameCategories(a: ChartData | null, b: ChartData | null): boolean {
  return a?.kind === 'category' && b?.kind === 'category' && a.labels.join('\u0000') === b.labels.join('\u0000');
}
