import { formatCompact as clusterCount, displayText, formatNumber, token, type Lang } from '@bdw/core';
import type { FeatureCollection } from 'geojson';
import type * as Leaflet from 'leaflet';
import { adoptStyles, html, nothing, render, unsafeCSS, type LitElement } from 'lit';
import { classOf } from './classify.js';
import { Basemap } from './basemap-layer.js';
import { FeatureFocus } from './feature-focus.js';
import { hatchPatterns } from './hatch-patterns.js';
import { WorkerCanvasLayer } from './canvas-layer.js';
import { batchItems, declutter, markerSize, type MarkerItem } from './cluster.js';
import { CANVAS_THRESHOLD, DEFAULT_CENTER, DEFAULT_ZOOM } from './constants.js';
import { bdwEvent, type BdwFeatureSelectDetail } from './events.js';
import { bbox, type AnyFeature } from './geojson.js';
import type { LoadedLayer } from './layers.js';
import type { PointIndex } from './point-index.js';
import type { BBox, ClusterBatch } from './point-store.js';
import { leafletCss } from './leaflet-css.js';
import { rangeLabel } from './legend.js';
import { mapStyles } from './map.styles.js';
import { t } from './messages.js';
import { renderFeatureTable } from './render/table.js';
import { featureName, propertyRows } from './text.js';
import type { ViewLink } from './view-join.js';
import { viewMessage } from './view-messages.js';

type L = typeof Leaflet;

/** The element's state the map view draws from, read afresh each time it is needed. */
export interface MapViewState {
  lang: Lang;
  /** The loaded layers, or `null` while there are none to draw. */
  layers: readonly LoadedLayer[] | null;
  hiddenLayers: ReadonlySet<string>;
  center: string | undefined;
  zoom: number | undefined;
  noFit: boolean;
  tileUrl: string | undefined;
  attribution: string | undefined;
  /** `busan`: the offline basemap under the layers when there is no tile URL; `none`: a plain background. */
  basemap: 'busan' | 'none';
  mapElement: HTMLElement | undefined;
}

/** What the map view reads from (and tells) its `<bdw-data-map>`. */
export interface MapViewHost {
  /** The element: events are dispatched on it, and its shadow root holds the map. */
  readonly element: LitElement;
  state(): MapViewState;
  /** Whether the tile server fails (the element notes it under the map). */
  setTileFailed(failed: boolean): void;
  /**
   * A feature of a layer joined to the view was chosen (click, Enter): the element toggles the view's filter on its
   * value. No popup opens for it: choosing filters.
   */
  toggleInView(layer: LoadedLayer, index: number): void;
}

interface Drawn {
  /** The layer as last drawn or restyled (a joined layer's counts and selection change without a redraw). */
  layer: LoadedLayer;
  group: Leaflet.LayerGroup;
  /** The index whose clusters are drawn into `group` on every move (clustered point layers). */
  cluster: PointIndex | null;
  /** A large unclustered point layer drawn by the map worker. */
  canvas: WorkerCanvasLayer | null;
  /** Leaflet layer of each feature (SVG/canvas paths), for selection from the list. */
  features: (Leaflet.Path | null)[];
}

const centerOf = (feature: AnyFeature): [number, number] | null => {
  const box = bbox({ type: 'FeatureCollection', features: [feature] });
  return box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
};

const adopted = new WeakSet<ShadowRoot>();
const leafletStyles = unsafeCSS(leafletCss);

/**
 * Leaflet's CSS, then the map's own rules over it, after the element's styles: adopted when the first map of the element
 * is created, so that a page pays for Leaflet's CSS only with Leaflet.
 */
function adoptMapStyles(element: LitElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || adopted.has(root)) return;
  adopted.add(root);
  const own = (element.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, [...own, leafletStyles, mapStyles]);
}

/**
 * The Leaflet side of `<bdw-data-map>`, loaded with Leaflet: the map and its tiles, the layers drawn as paths, canvas
 * points or clusters, keyboard access and popups, the layer switcher, legend and table of features.
 */
