import type { Feature, Point } from 'geojson';
import Supercluster from 'supercluster';

export interface ClusterItem {
  lng: number;
  lat: number;
  /** Points represented: 1 for a single point. */
  count: number;
  /** Supercluster's id for a cluster, `null` for a single point. */
  clusterId: number | null;
  /** Index of the feature in the layer for a single point, `null` for a cluster. */
  featureIndex: number | null;
}

export interface ClusterIndex {
  index: Supercluster<{ i: number }, Supercluster.AnyProps>;
  size: number;
}

/** Indexes point features (by their position in `points`) for clustering. */
export function createClusterIndex(
  points: readonly Feature<Point, unknown>[],
  { radius = 60, maxZoom = 17 }: { radius?: number; maxZoom?: number } = {},
): ClusterIndex {
  const index = new Supercluster<{ i: number }, Supercluster.AnyProps>({ radius, maxZoom, minPoints: 2 });
  index.load(points.map((p, i) => ({ type: 'Feature', geometry: p.geometry, properties: { i } })));
  return { index, size: points.length };
}

/** Clusters and single points inside `[west, south, east, north]` at integer zoom `zoom`. */
export function clustersInView(
  { index }: ClusterIndex,
  bounds: [number, number, number, number],
  zoom: number,
): ClusterItem[] {
  return index.getClusters(bounds, Math.round(zoom)).map((f) => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties as Partial<Supercluster.ClusterProperties> & { i?: number };
    return p.cluster
      ? { lng, lat, count: p.point_count ?? 0, clusterId: p.cluster_id ?? null, featureIndex: null }
      : { lng, lat, count: 1, clusterId: null, featureIndex: p.i ?? null };
  });
}

/** Points represented by a set of cluster items. */
export function clusterTotal(items: readonly ClusterItem[]): number {
  return items.reduce((sum, item) => sum + item.count, 0);
}

/** The zoom at which a cluster splits into its children. */
export function expansionZoom({ index }: ClusterIndex, clusterId: number): number {
  return index.getClusterExpansionZoom(clusterId);
}
