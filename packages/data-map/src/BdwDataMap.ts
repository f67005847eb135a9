import {
  ApiError,
  CatalogController,
  LocaleController,
  baseStyles,
  coreMessage,
  formatNumber,
  isAbortError,
  renderError,
  renderLoading,
  stateStyles,
  type Lang,
} from '@bdw/core';
import type { FeatureCollection } from 'geojson';
import type * as Leaflet from 'leaflet';
import { LitElement, html, nothing, render, unsafeCSS, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CatalogMapController } from './CatalogMapController.js';
import { classOf, type Classification } from './classify.js';
import { clustersInView, createClusterIndex, expansionZoom, type ClusterIndex } from './cluster.js';
import { dataMapStyles } from './data-map.styles.js';
import { DataError } from './errors.js';
import { bdwEvent, type BdwFeatureSelectDetail, type BdwLayerChangeDetail } from './events.js';
import { bbox, type AnyCollection, type AnyFeature } from './geojson.js';
import { loadLayer, normalizeSpecs, type LayerSpec, type LoadedLayer } from './layers.js';
import { leafletCss } from './leaflet-css.js';
import { rangeLabel } from './legend.js';
import { dataErrorMessage, t } from './messages.js';
import { renderCatalogMap } from './render/catalog.js';
import { renderFeatureTable } from './render/table.js';
import { featureName, propertyRows } from './text.js';

type L = typeof Leaflet;

/** Busan City Hall: the default view. */
export const DEFAULT_CENTER: [number, number] = [35.1796, 129.0756];
export const DEFAULT_ZOOM = 11;
/** Unclustered point layers with more features than this draw on a canvas (not focusable; use the list). */
export const CANVAS_THRESHOLD = 1000;

let leafletModule: Promise<L> | null = null;
/** Leaflet is imported on first use: it touches `window` at import, and modules must import on a server. */
function loadLeaflet(): Promise<L> {
  // A failed import (a lost chunk, or a page whose Trusted Types block Leaflet's innerHTML at import) stays failed,
  // as the browser's module map keeps it: a second import of a half-evaluated bundle would give a broken Leaflet.
  leafletModule ??= import('leaflet/dist/leaflet-src.esm.js') as unknown as Promise<L>;
  return leafletModule;
}

type Status =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; layers: LoadedLayer[] } | { kind: 'error'; error: unknown };

interface Drawn {
  layer: LoadedLayer;
  group: Leaflet.LayerGroup;
  cluster: ClusterIndex | null;
  /** Leaflet layer of each feature (SVG/canvas paths), for selection from the list. */
  features: (Leaflet.Path | null)[];
}

const centerOf = (feature: AnyFeature): [number, number] | null => {
  const box = bbox({ type: 'FeatureCollection', features: [feature] });
  return box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
};

/**
 * A map of data on Leaflet: GeoJSON and CSV layers (from URLs, CKAN datasets or properties),
 * choropleths joined to polygons by key (Busan's KOSTAT and MOIS district codes both work),
 * clustered points, a layer switcher, a legend and a table of the features as a text alternative.
 * With `mode="catalog"` it maps the catalogue instead: datasets grouped by category and provider.
 * Works offline: without a tile URL the data shows on a neutral background.
 *
 * @tagname bdw-data-map
 * @summary Leaflet map of catalogue data: layers, choropleths, clustered points, catalogue map.
 *
 * @fires bdw-feature-select - The user chose a feature (click, Enter, or the list). `detail`: `layerId`, `index`, `name`, `properties`, `coordinates`.
 * @fires bdw-layer-change - The user showed or hid a layer. `detail`: `layerId`, `visible`, `visibleLayers`.
 * @fires bdw-dataset-select - Catalogue mode: the user chose a dataset. `detail.dataset`.
 * @fires bdw-search - Catalogue mode: the user narrowed the catalogue to a category or provider. `detail.query`.
 *
 * @csspart base - The whole widget.
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
 * @cssprop --bdw-data-map-background - Background of the map where there are no tiles (default: the surface-alt token).
 */
export class BdwDataMap extends LitElement {
  static override styles = [baseStyles, stateStyles, unsafeCSS(leafletCss), dataMapStyles];

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

  @state() private status: Status = { kind: 'idle' };
  @state() private hiddenLayers = new Set<string>();
  @state() private listOpen = false;
  @state() private tileFailed = false;

