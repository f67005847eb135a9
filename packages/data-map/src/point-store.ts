/**
 * A point layer's spatial index: clusters, the points in a view, the point nearest to a click. Pure (no DOM, no Lit):
 * the map worker holds one per large layer, and the main thread one per small layer, so both draw from the same code.
 */
import type { Feature, Point } from 'geojson';
import Supercluster from 'supercluster';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from './constants.js';
import type { AnyFeature } from './geojson.js';
import { featureName } from './text.js';

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/**
 * The clusters and single points of a view, column by column, so that they cross from the worker as transferable
 * typed arrays rather than as thousands of objects.
 */
export interface ClusterBatch {
  lng: Float64Array;
  lat: Float64Array;
  /** Points represented: 1 for a single point. */
  count: Uint32Array;
  /** Supercluster's id of a cluster; -1 for a single point. */
  clusterId: Float64Array;
  /** Index of the feature in the layer for a single point; -1 for a cluster. */
  feature: Int32Array;
  /** Each single point's name from its properties (`''` for clusters, or when the name is unknown). */
  names: string[];
}

/** What supercluster indexes: a position and the feature's index in the layer. */
interface Indexed {
  geometry: { coordinates: [number, number] };
  i: number;
}

/** One interleaved `[lng0, lat0, lng1, lat1, …]` array of point features' positions (features that are not points are skipped). */
export function pointCoordinates(features: readonly AnyFeature[]): Float64Array {
  const out = new Float64Array(features.length * 2);
  features.forEach((f, i) => {
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    out[i * 2] = c ? c[0]! : Number.NaN;
    out[i * 2 + 1] = c ? c[1]! : Number.NaN;
  });
  return out;
}

/** Web Mercator world pixels at `zoom` (Leaflet's EPSG:3857 with 256 px tiles), for drawing in a worker. */
export function worldPixel(lng: number, lat: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.0511287798, Math.min(85.0511287798, lat)) * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

export interface PointStoreOptions {
  /** The property naming each feature. */
  nameKey?: string | null;
  /** Supercluster's radius in pixels (default `CLUSTER_RADIUS`). */
  radius?: number;
  /** Called with the points indexed so far (every 50,000). */
  onProgress?: (indexed: number) => void;
}

export class PointStore {
  /** Points indexed (features without a point geometry are left out). */
  readonly size: number;
  readonly bbox: BBox | null;
  private readonly index: Supercluster<{ i: number }, Supercluster.AnyProps>;
  private readonly features: readonly AnyFeature[] | null;
  private readonly nameKey: string | null;

  /**
   * Indexes the point features `features` (the store keeps them, to name points and hand out properties), or only the
   * positions `coordinates` (interleaved lng, lat; `NaN` for a feature that is not a point) when the page keeps them.
   */
  constructor(
    source: { features: readonly AnyFeature[] } | { coordinates: Float64Array },
    options: PointStoreOptions = {},
  ) {
    this.features = 'features' in source ? source.features : null;
    this.nameKey = options.nameKey ?? null;
    const points: Indexed[] = [];
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    const add = (geometry: Indexed['geometry'], i: number) => {
      const [lng, lat] = geometry.coordinates;
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) return;
      if (lng < w) w = lng;
      if (lng > e) e = lng;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
      // Supercluster reads only `geometry.coordinates` and hands the same objects back for single points.
      points.push({ geometry, i });
      if (points.length % 50_000 === 0) options.onProgress?.(points.length);
    };
    if ('features' in source) {
      source.features.forEach((f, i) => {
        if (f.geometry?.type === 'Point') add(f.geometry as unknown as Indexed['geometry'], i);
      });
    } else {
      const c = source.coordinates;
      for (let i = 0; i < c.length / 2; i++) add({ coordinates: [c[i * 2]!, c[i * 2 + 1]!] }, i);
    }
    this.size = points.length;
    this.bbox = w === Infinity ? null : [w, s, e, n];
    this.index = new Supercluster<{ i: number }, Supercluster.AnyProps>({
      radius: options.radius ?? CLUSTER_RADIUS,
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 2,
    });
    this.index.load(points as unknown as Feature<Point, { i: number }>[]);
  }

  /** Clusters and single points inside `bbox` at integer zoom `zoom`. */
  clusters(bbox: BBox, zoom: number): ClusterBatch {
    const found = this.index.getClusters(bbox, Math.round(zoom));
    const batch: ClusterBatch = {
      lng: new Float64Array(found.length),
      lat: new Float64Array(found.length),
      count: new Uint32Array(found.length),
      clusterId: new Float64Array(found.length),
      feature: new Int32Array(found.length),
      names: new Array<string>(found.length),
    };
    found.forEach((f, k) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      batch.lng[k] = lng;
      batch.lat[k] = lat;
      const p = f.properties as Partial<Supercluster.ClusterProperties> | undefined;
      if (p?.cluster) {
        batch.count[k] = p.point_count ?? 0;
        batch.clusterId[k] = p.cluster_id ?? -1;
        batch.feature[k] = -1;
        batch.names[k] = '';
      } else {
        const i = (f as unknown as Indexed).i;
        batch.count[k] = 1;
        batch.clusterId[k] = -1;
        batch.feature[k] = i;
        batch.names[k] = this.name(i);
      }
    });
    return batch;
  }

  /** The zoom at which cluster `clusterId` splits into its children. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** Calls `visit` with each single point inside `bbox` (positions as indexed, and the feature's index). */
  forEachIn(bbox: BBox, visit: (lng: number, lat: number, i: number) => void): void {
    // Above the index's last clustered zoom, supercluster answers with the single points themselves.
    for (const f of this.index.getClusters(bbox, CLUSTER_MAX_ZOOM + 1)) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      visit(lng, lat, (f as unknown as Indexed).i);
    }
  }

  /** The feature `i` (from the store's features), or `null` when the store holds positions only. */
  feature(i: number): AnyFeature | null {
    return this.features?.[i] ?? null;
  }

  /** The name of feature `i` from its properties, `''` when unknown. */
  name(i: number): string {
    return this.features ? featureName(this.features[i]?.properties, this.nameKey, '') : '';
  }

  /**
   * The point nearest to `[lng, lat]` within `radius` pixels at `zoom`, or `null`: what a click on a canvas of points
   * chose.
   */
  nearest(lng: number, lat: number, zoom: number, radius: number): number | null {
    const [cx, cy] = worldPixel(lng, lat, zoom);
    const degrees = (radius / (256 * 2 ** zoom)) * 360;
    const box: BBox = [lng - degrees, lat - degrees, lng + degrees, lat + degrees];
    let best: number | null = null;
    let bestDistance = radius;
    this.forEachIn(box, (x, y, i) => {
      const [px, py] = worldPixel(x, y, zoom);
      const distance = Math.hypot(px - cx, py - cy);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = i;
      }
    });
    return best;
  }
}
