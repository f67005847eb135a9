import type { Lang } from '@bdw/core';
import type * as Leaflet from 'leaflet';
import { baseDistricts, visibleLabels } from './basemap.js';

type L = typeof Leaflet;

/** District names are written from this zoom on (below it Busan is a few dozen pixels wide). */
export const LABEL_MIN_ZOOM = 10;

/**
 * The offline basemap: Busan's district boundaries (land on the map's sea-coloured background) in a pane under every
 * layer, and the district names in the widget's language in a pane above it, shown from `LABEL_MIN_ZOOM` on and
 * thinned so that no two overlap. Decorative (`aria-hidden`, not interactive): the data layers and their table carry
 * the content.
 */
export class Basemap {
  private readonly layers: Leaflet.Layer[] = [];
  private readonly labels: { marker: Leaflet.Marker; area: number }[] = [];
  private readonly onZoom = () => this.placeLabels();

  constructor(
    private readonly L: L,
    private readonly map: Leaflet.Map,
    lang: Lang,
  ) {
    const base = map.getPane('bdw-base') ?? map.createPane('bdw-base');
    base.style.zIndex = '150';
    const names = map.getPane('bdw-base-labels') ?? map.createPane('bdw-base-labels');
    names.style.zIndex = '350';
    for (const pane of [base, names]) {
      pane.style.pointerEvents = 'none';
      pane.setAttribute('aria-hidden', 'true');
    }
    const districts = baseDistricts();
    const land = L.geoJSON(districts, {
      pane: 'bdw-base',
      interactive: false,
      style: () => ({ className: 'bdw-base-district', renderer: L.svg({ pane: 'bdw-base', padding: 0.2 }) }),
    } as Leaflet.GeoJSONOptions);
    this.layers.push(land.addTo(map));
    for (const district of districts.features) {
      const text = document.createElement('span');
      text.textContent = lang === 'en' ? district.properties.nameEng : district.properties.name;
      const [lng, lat] = district.properties.label;
      const marker = L.marker([lat, lng], {
        pane: 'bdw-base-labels',
        interactive: false,
        keyboard: false,
        // No icon size: the name is centred on the point by CSS (the inner span), whatever its length.
        icon: L.divIcon({ html: text, className: 'bdw-base-label', iconSize: null as unknown as Leaflet.Point }),
      });
      this.layers.push(marker.addTo(map));
      const box = L.geoJSON(district).getBounds();
      this.labels.push({ marker, area: (box.getEast() - box.getWest()) * (box.getNorth() - box.getSouth()) });
    }
    // Bigger districts keep their names first when labels would collide.
    this.labels.sort((a, b) => b.area - a.area);
    map.on('zoomend', this.onZoom);
    this.placeLabels();
  }

  /** Shows the names that fit at this zoom. */
  private placeLabels(): void {
    const show = this.map.getZoom() >= LABEL_MIN_ZOOM;
    const elements = this.labels.map((l) => l.marker.getElement()).filter((e): e is HTMLElement => !!e);
    for (const el of elements) el.style.visibility = show ? 'visible' : 'hidden';
    if (!show) return;
    const origin = this.map.getContainer().getBoundingClientRect();
    const boxes = elements.map((el) => {
      const r = (el.firstElementChild ?? el).getBoundingClientRect();
      return { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
    });
    const keep = new Set(visibleLabels(boxes));
    elements.forEach((el, i) => (el.style.visibility = keep.has(i) ? 'visible' : 'hidden'));
  }

  /** Removes the basemap from the map. */
  remove(): void {
    this.map.off('zoomend', this.onZoom);
    for (const layer of this.layers) layer.remove();
    this.layers.length = 0;
    this.labels.length = 0;
  }
}
