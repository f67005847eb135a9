import type { Dataset, SearchQuery } from '@bdw/core';

export interface BdwFeatureSelectDetail {
  layerId: string;
  /** Index of the feature in its layer. */
  index: number;
  /** The feature's name as shown. */
  name: string;
  /** The feature's properties (data: treat as text). */
  properties: Record<string, unknown>;
  /** `[lng, lat]` of the point, or of the feature's centre. */
  coordinates: [number, number] | null;
}

export interface BdwLayerChangeDetail {
  layerId: string;
  visible: boolean;
  /** Ids of every visible layer after the change. */
  visibleLayers: string[];
}

export interface BdwDatasetSelectDetail {
  dataset: Dataset;
}

export interface BdwSearchDetail {
  query: SearchQuery;
}

declare global {
  interface HTMLElementEventMap {
    'bdw-feature-select': CustomEvent<BdwFeatureSelectDetail>;
    'bdw-layer-change': CustomEvent<BdwLayerChangeDetail>;
  }
}

export function bdwEvent<T>(name: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