  @query('.map') private mapEl?: HTMLElement;

  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);
  private readonly catalogMap = new CatalogMapController(this);
  private L: L | null = null;
  private map: Leaflet.Map | null = null;
  private drawn = new Map<string, Drawn>();
  private resizeObserver: ResizeObserver | null = null;
  private loadKey: string | undefined;
  private loadAbort: AbortController | null = null;
  private fitted = false;
  private resizeFrame = 0;
  private readonly onOnline = () => {
    if (this.status.kind === 'error') this.retry();
  };

  /** The layers being drawn (after loading). */
  get loadedLayers(): readonly LoadedLayer[] {
    return this.status.kind === 'done' ? this.status.layers : [];
  }

  /** The Leaflet map, once created (null in catalogue mode and while disconnected). */
  get leafletMap(): Leaflet.Map | null {
    return this.map;
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
    // A load cut short is started again on reconnect.
    if (this.status.kind === 'loading') this.loadKey = undefined;
    this.teardownMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('showList') && this.showList) this.listOpen = true;
    if (this.mode === 'catalog') {
      this.catalogMap.update(this.catalog.client);
      return;
    }
    let key: string;
    try {
      key = JSON.stringify([
        // Inline data is compared by identity: stringifying 100,000 features on every update would be slow.
        this.specs().map((s) => ({ ...s, data: s.data === undefined ? undefined : dataIdentity(s.data) })),
        this.api ?? '',
        this.catalog.client?.actionUrl ?? '',
      ]);
    } catch (error) {
      this.status = { kind: 'error', error };
      return;
    }
    if (key !== this.loadKey) {
      this.loadKey = key;
      void this.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.mode !== 'geo') {
      this.teardownMap();
      return;
    }
    void this.ensureMap();
    if (changed.has('tileUrl') || changed.has('attribution')) this.applyTiles();
  }

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    let specs: (LayerSpec & { id: string })[];
    try {
      specs = this.specs();
    } catch (error) {
      this.status = { kind: 'error', error };
      return;
    }
    this.clearDrawn();
    this.fitted = false;
    if (specs.length === 0) {
      this.status = { kind: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.loadAbort = abort;
    this.status = { kind: 'loading' };
    const client = specs.some((s) => s.dataset) ? this.catalog.client : undefined;
    try {
      // Leaflet is awaited with the data, so that failing to load it shows the error state too.
      const [layers] = await Promise.all([
        Promise.all(specs.map((spec) => loadLayer(spec, { signal: abort.signal, ...(client ? { client } : {}) }))),
        loadLeaflet(),
      ]);
      if (abort.signal.aborted) return;
      this.hiddenLayers = new Set(layers.filter((l) => l.spec.visible === false).map((l) => l.id));
      this.status = { kind: 'done', layers };
      await this.updateComplete;
      this.drawLayers();
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = { kind: 'error', error };
    }
  }

  private retry = () => {
    this.loadKey = undefined;
    this.requestUpdate();
  };

  // --- Leaflet lifecycle ------------------------------------------------------------------------

  private async ensureMap(): Promise<void> {
    if (this.map || this.mode !== 'geo') return;
    // A failure to load Leaflet is shown by load(); here it must not become an unhandled rejection.
    const L = await loadLeaflet().catch(() => null);
    if (!L) return;
    const container = this.mapEl;
    if (this.map || !this.isConnected || !container || this.mode !== 'geo') return;
    this.L = L;
    const lang = this.locale.lang;
    const [lat, lng] = this.parsedCenter();
    // Users who ask for reduced motion get instant zooms and fades (KWCAG 2.2 / WCAG 2.3.3).
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(container, {
      center: [lat, lng],
      zoom: this.zoom ?? DEFAULT_ZOOM,
      maxZoom: 19,
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      preferCanvas: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    });
    this.map = map;
    BdwDataMap.liveMaps++;
    L.control.zoom({ zoomInTitle: t(lang, 'zoomIn'), zoomOutTitle: t(lang, 'zoomOut') }).addTo(map);
    // The map container is focusable (Leaflet's keyboard handler): give it a role and a name.
    container.setAttribute('role', 'region');
    container.setAttribute('aria-roledescription', t(lang, 'label'));
    this.applyTiles();
    map.on('moveend', () => this.renderClusters());
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.map?.invalidateSize({ pan: false }));
    });
    this.resizeObserver.observe(container);
    this.drawLayers();
  }

  private teardownMap(): void {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.clearDrawn();
    if (this.map) {
      // A zoom animation ends in a 250 ms timer that map.remove() does not clear; once the panes are gone it
      // throws (`_leaflet_pos` of undefined). Marking the zoom over makes that timer do nothing.
      (this.map as Leaflet.Map & { _animatingZoom?: boolean })._animatingZoom = false;
      this.map.off();
      this.map.remove();
      this.map = null;
      BdwDataMap.liveMaps--;
    }
    this.tileLayer = null;
    this.attributionControl = null;
    this.fitted = false;
  }

  private tileLayer: Leaflet.TileLayer | null = null;
  private attributionControl: Leaflet.Control.Attribution | null = null;

  private applyTiles(): void {
    const { map, L } = this;
    if (!map || !L) return;
    this.tileLayer?.remove();
    this.tileLayer = null;
    this.attributionControl?.remove();
    this.attributionControl = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' });
    this.attributionControl.addTo(map);
    if (!this.tileUrl) return;
    this.tileFailed = false;
    this.tileLayer = L.tileLayer(this.tileUrl, { maxZoom: 19, crossOrigin: true });
    this.tileLayer.on('tileerror', () => {
      if (!this.tileFailed) this.tileFailed = true;
    });
    this.tileLayer.addTo(map);
    // Attribution is text: escape it, Leaflet inserts it as HTML.
    if (this.attribution) this.attributionControl.addAttribution(escapeHtml(this.attribution));
  }

  private parsedCenter(): [number, number] {
    const parts = (this.center ?? '').split(',').map((p) => Number(p.trim()));
    return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!] : DEFAULT_CENTER;
  }

  private clearDrawn(): void {
    for (const drawn of this.drawn.values()) drawn.group.remove();
    this.drawn.clear();
  }

  // --- Drawing ---------------------------------------------------------------------------------

  private drawLayers(): void {
    const { map, L } = this;
    if (!map || !L || this.status.kind !== 'done' || this.drawn.size > 0) return;
    for (const layer of this.status.layers) {
      const drawn = this.drawLayer(L, layer);
      this.drawn.set(layer.id, drawn);
      if (!this.hiddenLayers.has(layer.id)) drawn.group.addTo(map);
    }
    this.decorateAll();
    if (!this.fitted) this.fitToData();
    this.renderClusters();
  }

  private drawLayer(L: L, layer: LoadedLayer): Drawn {
    const lang = this.locale.lang;
    const features: (Leaflet.Path | null)[] = [];
    const collection = layer.collection;
    if (layer.kind === 'points' && layer.spec.cluster !== false) {
      const points = collection.features as Parameters<typeof createClusterIndex>[0];
      return { layer, group: L.layerGroup(), cluster: createClusterIndex(points), features };
    }
    const many = layer.kind === 'points' && collection.features.length > CANVAS_THRESHOLD;
    const renderer = many ? L.canvas({ padding: 0.2 }) : L.svg({ padding: 0.2 });
    const fill = many ? this.tokenColor('--_palette', '#0052a4') : undefined;
    let index = 0;
    const indexOf = new Map<unknown, number>(collection.features.map((f, i) => [f, i]));
    const group = L.geoJSON(collection as FeatureCollection, {
      pointToLayer: (_feature, latlng) =>
        L.circleMarker(latlng, {
          renderer,
          radius: 6,
          className: 'bdw-point',
          ...(fill ? { fillColor: fill, color: '#ffffff', weight: 1, fillOpacity: 0.85 } : {}),
        }),
      style: (feature) => {
        const i = indexOf.get(feature) ?? -1;
        return { renderer, className: this.featureClass(layer, i) } as Leaflet.PathOptions;
      },
      onEachFeature: (feature, path) => {
        const i = index++;
        features[i] = path as Leaflet.Path;
        const name = this.nameOf(layer, i);
        if (!many) {
          const tip = document.createElement('span');
          tip.textContent = this.describeFeature(layer, i, lang);
          path.bindTooltip(tip, { sticky: layer.kind !== 'points' });
        }
        path.on('click', (e: Leaflet.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(e);
          this.select(layer, i, feature as AnyFeature, name, e.latlng);
        });
      },
    });
    return { layer, group, cluster: null, features };
  }

  private featureClass(layer: LoadedLayer, i: number): string {
    if (layer.kind === 'points') return 'bdw-point';
    if (layer.kind === 'shapes' || !layer.choropleth) return 'bdw-feature bdw-shape';
    const c = classOf(layer.choropleth.values[i], layer.choropleth.breaks);
    return c < 0 ? 'bdw-feature bdw-novalue' : `bdw-feature bdw-shade-${layer.choropleth.ranges[c]!.shade}`;
  }

  /** Makes SVG features focusable, named and operable by keyboard. */
  private decorateAll(): void {
    const lang = this.locale.lang;
    for (const { layer, features } of this.drawn.values()) {
      features.forEach((path, i) => {
        const el = path?.getElement?.() as SVGElement | undefined;
        if (!el || el.hasAttribute('tabindex')) return;
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', this.describeFeature(layer, i, lang));
        if (layer.choropleth)
          el.dataset['class'] = String(classOf(layer.choropleth.values[i], layer.choropleth.breaks));
        el.addEventListener('keydown', (event: KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          event.stopPropagation();
          const feature = layer.collection.features[i]!;
          this.select(layer, i, feature, this.nameOf(layer, i), null);
        });
      });
    }
  }

  private renderClusters(): void {
    const { map, L } = this;
    if (!map || !L) return;
    const lang = this.locale.lang;
    const bounds = map.getBounds().pad(0.25);
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    for (const drawn of this.drawn.values()) {
      const { cluster, group, layer } = drawn;
      if (!cluster) continue;
      group.clearLayers();
      if (this.hiddenLayers.has(layer.id)) continue;
      for (const item of clustersInView(cluster, box, map.getZoom())) {
        const content = document.createElement('span');
        let marker: Leaflet.Marker;
        if (item.clusterId !== null) {
          content.className = 'bdw-cluster';
          // The visible count is the start of the accessible name (WCAG 2.5.3 label in name).
          const visible = document.createElement('span');
          visible.textContent = item.count >= 1000 ? `${Math.round(item.count / 100) / 10}k` : String(item.count);
          const hint = document.createElement('span');
          hint.className = 'visually-hidden';
          hint.textContent = ` ${t(lang, 'cluster', { count: formatNumber(item.count, lang) })}`;
          content.append(visible, hint);
          const size = item.count >= 1000 ? 44 : item.count >= 100 ? 38 : 32;
          marker = L.marker([item.lat, item.lng], {
            icon: L.divIcon({ html: content, className: 'bdw-cluster-icon', iconSize: [size, size] }),
            keyboard: true,
          });
          const id = item.clusterId;
          marker.on('click', () => {
            map.setView([item.lat, item.lng], Math.min(expansionZoom(cluster, id), map.getMaxZoom()));
          });
          marker.on('add', () => {
            const el = marker.getElement();
            el?.setAttribute('data-count', String(item.count));
          });
        } else {
          const i = item.featureIndex!;
          content.className = 'bdw-dot';
          marker = L.marker([item.lat, item.lng], {
            icon: L.divIcon({ html: content, className: 'bdw-single-icon', iconSize: [24, 24] }),
            keyboard: true,
          });
          const name = this.nameOf(layer, i);
          marker.on('click', () => this.select(layer, i, layer.collection.features[i]!, name, marker.getLatLng()));
          marker.on('add', () => {
            const el = marker.getElement();
            el?.setAttribute('aria-label', name);
            el?.setAttribute('data-count', '1');
          });
        }
        group.addLayer(marker);
      }
    }
  }

  private fitToData(): void {
    const { map, L } = this;
    if (!map || !L || this.noFit) return;
    let box: [number, number, number, number] | null = null;
    for (const { layer } of this.drawn.values()) {
      if (this.hiddenLayers.has(layer.id)) continue;
      const b = bbox(layer.collection);
      if (!b) continue;
      box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
    }
    if (!box) return;
    this.fitted = true;
    map.invalidateSize({ pan: false });
    map.fitBounds(
      [
        [box[1], box[0]],
        [box[3], box[2]],
      ],
      { padding: [16, 16], maxZoom: 15, animate: false },
    );
  }

  private tokenColor(name: string, fallback: string): string {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    this.renderRoot.appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color || fallback;
  }

  // --- Features --------------------------------------------------------------------------------

  private nameOf(layer: LoadedLayer, i: number): string {
    const props = layer.collection.features[i]?.properties;
    const fallback = t(this.locale.lang, layer.kind === 'points' ? 'point' : 'feature', { n: i + 1 });
    return featureName(props, layer.nameKey, fallback);
  }

  private featureValue(layer: LoadedLayer, i: number, lang: Lang): string | null {
    if (!layer.choropleth) return null;
    const v = layer.choropleth.values[i];
    return v === null || v === undefined ? t(lang, 'noValue') : formatNumber(v, lang);
  }

  private describeFeature(layer: LoadedLayer, i: number, lang: Lang): string {
    const value = this.featureValue(layer, i, lang);
    const name = this.nameOf(layer, i);
    return value === null ? name : `${name}: ${layer.choropleth!.valueField} ${value}`;
  }

  private select(
    layer: LoadedLayer,
    index: number,
    feature: AnyFeature,
    name: string,
    at: Leaflet.LatLng | null,
  ): void {
    const coordinates =
      feature.geometry?.type === 'Point'
        ? (feature.geometry.coordinates.slice(0, 2) as [number, number])
        : centerOf(feature);
    this.dispatchEvent(
      bdwEvent<BdwFeatureSelectDetail>('bdw-feature-select', {
        layerId: layer.id,
        index,
        name,
        properties: { ...(feature.properties ?? {}) },
        coordinates,
      }),
    );
    this.openPopup(layer, index, name, at ?? (coordinates ? this.L!.latLng(coordinates[1], coordinates[0]) : null));
  }

  private openPopup(layer: LoadedLayer, index: number, name: string, at: Leaflet.LatLng | null): void {
    const { map, L } = this;
    if (!map || !L || !at) return;
    const lang = this.locale.lang;
    const content = document.createElement('div');
    const value = this.featureValue(layer, index, lang);
    // Lit binds every value as text: properties can never become markup.
    render(
      html`<p class="popup__title">${name}</p>
        ${value !== null ? html`<p class="popup__value">${layer.choropleth!.valueField}: ${value}</p>` : nothing}
        <dl class="props" aria-label=${t(lang, 'details')}>
          ${propertyRows(layer.collection.features[index]?.properties).map(
            ([k, v]) =>
              html`<dt>${k}</dt>
                <dd>${v}</dd>`,
          )}
        </dl>`,
      content,
    );
    L.popup({ maxWidth: 320, autoPanPadding: [16, 16] })
      .setLatLng(at)
      .setContent(content)
      .openOn(map);
    const closeButton = map.getContainer().querySelector('.leaflet-popup-close-button');
    closeButton?.setAttribute('aria-label', t(lang, 'close'));
  }

  /** Selecting a feature from the table: centre on it and open its popup. */
  private selectFromList(layer: LoadedLayer, index: number): void {
    const feature = layer.collection.features[index]!;
    const coordinates =
      feature.geometry?.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : centerOf(feature);
    if (coordinates && this.map) this.map.setView([coordinates[1], coordinates[0]], Math.max(this.map.getZoom(), 13));
    this.select(layer, index, feature, this.nameOf(layer, index), null);
    this.mapEl?.scrollIntoView?.({ block: 'nearest' });
  }

  private toggleLayer(layer: LoadedLayer, visible: boolean): void {
    const hidden = new Set(this.hiddenLayers);
    if (visible) hidden.delete(layer.id);
    else hidden.add(layer.id);
    this.hiddenLayers = hidden;
    const drawn = this.drawn.get(layer.id);
    if (drawn && this.map) {
      if (visible) {
        drawn.group.addTo(this.map);
        this.decorateAll();
      } else drawn.group.remove();
      this.renderClusters();
    }
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
    if (status.kind === 'loading') return renderLoading(lang);
    if (status.kind === 'error') {
      const error = status.error;
      if (error instanceof DataError) {
        return html`<div class="state state--error" part="error" role="alert">
          <p class="state__title">${coreMessage(lang, 'error.title')}</p>
          <p class="state__message">${dataErrorMessage(lang, error.kind, error.message)}</p>
        </div>`;
      }
      if (error instanceof ApiError && error.kind === 'network' && !navigator.onLine) {
        return html`<div class="state state--error" part="error" role="alert">
          <p class="state__title">${coreMessage(lang, 'error.title')}</p>
          <p class="state__message">${t(lang, 'offline')}</p>
          <button type="button" class="button" part="retry" @click=${this.retry}>${coreMessage(lang, 'retry')}</button>
        </div>`;
      }
      return renderError(error, lang, this.retry);
    }
    if (status.kind === 'idle') {
      return html`<div class="state" part="empty" role="status">
        <p class="state__message">${t(lang, 'noLayers')}</p>
      </div>`;
    }
    return nothing;
  }

  private renderPanel(lang: Lang, layers: readonly LoadedLayer[]) {
    if (layers.length === 0) return nothing;
    const visible = layers.filter((l) => !this.hiddenLayers.has(l.id));
    return html`<div class="panel" part="panel">
      ${
        layers.length > 1
          ? html`<fieldset part="layers">
              <legend class="panel__title">${t(lang, 'layers')}</legend>
              ${layers.map(
                (layer) =>
                  html`<label class="layer-option"
                    ><input
                      type="checkbox"
                      .checked=${!this.hiddenLayers.has(layer.id)}
                      @change=${(e: Event) => this.toggleLayer(layer, (e.target as HTMLInputElement).checked)}
                    /><span>${layer.title}</span></label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      <section class="legend" part="legend" aria-label=${t(lang, 'legend')}>
        ${visible.map((layer) => this.renderLegend(lang, layer))}
      </section>
    </div>`;
  }

  private renderLegend(lang: Lang, layer: LoadedLayer) {
    const c = layer.choropleth;
    const total = layer.collection.features.length;
    if (!c) {
      return html`<div class="legend__layer">
        <p class="legend__name">${layer.title}</p>
        <ul>
          <li>
            <span
              class=${layer.kind === 'points' ? 'swatch swatch--point' : 'swatch bdw-shape'}
              aria-hidden="true"
            ></span
            ><span>${layer.kind === 'points' ? t(lang, 'point', { n: '' }).trim() || layer.title : layer.title}</span
            ><span class="count">${formatNumber(total, lang)}</span>
          </li>
        </ul>
      </div>`;
    }
    const format = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 1 });
    const missing = c.values.filter((v) => classOf(v, c.breaks) < 0).length;
    return html`<div class="legend__layer">
      <p class="legend__name">${layer.title} · ${c.valueField}</p>
      <ul class="legend__ranges">
        ${c.ranges.map(
          (range) =>
            html`<li data-from=${range.from} data-to=${range.to}>
              <span class="swatch bdw-shade-${range.shade}" aria-hidden="true"></span
              ><span class="range">${rangeLabel(range, format)}</span
              ><span class="count">${t(lang, 'features', { count: formatNumber(range.count, lang) })}</span>
            </li>`,
        )}
        ${
          missing
            ? html`<li>
                <span class="swatch bdw-novalue" aria-hidden="true"></span><span>${t(lang, 'noValue')}</span
                ><span class="count">${formatNumber(missing, lang)}</span>
              </li>`
            : nothing
        }
      </ul>
      <p class="legend__note">
        ${t(lang, 'classification', { method: t(lang, `classification.${c.classification}`) })}${
          c.join
            ? html`<br />${t(lang, c.join.via === 'crosswalk' ? 'joinedCrosswalk' : 'joined', {
                  matched: c.join.matched,
                  total,
                })}`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderNotes(lang: Lang, layers: readonly LoadedLayer[]) {
    const notes = layers
      .filter((l) => l.skipped > 0)
      .map((l) => `${l.title}: ${t(lang, 'skipped', { count: l.skipped })}`);
    if (this.tileFailed) notes.push(t(lang, 'tileError'));
    return html`<p class="notes" part="notes" role="status">${notes.join(' ')}</p>`;
  }

  override render() {
    const lang = this.locale.lang;
    if (this.mode === 'catalog') {
      return html`<div class="root" part="base">${renderCatalogMap(this.catalogMap, lang)}</div>`;
    }
    const layers = this.loadedLayers;
    const mapLabel = t(lang, 'mapLabel', {
      title: this.label ?? (layers.map((l) => l.title).join(', ') || t(lang, 'label')),
    });
    const listLayers = layers.filter((l) => !this.hiddenLayers.has(l.id));
    return html`<div class="root" part="base">
      <div class="layout ${layers.length ? 'layout--panel' : ''}">
        <div class="stage">
          <div class="map" part="map" role="region" aria-label=${mapLabel}></div>
          ${this.status.kind === 'done' ? nothing : html`<div class="overlay">${this.renderState(lang)}</div>`}
        </div>
        ${this.renderPanel(lang, layers)}
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
      ${
        this.listOpen
          ? listLayers.map((layer) =>
              renderFeatureTable(layer, lang, {
                name: (i) => this.nameOf(layer, i),
                value: (i) => this.featureValue(layer, i, lang),
                onSelect: (i) => this.selectFromList(layer, i),
              }),
            )
          : nothing
      }
    </div>`;
  }
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type { AnyCollection };
