import {
  ApiError,
  CatalogController,
  LocaleController,
  ViewController,
  baseStyles,
  coreMessage,
  checkUrlTemplate,
  formatNumber,
  isAbortError,
  logDetail,
  renderError,
  renderLoading,
  stateStyles,
  type Lang,
} from '@bdw/core';
import type * as Leaflet from 'leaflet';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CatalogMapController } from './CatalogMapController.js';
import type { Classification } from './classify.js';
import { dataMapStyles } from './data-map.styles.js';
import type * as EngineModule from './map-engine.js';
import { DataError } from './errors.js';
import { bdwEvent, type BdwLayerChangeDetail } from './events.js';
import type { AnyCollection } from './geojson.js';
import type { LayerSpec, LoadProgress, LoadedLayer } from './layers.js';
import type { MapView, MapViewHost } from './map-view.js';
import { dataErrorMessage, t } from './messages.js';
import type * as CatalogViewModule from './render/catalog.js';
import { normalizeSpecs } from './specs.js';
import type { ViewLayers } from './view-layers.js';

export { CANVAS_THRESHOLD, DEFAULT_CENTER, DEFAULT_ZOOM } from './constants.js';

type L = typeof Leaflet;
type Engine = typeof EngineModule;

let leafletModule: Promise<L> | null = null;
/** Leaflet is imported on first use: it touches `window` at import, and modules must import on a server. */
function loadLeaflet(): Promise<L> {
  // A failed import (a lost chunk, or a page whose Trusted Types block Leaflet's innerHTML at import) stays failed,
  // as the browser's module map keeps it: a second import of a half-evaluated bundle would give a broken Leaflet.
  leafletModule ??= import('leaflet/dist/leaflet-src.esm.js') as unknown as Promise<L>;
  return leafletModule;
}

let engineModule: Promise<Engine> | undefined;
/**
 * The map engine (`map-engine.ts`: reading layers, clustering, classification, Leaflet's CSS and the map view) is fetched
 * together with Leaflet, as the map cannot draw before Leaflet arrives. A failed fetch is tried again on retry.
 */
