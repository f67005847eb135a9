/**
 * The baseline: raw Leaflet + leaflet.markercluster, as a page would write it by hand.
 * Bundled by bench/render-points.ts; `window.renderRaw(points)` resolves with the ms to first paint.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

declare global {
  interface Window {
    L: typeof L;
    renderRaw(points: [number, number][]): Promise<number>;
  }
}

window.L = { ...L } as typeof L;

window.renderRaw = async (points) => {
  // markercluster is a script that extends the global L.
  await import('leaflet.markercluster');
  const Lx = window.L as typeof L & { markerClusterGroup(): L.FeatureGroup & { addLayers(l: L.Layer[]): void } };
  const started = performance.now();
  const map = Lx.map(document.getElementById('raw')!, { center: [35.1796, 129.0756], zoom: 11, maxZoom: 19 });
  const group = Lx.markerClusterGroup();
  group.addLayers(points.map(([lng, lat]) => Lx.marker([lat, lng])));
  map.addLayer(group);
  map.fitBounds(group.getBounds(), { animate: false });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - started;
};
