/**
 * What `<bdw-data-map>` loads together with Leaflet (it cannot draw before Leaflet arrives): reading layers (GeoJSON,
 * CSV with papaparse, joins, choropleth classes), clustering (supercluster), Leaflet's CSS and the map view.
 */
export { disposeLayers, loadLayer } from './layers.js';
export { MapView } from './map-view.js';
export { ViewLayers } from './view-layers.js';