function loadEngine(): Promise<Engine> {
  engineModule ??= import('./map-engine.js').catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

let catalogViewModule: Promise<typeof CatalogViewModule> | undefined;
/**
 * The catalogue map's drawing (the treemap layout with d3-hierarchy, tiles, breadcrumbs) is fetched in catalogue mode
 * only, together with the catalogue's facets. A failed fetch is tried again on the next update.
 */
function loadCatalogView(): Promise<typeof CatalogViewModule> {
  catalogViewModule ??= import('./render/catalog.js').catch((error: unknown) => {
    catalogViewModule = undefined;
    throw error;
  });
  return catalogViewModule;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; progress?: LoadProgress }
  | { kind: 'done'; layers: LoadedLayer[] }
  | { kind: 'error'; error: unknown };

/**
 * A map of data on Leaflet: GeoJSON and CSV layers (from URLs, CKAN datasets or properties),
 * choropleths joined to polygons by key (Busan's KOSTAT and MOIS district codes both work),
 * clustered points, a layer switcher, a legend and a table of the features as a text alternative.
 * With `mode="catalog"` it maps the catalogue instead: datasets grouped by category and provider.
 * Inside a `<bdw-view>` it joins the view: `join="SGGNM:발생지시군구"` shades the polygons by the view's row counts and
 * a click (or Enter) on one toggles the view's filter on it; the view's matching rows are drawn as points.
 * Works offline: without a tile URL the data shows over a basemap of its own (Busan's districts and their names).
 *
 * @tagname bdw-data-map
 * @summary Leaflet map of catalogue data: layers, choropleths, clustered points, catalogue map.
 *
 * @fires bdw-feature-select - The user chose a feature (click, Enter, or the list). `detail`: `layerId`, `index`, `name`, `properties`, `coordinates`. On a layer joined to a view, choosing also toggles the view's filter (the view fires `bdw-filter-change`).
 * @fires bdw-layer-change - The user showed or hid a layer. `detail`: `layerId`, `visible`, `visibleLayers`.
 * @fires {CustomEvent<BdwDatasetSelectDetail>} bdw-dataset-select - Catalogue mode: the user chose a dataset. `detail.dataset`.
 * @fires {CustomEvent<BdwSearchDetail>} bdw-search - Catalogue mode: the user narrowed the catalogue to a category or provider. `detail.query`.
 *
 * @csspart base - The whole widget.
 * @csspart skip - The "skip the map" link before the map (shown when focused).
 * @csspart map - The map (Leaflet container).
 * @csspart panel - The side panel with layers and legend.
 * @csspart layers - The layer switcher.
 * @csspart legend - The legend.
 * @csspart list-toggle - The button that shows the features as a table.
 * @csspart table - The table of features.
 * @csspart notes - Notes about the data (rows left out, join results, base map).
 * @csspart catalog - The catalogue map.
 * @csspart tile - A node of the catalogue map.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --bdw-data-map-height - Height of the map (default 28rem).
 * @cssprop --bdw-data-map-panel-width - Width of the side panel on wide containers (default 15rem).
 * @cssprop --bdw-data-map-palette - Base colour of choropleth classes, points and clusters (default: the primary token; see also the `palette` attribute).
 * @cssprop --bdw-data-map-cluster - Fill of cluster markers (default: the text token, neutral so that no choropleth class of any palette looks like a cluster).
 * @cssprop --bdw-data-map-on-cluster - Cluster counts and ring (default: the surface token).
 * @cssprop --bdw-data-map-background - Background of the map where there are no tiles: the sea under the offline basemap (default: the primary token mixed into surface-alt), or the plain background with `basemap="none"` (default: the surface-alt token).
 * @cssprop --bdw-data-map-land - Land of the offline basemap (default: the surface token).
 * @cssprop --bdw-data-map-boundary - District boundaries of the offline basemap (default: the border token).
 */
export class BdwDataMap extends LitElement {
  static override styles = [baseStyles, stateStyles, dataMapStyles];

  /** Leaflet maps currently alive in all `<bdw-data-map>` elements of the page (for leak tests). */
  static liveMaps = 0;

  /** Address of a CKAN portal or Action API (for `dataset` layers and catalogue mode). Without it, the nearest `<bdw-catalog>`'s. */
  @property() api?: string;
  /** `geo` (default): a map of data layers. `catalog`: the catalogue grouped by category and provider. */
  @property({ reflect: true }) mode: 'geo' | 'catalog' = 'geo';
  /** URL of one GeoJSON, CSV or TSV file to map (a shortcut for a one-layer `layers`). */
  @property() src?: string;
  /** A CKAN dataset (id or name) whose GeoJSON or CSV resource is mapped (needs `api`). */
  @property({ attribute: 'dataset' }) datasetName?: string;
  /** Format of `src` when its name does not tell: `geojson` or `csv`. */
  @property() format?: 'geojson' | 'csv';
  /** Choropleth: the numeric property to colour polygons by (for `src`/`dataset`). */
  @property({ attribute: 'value-field' }) valueField?: string;
  /** Choropleth: what people call the value (선거인수), shown instead of `value-field` in the legend, popups and table. */
  @property({ attribute: 'value-label' }) valueLabel?: string;
  /** Layers: an array of layer descriptions (property), or the same as JSON (attribute). See the README. */
  @property({ type: Array }) layers?: LayerSpec[] | string;
  /** Default classification of choropleths: `quantile`, `equal-interval` or `natural-breaks`. */
  @property() classification: Classification = 'quantile';
  /** Default number of classes of choropleths (2–9). */
  @property({ type: Number }) classes = 5;
  /** Colour of classes and points from the tokens: `primary` (default), `accent`, `danger`, `warning`, `success`. */
  @property({ reflect: true }) palette: 'primary' | 'accent' | 'danger' | 'warning' | 'success' = 'primary';
  /** Tile URL template such as `https://tile.example/{z}/{x}/{y}.png`. Without it the map has a neutral background. */
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  /**
   * Base of the map without `tile-url`: `busan` (default) draws Busan's district boundaries and names (offline, from
   * Statistics Korea's 2018 boundaries, fetched with the map engine); `none` leaves a plain background. A tile URL
   * replaces it.
   */
  @property({ reflect: true }) basemap: 'busan' | 'none' = 'busan';
  /** Attribution of the tiles, shown as text. */
  @property() attribution?: string;
  /** Initial centre as `lat,lng` (default Busan, 35.1796,129.0756); the map fits its data unless `no-fit`. */
  @property() center?: string;
  /** Initial zoom (default 11). */
  @property({ type: Number }) zoom?: number;
  /** Keep the initial view instead of fitting the map to the data. */
  @property({ type: Boolean, attribute: 'no-fit' }) noFit = false;
  /** Name of the map for assistive technology (default: the layer titles). */
  @property() label?: string;
  /** Show the table of features at start. */
  @property({ type: Boolean, attribute: 'show-list' }) showList = false;
  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /**
   * Inside a `<bdw-view>`: joins the map's polygon layer (`src`, `dataset`, or the first polygon layer of `layers`) to
   * the view's table, as `feature property:view field` — `SGGNM:발생지시군구`. Each polygon is shaded by the view's
   * row count for it (under the view's other filters), and clicking it, or Enter on it, toggles the view's filter on
   * its value; selected polygons are outlined and hatched. Busan's district names and both district code systems
   * join (`code:발생지시군구` works through the built-in crosswalk). Outside a view it does nothing.
   */
  @property() join?: string;
  /**
   * Inside a `<bdw-view>`: also draw the view's rows matching its filters as points (clustered), placed by their
   * latitude/longitude fields. A map in a view with no layer of its own draws them without this attribute.
   */
  @property({ type: Boolean }) points = false;
  /** The view's latitude field for `points` (detected when omitted: 위도, lat, latitude …). */
  @property() lat?: string;
  /** The view's longitude field for `points` (detected when omitted: 경도, lon, lng, longitude …). */
  @property() lon?: string;
  /** At most this many of the view's rows are drawn as points (a note says when there are more). Default 10,000. */
  @property({ type: Number, attribute: 'point-limit' }) pointLimit = 10_000;

  @state() private status: Status = { kind: 'idle' };
  @state() private hiddenLayers = new Set<string>();
  @state() private listOpen = false;
  @state() private tileFailed = false;
  /** Why `tile-url` cannot be used (checked when it is set), or `null`. */
  @state() private tileError: DataError | null = null;

  @query('.map') private mapEl?: HTMLElement;

  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);
  private readonly catalogMap = new CatalogMapController(this);
  /** The `<bdw-view>` around the map, if any (the map updates on every change of its engine or filters). */
  private readonly viewController = new ViewController(this);
  /** Inside a view: its counts for the joined layer and its matching rows as points (made with the map engine). */
  private viewLayers: ViewLayers | null = null;
  /** The layers drawn: the loaded ones (the joined one with the view's counts) and the view's points. */
  private drawnLayers: readonly LoadedLayer[] = [];
  /** The catalogue map's view once fetched (catalogue mode), or the error fetching it. */
  private catalogView: typeof CatalogViewModule | { error: unknown } | null = null;
  private catalogViewPending = false;
  /** The Leaflet side (map, drawing, legend, table of features), once the engine has loaded. */
  private view: MapView | null = null;
  /** The map engine's module, once loaded. */
  private engine: Engine | null = null;
  private loadKey: string | undefined;
  private loadAbort: AbortController | null = null;
  private readonly onOnline = () => {
    if (this.status.kind === 'error') this.retry();
  };

  /** The layers being drawn (after loading; inside a view, with the view's counts and points). */
  get loadedLayers(): readonly LoadedLayer[] {
    return this.status.kind === 'done' ? this.drawnLayers : [];
  }

  /** The Leaflet map, once created (null in catalogue mode and while disconnected). */
  get leafletMap(): Leaflet.Map | null {
    return this.view?.leafletMap ?? null;
  }

  private specs(): (LayerSpec & { id: string })[] {
    const defaults = (s: LayerSpec): LayerSpec & { id: string } => ({
      ...s,
      id: s.id!,
      classification: s.classification ?? this.classification,
      classes: s.classes ?? this.classes,
    });
    if (this.layers && (typeof this.layers !== 'string' || this.layers.trim())) {
      return normalizeSpecs(this.layers).map(defaults);
    }
    if (this.src || this.datasetName) {
      return normalizeSpecs([
        {
          id: 'layer-1',
          ...(this.src ? { src: this.src } : {}),
          ...(this.datasetName ? { dataset: this.datasetName } : {}),
          ...(this.format ? { format: this.format } : {}),
          ...(this.valueField ? { valueField: this.valueField } : {}),
          ...(this.valueLabel ? { valueLabel: this.valueLabel } : {}),
          ...(this.label ? { title: this.label } : {}),
        },
      ]).map(defaults);
    }
    return [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    if (this.hasUpdated) {
      // A load cut short by a disconnect starts again; a finished one is drawn again.
      if (this.loadKey === undefined) this.requestUpdate();
      void this.ensureMap();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.loadAbort?.abort();
    this.loadAbort = null;
    // A load cut short is started again on reconnect; so is a layer held by a map worker, which is stopped to free it.
    if (this.status.kind === 'loading') this.loadKey = undefined;
    if (this.status.kind === 'done' && this.status.layers.some((l) => l.points?.inWorker)) {
      this.dropLayers();
      this.status = { kind: 'idle' };
      this.loadKey = undefined;
    }
    // The view's queries stop and its points are freed; both are asked for again on reconnect.
    this.viewLayers?.disconnect();
    this.teardownMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('showList') && this.showList) this.listOpen = true;
    if (changed.has('tileUrl')) this.tileError = tileUrlError(this.tileUrl);
    if (this.mode === 'catalog') {
      this.catalogMap.update(this.catalog.client);
      if (!this.catalogView && !this.catalogViewPending) {
        this.catalogViewPending = true;
        loadCatalogView()
          .then(
            (view) => (this.catalogView = view),
            (error: unknown) => (this.catalogView = { error }),
          )
          .finally(() => {
            this.catalogViewPending = false;
            this.requestUpdate();
          });
      }
      return;
    }
    let key: string;
    try {
      key = JSON.stringify([
        // Inline data is compared by identity: stringifying 100,000 features on every update would be slow.
        this.specs().map((s) => ({ ...s, data: s.data === undefined ? undefined : dataIdentity(s.data) })),
        this.api ?? '',
        this.catalog.client?.actionUrl ?? '',
        // A map with no layer of its own draws the view's points once it is inside a view.
        !!this.viewController.view,
      ]);
    } catch (error) {
      this.status = { kind: 'error', error };
      return;
    }
    // A disconnected element loads nothing (what it started was stopped); it loads again when it comes back.
    if (key !== this.loadKey && this.isConnected) {
      this.loadKey = key;
      void this.load();
    }
    this.followView();
  }

  /** Asks the view for what the map needs and computes the layers to draw from its answers. */
  private followView(): void {
    const base = this.status.kind === 'done' ? this.status.layers : [];
    const view = this.viewController.view;
    // The view's part comes with the map engine, which has loaded once there are layers (or a view) to draw.
    if (view && this.engine) this.viewLayers ??= new this.engine.ViewLayers(this, () => this.requestUpdate());
    this.drawnLayers = this.viewLayers?.follow(view, base, this.locale.lang, this.specs().length > 0) ?? base;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.mode !== 'geo') {
      this.teardownMap();
      return;
    }
    void this.ensureMap();
    if (changed.has('tileUrl') || changed.has('attribution') || changed.has('basemap')) this.view?.applyTiles();
    // The map follows the view's counts, selection and points (drawn after the first draw of the loaded layers).
    if (this.status.kind === 'done') this.view?.sync();
  }

  /** Frees the loaded layers' map workers. */
  private dropLayers(): void {
    if (this.status.kind !== 'done') return;
    const { layers } = this.status;
    void loadEngine().then(({ disposeLayers }) => disposeLayers(layers));
  }

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    this.dropLayers();
    let specs: (LayerSpec & { id: string })[];
    try {
      specs = this.specs();
    } catch (error) {
      this.status = { kind: 'error', error };
      return;
    }
    this.view?.reset();
    // Inside a view, a map with no layer of its own still draws: the view's points.
    if (specs.length === 0 && !this.viewController.view) {
      this.status = { kind: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.loadAbort = abort;
    this.status = { kind: 'loading' };
    const client = specs.some((s) => s.dataset) ? this.catalog.client : undefined;
    try {
      // Leaflet and the engine are awaited with the data, so that failing to load them shows the error state too.
      const [engine, layers] = await Promise.all([
        loadEngine(),
        loadEngine().then(({ loadLayer }) =>
          Promise.all(
            specs.map((spec) =>
              loadLayer(spec, {
                signal: abort.signal,
                onProgress: (progress) => {
                  if (!abort.signal.aborted) this.status = { kind: 'loading', progress };
                },
                ...(client ? { client } : {}),
              }),
            ),
          ),
        ),
        loadLeaflet(),
      ]);
      if (abort.signal.aborted) {
        engine.disposeLayers(layers);
        return;
      }
      this.engine = engine;
      this.viewOf(engine);
      this.hiddenLayers = new Set(layers.filter((l) => l.spec.visible === false).map((l) => l.id));
      this.status = { kind: 'done', layers };
      await this.updateComplete;
      this.view?.draw();
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = { kind: 'error', error };
    }
  }

  /** The skip link: focus goes past the map (its features are one Tab stop, its controls a few more). */
  private skipMap = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('.skip-target')?.focus();
  };

  private retry = () => {
    this.loadKey = undefined;
    this.requestUpdate();
  };

  // --- Leaflet lifecycle ------------------------------------------------------------------------

  /** The element's map view, created once the engine is there. */
  private viewOf(engine: Engine): MapView {
    if (this.view) return this.view;
    const host: MapViewHost = {
      element: this,
      state: () => ({
        lang: this.locale.lang,
        layers: this.status.kind === 'done' ? this.drawnLayers : null,
        hiddenLayers: this.hiddenLayers,
        center: this.center,
        // `zoom="NaN"` or out of range: the default zoom, or the nearest one Leaflet can show.
        zoom: Number.isFinite(this.zoom) ? Math.min(19, Math.max(0, this.zoom!)) : undefined,
        noFit: this.noFit,
        tileUrl: this.tileError ? undefined : this.tileUrl,
        attribution: this.attribution,
        basemap: this.basemap === 'none' ? 'none' : 'busan',
        mapElement: this.mapEl,
      }),
      setTileFailed: (failed) => {
        if (this.tileFailed !== failed) this.tileFailed = failed;
      },
      toggleInView: (layer, index) => this.viewLayers?.toggle(this.viewController.view, layer, index, this),
    };
    this.view = new engine.MapView(host);
    return this.view;
  }

  private async ensureMap(): Promise<void> {
    if (this.view?.leafletMap || this.mode !== 'geo') return;
    // A failure to load Leaflet or the engine is shown by load(); here it must not become an unhandled rejection.
    const loaded = await Promise.all([loadLeaflet(), loadEngine()]).catch(() => null);
    if (!loaded) return;
    const container = this.mapEl;
    if (this.view?.leafletMap || !this.isConnected || !container || this.mode !== 'geo') return;
    const [L, engine] = loaded;
    this.viewOf(engine).attach(L, container);
    BdwDataMap.liveMaps++;
  }

  private teardownMap(): void {
    if (this.view?.teardown()) BdwDataMap.liveMaps--;
  }

  private toggleLayer(layer: LoadedLayer, visible: boolean): void {
    const hidden = new Set(this.hiddenLayers);
    if (visible) hidden.delete(layer.id);
    else hidden.add(layer.id);
    this.hiddenLayers = hidden;
    this.view?.toggle(layer, visible);
    this.dispatchEvent(
      bdwEvent<BdwLayerChangeDetail>('bdw-layer-change', {
        layerId: layer.id,
        visible,
        visibleLayers: this.loadedLayers.filter((l) => !hidden.has(l.id)).map((l) => l.id),
      }),
    );
  }

  // --- Rendering -------------------------------------------------------------------------------

  private renderState(lang: Lang) {
    const status = this.status;
    if (this.tileError) return this.renderDataError(lang, this.tileError);
    const empty = status.kind === 'done' && this.drawnLayers.every((l) => l.size === 0);
    const fromView = this.viewLayers?.renderState(this.viewController.view, lang, empty, this.retry);
    if (fromView) return fromView;
    if (status.kind === 'loading') return renderLoading(lang, progressLabel(lang, status.progress));
    if (status.kind === 'error') {
      const error = status.error;
      // A file with a header and no rows is not broken: there is simply nothing to map.
      if (error instanceof DataError && error.reason === 'noRows') {
        return html`<div class="state" part="empty" role="status">
          <p class="state__message">${dataErrorMessage(lang, error)}</p>
        </div>`;
      }
      if (error instanceof DataError) return this.renderDataError(lang, error);
      if (error instanceof ApiError && error.kind === 'network' && !navigator.onLine) {
        return html`<div class="state state--error" part="error" role="alert">
          <p class="state__title">${coreMessage(lang, 'error.title')}</p>
          <p class="state__message">${t(lang, 'offline')}</p>
          <button type="button" class="button" part="retry" @click=${this.retry}>${coreMessage(lang, 'retry')}</button>
        </div>`;
      }
      return renderError(error, lang, this.retry);
    }
    if (empty) {
      return html`<div class="state" part="empty" role="status">
        <p class="state__message">${t(lang, 'noFeatures')}</p>
      </div>`;
    }
    if (status.kind === 'idle') {
      return html`<div class="state" part="empty" role="status">
        <p class="state__message">${t(lang, 'noLayers')}</p>
      </div>`;
    }
    return nothing;
  }

  /** Bad input: no retry (trying again cannot help); the technical detail goes to the console. */
  private renderDataError(lang: Lang, error: DataError) {
    logDetail(error);
    return html`<div class="state state--error" part="error" role="alert">
      <p class="state__title">${coreMessage(lang, 'error.title')}</p>
      <p class="state__message">${dataErrorMessage(lang, error)}</p>
    </div>`;
  }

  private renderNotes(lang: Lang, layers: readonly LoadedLayer[]) {
    const notes = layers
      .filter((l) => l.skipped > 0)
      .map((l) => `${l.title}: ${t(lang, 'skipped', { count: l.skipped })}`);
    if (this.tileFailed) notes.push(t(lang, 'tileError'));
    if (this.viewController.view && this.viewLayers) notes.push(...this.viewLayers.notes(lang, layers));
    return html`<p class="notes" part="notes" role="status">${notes.join(' ')}</p>`;
  }

  override render() {
    const lang = this.locale.lang;
    if (this.mode === 'catalog') {
      const view = this.catalogView;
      const body = !view
        ? renderLoading(lang)
        : 'error' in view
          ? renderError(view.error, lang, () => {
              this.catalogView = null;
              this.requestUpdate();
            })
          : view.renderCatalogMap(this.catalogMap, lang);
      return html`<div class="root" part="base">${body}</div>`;
    }
    const layers = this.loadedLayers;
    const mapLabel = t(lang, 'mapLabel', {
      title: this.label ?? (layers.map((l) => l.title).join(', ') || t(lang, 'label')),
    });
    const listLayers = layers.filter((l) => !this.hiddenLayers.has(l.id));
    const state = this.renderState(lang);
    return html`<div class="root" part="base">
      <div class="layout ${layers.length ? 'layout--panel' : ''}">
        <div class="stage">
          ${
            layers.length
              ? html`<a class="skip" part="skip" href="#" @click=${this.skipMap}>${t(lang, 'skipMap')}</a>`
              : nothing
          }
          <div class="map" part="map" role="region" aria-label=${mapLabel}></div>
          <span class="skip-target" tabindex="-1"></span>
          ${state === nothing ? nothing : html`<div class="overlay">${state}</div>`}
        </div>
        ${this.view ? this.view.renderPanel(lang, layers, (layer, visible) => this.toggleLayer(layer, visible)) : nothing}
      </div>
      <div class="toolbar">
        ${
          layers.length
            ? html`<button
                type="button"
                class="toggle"
                part="list-toggle"
                aria-expanded=${this.listOpen ? 'true' : 'false'}
                @click=${() => (this.listOpen = !this.listOpen)}
              >
                ${t(lang, this.listOpen ? 'hideList' : 'list')}
              </button>`
            : nothing
        }
        ${this.renderNotes(lang, layers)}
      </div>
      ${this.listOpen && this.view ? this.view.renderTables(lang, listLayers) : nothing}
    </div>`;
  }
}