export class MapView {
  private L: L | null = null;
  private map: Leaflet.Map | null = null;
  private drawn = new Map<string, Drawn>();
  private resizeObserver: ResizeObserver | null = null;
  private resizeFrame = 0;
  private fitted = false;
  private tileLayer: Leaflet.TileLayer | null = null;
  private basemap: Basemap | null = null;
  private attributionControl: Leaflet.Control.Attribution | null = null;
  /** One Tab stop for the features, arrow keys between them. */
  private focus: FeatureFocus | null = null;
  /** The forced-colours hatches of the classes. */
  private hatches: SVGSVGElement | null = null;
  private basemapTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts cluster redraws: a reply for an older view is dropped. */
  private clusterGeneration = 0;
  /** Views drawn so far (`data-drawn` on the map: tests and benchmarks wait for it to change). */
  private drawnViews = 0;

  constructor(private readonly host: MapViewHost) {}

  /** The Leaflet map, while there is one. */
  get leafletMap(): Leaflet.Map | null {
    return this.map;
  }

  /** Creates the Leaflet map in `container` and draws the layers loaded so far. */
  attach(L: L, container: HTMLElement): void {
    if (this.map) return;
    adoptMapStyles(this.host.element);
    this.L = L;
    const lang = this.host.state().lang;
    const [lat, lng] = this.parsedCenter();
    // Users who ask for reduced motion get instant zooms and fades (KWCAG 2.2 / WCAG 2.3.3).
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(container, {
      center: [lat, lng],
      zoom: this.host.state().zoom ?? DEFAULT_ZOOM,
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
    L.control.zoom({ zoomInTitle: t(lang, 'zoomIn'), zoomOutTitle: t(lang, 'zoomOut') }).addTo(map);
    // The map container is focusable (Leaflet's keyboard handler): give it a role and a name.
    container.setAttribute('role', 'region');
    container.setAttribute('aria-roledescription', t(lang, 'label'));
    this.focus = new FeatureFocus(container);
    this.hatches = hatchPatterns();
    container.append(this.hatches);
    this.applyTiles();
    map.on('moveend', () => void this.renderClusters());
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.map?.invalidateSize({ pan: false }));
    });
    this.resizeObserver.observe(container);
    this.draw();
  }

  /** Removes the map (the layers stay loaded); `true` when there was one. */
  teardown(): boolean {
    let removed = false;
    cancelAnimationFrame(this.resizeFrame);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.clear();
    this.focus?.disconnect();
    this.focus = null;
    this.hatches?.remove();
    this.hatches = null;
    if (this.map) {
      // A zoom animation ends in a 250 ms timer that map.remove() does not clear; once the panes are gone it
      // throws (`_leaflet_pos` of undefined). Marking the zoom over makes that timer do nothing.
      (this.map as Leaflet.Map & { _animatingZoom?: boolean })._animatingZoom = false;
      this.map.off();
      this.map.remove();
      this.map = null;
      removed = true;
    }
    clearTimeout(this.basemapTimer);
    this.tileLayer = null;
    this.basemap = null;
    this.attributionControl = null;
    this.fitted = false;
    return removed;
  }

  /**
   * Shows the tiles of `tile-url` and their attribution as text; without tiles, the offline basemap (Busan's districts
   * and their names) unless `basemap="none"`, which leaves a neutral background.
   */
  applyTiles(): void {
    const { map, L } = this;
    if (!map || !L) return;
    this.tileLayer?.remove();
    this.tileLayer = null;
    this.basemap?.remove();
    this.basemap = null;
    const state = this.host.state();
    const offline = !state.tileUrl && state.basemap !== 'none';
    map.getContainer().classList.toggle('bdw-basemap', offline);
    clearTimeout(this.basemapTimer);
    // Drawn in a task of its own: the map's first paint and the basemap's boundaries and labels (a layout to place
    // them) would otherwise make one long task.
    if (offline)
      this.basemapTimer = setTimeout(() => {
        if (this.map === map) this.basemap = new Basemap(L, map, state.lang);
      });
    this.attributionControl?.remove();
    this.attributionControl = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' });
    this.attributionControl.addTo(map);
    const { tileUrl, attribution } = this.host.state();
    if (!tileUrl) {
      if (offline) this.attributionControl.addAttribution(escapeHtml(t(state.lang, 'basemapAttribution')));
      return;
    }
    this.host.setTileFailed(false);
    this.tileLayer = L.tileLayer(tileUrl, { maxZoom: 19, crossOrigin: true });
    this.tileLayer.on('tileerror', () => {
      this.host.setTileFailed(true);
    });
    this.tileLayer.addTo(map);
    // Attribution is text: escape it, Leaflet inserts it as HTML.
    if (attribution) this.attributionControl.addAttribution(escapeHtml(attribution));
  }

  private parsedCenter(): [number, number] {
    const parts = (this.host.state().center ?? '').split(',').map((p) => Number(p.trim()));
    return parts.length === 2 && parts.every(Number.isFinite) ? [parts[0]!, parts[1]!] : DEFAULT_CENTER;
  }

  /** Removes the drawn layers (new data is on its way): the map fits the next data again. */
  reset(): void {
    this.clear();
    this.fitted = false;
  }

  private clear(): void {
    for (const drawn of this.drawn.values()) {
      drawn.group.remove();
      drawn.canvas?.show(false);
    }
    this.drawn.clear();
    this.clusterGeneration++;
  }

  // --- Drawing ---------------------------------------------------------------------------------

  /** Draws the loaded layers once the map is there (does nothing before, or when they are drawn). */
  draw(): void {
    const { map, L } = this;
    const layers = this.host.state().layers;
    if (!map || !L || !layers || this.drawn.size > 0) return;
    for (const layer of layers) {
      const drawn = this.drawLayer(L, map, layer);
      this.drawn.set(layer.id, drawn);
      if (!this.host.state().hiddenLayers.has(layer.id)) this.show(drawn, map);
    }
    this.decorateAll();
    if (!this.fitted) this.fitToData();
    void this.renderClusters();
  }

  private show(drawn: Drawn, map: Leaflet.Map): void {
    drawn.group.addTo(map);
    drawn.canvas?.show(true);
  }

  private drawLayer(L: L, map: Leaflet.Map, layer: LoadedLayer): Drawn {
    const lang = this.host.state().lang;
    const features: (Leaflet.Path | null)[] = [];
    const collection = layer.collection;
    const none = { layer, group: L.layerGroup(), cluster: null, canvas: null, features };
    if (layer.points && layer.spec.cluster !== false) return { ...none, cluster: layer.points };
    if (layer.points?.inWorker) {
      // Too many points for the page to draw one by one: the worker draws the view.
      const canvas = new WorkerCanvasLayer(
        L,
        map,
        layer.points,
        () => ({
          fill: this.cssColor('var(--_palette)', '#0052a4'),
          stroke: this.cssColor(String(token('color-surface')), '#ffffff'),
        }),
        (i, at) => void this.selectPoint(layer, layer.points!, i, null, at),
        () => this.markDrawn(),
      );
      return { ...none, canvas };
    }
    const many = layer.kind === 'points' && collection.features.length > CANVAS_THRESHOLD;
    const renderer = many ? L.canvas({ padding: 0.2 }) : L.svg({ padding: 0.2 });
    const fill = many ? this.cssColor('var(--_palette)', '#0052a4') : undefined;
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
          // Names from data are isolated (a right-to-left override stays inside them) and long ones clipped.
          const text = document.createElement('bdi');
          text.textContent = displayText(this.describeFeature(layer, i, lang));
          tip.append(text);
          path.bindTooltip(tip, { sticky: layer.kind !== 'points' });
          // Leaflet points `aria-describedby` at the tooltip and leaves it when the tooltip is gone (a reference to
          // nothing); the feature's aria-label already says what the tooltip shows.
          path.on('tooltipopen tooltipclose', () =>
            (path as Leaflet.Path).getElement?.()?.removeAttribute('aria-describedby'),
          );
        }
        path.on('click', (e: Leaflet.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(e);
          this.select(this.current(layer), i, feature as AnyFeature, name, e.latlng);
        });
      },
    });
    return { ...none, group };
  }

  /** The layer `layer` stands for now (restyled since it was drawn, or itself). */
  private current(layer: LoadedLayer): LoadedLayer {
    return this.drawn.get(layer.id)?.layer ?? layer;
  }

  private featureClass(layer: LoadedLayer, i: number): string {
    if (layer.kind === 'points') return 'bdw-point';
    const selected = layer.view?.selected.has(i) ? ' bdw-selected' : '';
    if (layer.kind === 'shapes' || !layer.choropleth) return `bdw-feature bdw-shape${selected}`;
    const c = classOf(layer.choropleth.values[i], layer.choropleth.breaks);
    const shade = c < 0 ? 'bdw-novalue' : `bdw-shade-${layer.choropleth.ranges[c]!.shade}`;
    return `bdw-feature ${shade}${selected}`;
  }

  /** Makes SVG features named and operable by keyboard (one Tab stop for all of them, see `FeatureFocus`). */
  private decorateAll(): void {
    const lang = this.host.state().lang;
    const focus = this.focus;
    for (const { layer, features } of this.drawn.values()) {
      features.forEach((path, i) => {
        const el = path?.getElement?.() as SVGElement | undefined;
        if (!el || el.hasAttribute('data-key')) return;
        const key = `${layer.id}|f${i}`;
        el.setAttribute('data-key', key);
        el.setAttribute('tabindex', '-1');
        el.setAttribute('role', 'button');
        this.describeElement(el, layer, i, lang);
        // The layer's <svg> groups its features under the layer's name (a graphic without a name otherwise).
        const svg = el.ownerSVGElement;
        if (svg && !svg.hasAttribute('role')) {
          svg.setAttribute('role', 'group');
          svg.setAttribute('aria-label', layer.title);
        }
        focus?.set(key, () => {
          const now = this.current(layer);
          this.select(now, i, now.collection.features[i]!, this.nameOf(now, i), null);
        });
      });
    }
    focus?.refresh();
  }

  /** A feature's name, class and (joined to a view) whether it is selected, for assistive technology and tests. */
  private describeElement(el: Element, layer: LoadedLayer, i: number, lang: Lang): void {
    el.setAttribute('aria-label', this.describeFeature(layer, i, lang));
    if (layer.choropleth)
      (el as SVGElement).dataset['class'] = String(classOf(layer.choropleth.values[i], layer.choropleth.breaks));
    if (layer.view) el.setAttribute('aria-pressed', layer.view.selected.has(i) ? 'true' : 'false');
    else el.removeAttribute('aria-pressed');
  }

  /**
   * Follows the element's layers after the first draw: a layer whose features stay (a joined layer whose counts or
   * selection changed) is restyled in place, so that keyboard focus stays on its feature; a new or replaced layer
   * (the view's points under new filters) is drawn; a layer gone is removed. The map is not fitted again.
   */
  sync(): void {
    const { map, L } = this;
    const layers = this.host.state().layers;
    if (!map || !L || !layers) return;
    if (this.drawn.size === 0) {
      if (layers.length) this.draw();
      return;
    }
    const ids = new Set(layers.map((l) => l.id));
    const same = layers.length === this.drawn.size && layers.every((l) => this.drawn.get(l.id)?.layer === l);
    if (same) return;
    for (const [id, drawn] of this.drawn) {
      if (ids.has(id)) continue;
      drawn.group.remove();
      drawn.canvas?.show(false);
      this.drawn.delete(id);
      this.focus?.forget(`${id}|`);
    }
    const hidden = this.host.state().hiddenLayers;
    for (const layer of layers) {
      const drawn = this.drawn.get(layer.id);
      if (drawn?.layer === layer) continue;
      if (drawn && drawn.layer.collection === layer.collection && !drawn.cluster && !drawn.canvas) {
        this.restyle(drawn, layer);
        continue;
      }
      if (drawn) {
        drawn.group.remove();
        drawn.canvas?.show(false);
        this.focus?.forget(`${layer.id}|`);
      }
      const next = this.drawLayer(L, map, layer);
      this.drawn.set(layer.id, next);
      if (!hidden.has(layer.id)) this.show(next, map);
    }
    this.decorateAll();
    if (!this.fitted) this.fitToData();
    void this.renderClusters();
  }

  /** New values, classes and selection on the paths already drawn (their elements stay, and so does focus). */
  private restyle(drawn: Drawn, layer: LoadedLayer): void {
    const before = drawn.layer;
    drawn.layer = layer;
    const lang = this.host.state().lang;
    const root = this.host.element.renderRoot as ShadowRoot;
    const active = root.activeElement;
    drawn.features.forEach((path, i) => {
      const el = path?.getElement?.() as SVGElement | undefined;
      if (!path || !el) return;
      for (const name of [...el.classList]) if (name.startsWith('bdw-')) el.classList.remove(name);
      el.classList.add(...this.featureClass(layer, i).split(' '));
      this.describeElement(el, layer, i, lang);
      const tip = document.createElement('bdi');
      tip.textContent = displayText(this.describeFeature(layer, i, lang));
      path.setTooltipContent(tip);
      // A newly selected district comes to the front: its outline is not covered by its neighbours' fills.
      if (layer.view?.selected.has(i) && !before.view?.selected.has(i)) {
        path.bringToFront();
        if (el === active) (el as HTMLElement & SVGElement).focus({ preventScroll: true });
      }
    });
  }

  /** Draws the clusters and single points of the view, once every clustered layer has answered for it. */
  private async renderClusters(): Promise<void> {
    const { map, L } = this;
    if (!map || !L) return;
    const generation = ++this.clusterGeneration;
    const lang = this.host.state().lang;
    const bounds = map.getBounds().pad(0.25);
    const box: BBox = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const zoom = map.getZoom();
    const clustered = [...this.drawn.values()].filter((d) => d.cluster);
    if (clustered.length === 0) return;
    const hidden = this.host.state().hiddenLayers;
    const batches = await Promise.all(
      clustered.map((d) => (hidden.has(d.layer.id) ? null : d.cluster!.clusters(box, zoom).catch(() => null))),
    );
    if (generation !== this.clusterGeneration || this.map !== map) return;
    const redraw = () => {
      clustered.forEach((drawn, k) => {
        const { group, layer } = drawn;
        group.clearLayers();
        this.focus?.forget(`${layer.id}|m`);
        const batch: ClusterBatch | null = batches[k]!;
        if (!batch || this.host.state().hiddenLayers.has(layer.id)) return;
        const project = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]);
        for (const item of declutter(batchItems(batch), project)) {
          group.addLayer(this.markerOf(L, map, drawn, drawn.cluster!, item, lang));
        }
      });
    };
    if (this.focus) this.focus.keep(redraw);
    else redraw();
    this.markDrawn();
  }

  /** Counts a drawn view on the map container (`data-drawn`). */
  private markDrawn(): void {
    this.map?.getContainer().setAttribute('data-drawn', String(++this.drawnViews));
  }

  /** A cluster (its count, zooms to where it splits) or a single point (a dot, opens its popup). */
  private markerOf(
    L: L,
    map: Leaflet.Map,
    drawn: Drawn,
    cluster: PointIndex,
    item: MarkerItem,
    lang: Lang,
  ): Leaflet.Marker {
    const { layer } = drawn;
    const content = document.createElement('span');
    const size = markerSize(item.count);
    if (item.featureIndex === null) {
      content.className = 'bdw-cluster';
      // The visible count is the start of the accessible name (WCAG 2.5.3 label in name).
      const visible = document.createElement('span');
      visible.textContent = clusterCount(item.count, lang);
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ` ${t(lang, 'cluster', { count: formatNumber(item.count, lang) })}`;
      content.append(visible, hint);
      const marker = L.marker([item.lat, item.lng], {
        icon: L.divIcon({ html: content, className: 'bdw-cluster-icon', iconSize: [size, size] }),
        keyboard: true,
      });
      const zoomIn = async () => {
        // Where the first of the clusters drawn here splits (merged neighbours split there too, or sooner).
        const zooms = await Promise.all(item.clusterIds.map((id) => cluster.expansionZoom(id))).catch(() => []);
        const next = zooms.length ? Math.min(...zooms) : map.getZoom() + 2;
        if (this.map !== map) return;
        map.setView([item.lat, item.lng], Math.min(Math.max(next, map.getZoom() + 1), map.getMaxZoom()));
      };
      const key = `${layer.id}|mc${item.clusterIds.join('-') || `${item.lat},${item.lng}`}`;
      marker.on('click', () => void zoomIn());
      marker.on('add', () => {
        const el = marker.getElement();
        el?.setAttribute('data-count', String(item.count));
        el?.setAttribute('data-key', key);
      });
      this.focus?.set(key, () => {
        // From the keyboard, focus follows to the marker nearest to where the cluster was (the new centre).
        const size = map.getSize();
        this.focus?.focusNear({ x: size.x / 2, y: size.y / 2 });
        void zoomIn();
      });
      return marker;
    }
    const i = item.featureIndex;
    content.className = 'bdw-dot';
    const marker = L.marker([item.lat, item.lng], {
      icon: L.divIcon({ html: content, className: 'bdw-single-icon', iconSize: [size, size] }),
      keyboard: true,
    });
    const name = item.name || this.nameOf(layer, i);
    const open = () => void this.selectPoint(layer, cluster, i, name, marker.getLatLng());
    const key = `${layer.id}|mp${i}`;
    marker.on('click', open);
    marker.on('add', () => {
      const el = marker.getElement();
      el?.setAttribute('aria-label', name);
      el?.setAttribute('data-count', '1');
      el?.setAttribute('data-key', key);
    });
    this.focus?.set(key, open);
    return marker;
  }

  private fitToData(): void {
    const { map, L } = this;
    if (!map || !L || this.host.state().noFit) return;
    let box: [number, number, number, number] | null = null;
    for (const { layer } of this.drawn.values()) {
      if (this.host.state().hiddenLayers.has(layer.id)) continue;
      const b = layer.points?.bbox ?? bbox(layer.collection);
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

  /** A CSS colour (tokens included) as the computed colour a canvas can use. */
  private cssColor(value: string, fallback: string): string {
    const probe = document.createElement('span');
    probe.style.color = value;
    this.host.element.renderRoot.appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color || fallback;
  }

  // --- Features --------------------------------------------------------------------------------

  private nameOf(layer: LoadedLayer, i: number): string {
    const props = layer.collection.features[i]?.properties;
    const fallback = t(this.host.state().lang, layer.kind === 'points' ? 'point' : 'feature', { n: i + 1 });
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
    return value === null ? name : `${name}: ${layer.choropleth!.valueLabel} ${value}`;
  }

  /**
   * A point chosen on the map: its properties come from the index (the worker holds those of a large layer), and so
   * does its name when the marker did not carry one.
   */
  private async selectPoint(
    layer: LoadedLayer,
    points: PointIndex,
    index: number,
    name: string | null,
    at: Leaflet.LatLng,
  ): Promise<void> {
    const feature = layer.collection.features[index] ?? (await points.feature(index).catch(() => null));
    if (!feature || !this.map) return;
    const fallback = t(this.host.state().lang, 'point', { n: index + 1 });
    this.select(layer, index, feature, name || featureName(feature.properties, layer.nameKey, fallback), at);
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
    this.host.element.dispatchEvent(
      bdwEvent<BdwFeatureSelectDetail>('bdw-feature-select', {
        layerId: layer.id,
        index,
        name,
        properties: { ...(feature.properties ?? {}) },
        coordinates,
      }),
    );
    if (layer.view) {
      this.host.toggleInView(layer, index);
      return;
    }
    const where = at ?? (coordinates ? this.L!.latLng(coordinates[1], coordinates[0]) : null);
    this.openPopup(layer, index, feature, name, where);
  }

  private openPopup(
    layer: LoadedLayer,
    index: number,
    feature: AnyFeature,
    name: string,
    at: Leaflet.LatLng | null,
  ): void {
    const { map, L } = this;
    if (!map || !L || !at) return;
    const lang = this.host.state().lang;
    const content = document.createElement('div');
    const value = this.featureValue(layer, index, lang);
    // Lit binds every value as text: properties can never become markup.
    render(
      html`<p class="popup__title"><bdi>${displayText(name)}</bdi></p>
        ${value !== null ? html`<p class="popup__value">${layer.choropleth!.valueLabel}: ${value}</p>` : nothing}
        <dl class="props" aria-label=${t(lang, 'details')}>
          ${propertyRows(feature.properties).map(
            ([k, v]) =>
              html`<dt><bdi>${displayText(k)}</bdi></dt>
                <dd><bdi>${displayText(v)}</bdi></dd>`,
          )}
        </dl>`,
      content,
    );
    // Focus moves into the popup and comes back to where it was (the feature, or the table's link) when it closes.
    const root = this.host.element.renderRoot as ShadowRoot;
    const opener = root.activeElement as HTMLElement | null;
    const openerKey = opener?.dataset['key'] ?? null;
    // At least 240 px (less on a narrow map): Leaflet measures the content without wrapping, and a grid of properties
    // measured that way came out a few letters wide.
    const minWidth = Math.max(120, Math.min(240, map.getSize().x - 80));
    const popup = L.popup({ minWidth, maxWidth: 320, autoPanPadding: [16, 16] })
      .setLatLng(at)
      .setContent(content);
    popup.on('remove', () => {
      const active = root.activeElement;
      const element = popup.getElement();
      if (active && !element?.contains(active)) return;
      if (opener?.isConnected) opener.focus();
      else if (openerKey && this.map) this.focus?.restore(openerKey, this.map.latLngToContainerPoint(at));
    });
    popup.openOn(map);
    const element = popup.getElement();
    if (!element) return;
    element.setAttribute('role', 'dialog');
    element.setAttribute('aria-label', name);
    element.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t(lang, 'close'));
    element.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      map.closePopup(popup);
    });
    const body = element.querySelector<HTMLElement>('.leaflet-popup-content');
    // Focusable in the Tab order too: a long list of properties scrolls with the keyboard.
    body?.setAttribute('tabindex', '0');
    body?.focus({ preventScroll: true });
  }

  /** Selecting a feature from the table: centre on it and open its popup. */
  private selectFromList(layer: LoadedLayer, index: number): void {
    const feature = layer.collection.features[index]!;
    const coordinates =
      feature.geometry?.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : centerOf(feature);
    if (coordinates && this.map) this.map.setView([coordinates[1], coordinates[0]], Math.max(this.map.getZoom(), 13));
    this.select(layer, index, feature, this.nameOf(layer, index), null);
    this.host.state().mapElement?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The layer switcher (with more than one layer) and the legend of the visible layers. */
  renderPanel(lang: Lang, layers: readonly LoadedLayer[], onToggle: (layer: LoadedLayer, visible: boolean) => void) {
    if (layers.length === 0) return nothing;
    const visible = layers.filter((l) => !this.host.state().hiddenLayers.has(l.id));
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
                      .checked=${!this.host.state().hiddenLayers.has(layer.id)}
                      @change=${(e: Event) => onToggle(layer, (e.target as HTMLInputElement).checked)}
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
    const total = layer.size;
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
      <p class="legend__name">${layer.title} · ${c.valueLabel}</p>
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
      ${layer.view ? this.renderSelection(lang, layer, layer.view) : nothing}
    </div>`;
  }

  /** What the view keeps of a joined layer, in words (the selection is not shown by colour alone). */
  private renderSelection(lang: Lang, layer: LoadedLayer, link: ViewLink) {
    const chosen = [...link.selected].sort((a, b) => a - b);
    if (chosen.length === 0) return html`<p class="legend__selection">${viewMessage(lang, 'selectionNone')}</p>`;
    const names = chosen.map((i) => {
      const value = this.featureValue(layer, i, lang);
      return value === null ? this.nameOf(layer, i) : `${this.nameOf(layer, i)} (${value})`;
    });
    return html`<p class="legend__selection">
      <span class="swatch swatch--selected" aria-hidden="true"></span
      ><span>${viewMessage(lang, 'selection', { names: names.join(', ') })}</span>
    </p>`;
  }

  /** Shows or hides a drawn layer (the element keeps which layers are hidden). */
  toggle(layer: LoadedLayer, visible: boolean): void {
    const drawn = this.drawn.get(layer.id);
    if (!drawn || !this.map) return;
    if (visible) {
      this.show(drawn, this.map);
      this.decorateAll();
    } else {
      drawn.group.remove();
      drawn.canvas?.show(false);
    }
    void this.renderClusters();
  }

  /** The tables of features of `layers`: the text alternative of the map. */
  renderTables(lang: Lang, layers: readonly LoadedLayer[]) {
    return layers.map((layer) =>
      renderFeatureTable(layer, lang, {
        name: (i) => this.nameOf(layer, i),
        value: (i) => this.featureValue(layer, i, lang),
        onSelect: (i) => this.selectFromList(layer, i),
      }),
    );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
