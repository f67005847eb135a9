export { BdwDataMap } from './BdwDataMap.js';
export type {
  BdwFeatureSelectDetail,
  BdwLayerChangeDetail,
  BdwDatasetSelectDetail,
  BdwSearchDetail,
} from './events.js';
export * from './classify.js';
export * from './legend.js';
export * from './join.js';
export * from './latlon.js';
export * from './csv.js';
export * from './geojson.js';
export * from './cluster.js';
export * from './catalog-map.js';
export { BUSAN_DISTRICT_CROSSWALK } from './busan-districts.js';
export { DataError, type DataErrorKind } from './errors.js';
export { allowLeafletMarkup, isLeafletMarkup } from './trusted-types.js';
export {
  normalizeSpecs,
  loadLayer,
  prepareLayer,
  detectFormat,
  pickResource,
  type LayerSpec,
  type JoinSpec,
  type LoadedLayer,
  type LayerKind,
  type Choropleth,
} from './layers.js';
export { nameKey, featureName, propertyRows, valueText } from './text.js';