/** What the loading state says: the stage of the layer last heard from, with counts once known. */
function progressLabel(lang: Lang, progress: LoadProgress | undefined): string | undefined {
  if (!progress) return undefined;
  const { stage, done, total } = progress;
  if (stage === 'download') {
    if (!total) return t(lang, 'progress.download');
    const mb = (bytes: number) => formatNumber(bytes / 1048576, lang, { maximumFractionDigits: 1 });
    return t(lang, 'progress.downloadOf', { done: mb(done), total: mb(total) });
  }
  return t(lang, `progress.${stage}`, { done: formatNumber(done, lang), total: formatNumber(total ?? 0, lang) });
}

/** Leaflet's tile URL placeholders. */
const TILE_PLACEHOLDERS = ['s', 'z', 'x', 'y', '-y', 'r'];

/** Why a tile URL template cannot be used, as a data error to show, or `null`. */
function tileUrlError(template: string | undefined): DataError | null {
  if (!template) return null;
  const problem = checkUrlTemplate(template, TILE_PLACEHOLDERS);
  if (!problem) return null;
  return new DataError(
    'tiles',
    problem.message,
    problem.reason,
    problem.placeholder ? `{${problem.placeholder}}` : null,
  );
}

const dataIds = new WeakMap<object, number>();
let nextDataId = 0;
function dataIdentity(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  let id = dataIds.get(data);
  if (id === undefined) {
    id = ++nextDataId;
    dataIds.set(data, id);
  }
  return `#data-${id}`;
}

export type { AnyCollection };
