/**
 * The baseline: raw Leaflet + leaflet.markercluster, as a page would write it by hand.
 * Bundled by bench/render-points.ts; `window.renderRaw(url)` fetches the GeoJSON and resolves with the ms to first paint.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';

declare global {
  interface Window {
    L: typeof L;
    renderRaw(url: string): Promise<number>;
  }
}

window.L = { ...L } as typeof L;

window.renderRaw = async (url) => {
  const started = performance.now();
  const points = (
    (await (await fetch(url)).json()) as { features: { geometry: { coordinates: [number, number] } }[] }
  ).features.map((f) => f.geometry.coordinates);
  // markercluster is a script that extends the global L.
  await import('leaflet.markercluster');
  const Lx = window.L as typeof L & { markerClusterGroup(): L.FeatureGroup & { addLayers(l: L.Layer[]): void } };
  const map = Lx.map(document.getElementById('raw')!, { center: [35.1796, 129.0756], zoom: 11, maxZoom: 19 });
  const group = Lx.markerClusterGroup();
  group.addLayers(points.map(([lng, lat]) => Lx.marker([lat, lng])));
  map.addLayer(group);
  map.fitBounds(group.getBounds(), { animate: false });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - started;
};
