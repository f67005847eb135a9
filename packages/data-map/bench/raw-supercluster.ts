/**
 * The baseline of the 100,000 / 1,000,000-point rows: Leaflet and supercluster on the page's main thread, as the
 * supercluster README shows it: fetch the GeoJSON, index it with the element's own options, draw the clusters of the
 * view as div markers on every move. Bundled by bench/render-points.ts.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from '../src/constants.js';

declare global {
  interface Window {
    rawSupercluster(url: string): Promise<number>;
    rawMove(move: (map: L.Map) => void): Promise<number>;
  }
}

let map: L.Map;
let index: Supercluster;
let markers: L.LayerGroup;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

function draw(): void {
  const b = map.getBounds().pad(0.25);
  markers.clearLayers();
  for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom())) {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const count = (f.properties as { point_count?: number }).point_count ?? 1;
    const html = document.createElement('span');
    html.textContent = count > 1 ? String(count) : '';
    markers.addLayer(L.marker([lat, lng], { icon: L.divIcon({ html, iconSize: count > 1 ? [36, 36] : [14, 14] }) }));
  }
}

window.rawSupercluster = async (url) => {
  const started = performance.now();
  map = L.map(document.getElementById('raw')!, { center: [35.1796, 129.0756], zoom: 11, maxZoom: 19 });
  markers = L.layerGroup().addTo(map);
  const data = (await (await fetch(url)).json()) as { features: Supercluster.PointFeature<Supercluster.AnyProps>[] };
  index = new Supercluster({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM }).load(data.features);
  const [w, s, e, n] = data.features.reduce(
    ([w, s, e, n], f) => {
      const [x, y] = f.geometry.coordinates as [number, number];
      return [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    },
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  map.fitBounds(
    [
      [s, w],
      [n, e],
    ],
    { animate: false },
  );
  draw();
  map.on('moveend', draw);
  await frame();
  return performance.now() - started;
};

window.rawMove = async (move) => {
  const started = performance.now();
  move(map);
  await frame();
  return performance.now() - started;
};
