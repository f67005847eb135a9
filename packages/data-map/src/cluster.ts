import type { ClusterBatch } from './point-store.js';

export interface ClusterItem {
  lng: number;
  lat: number;
  /** Points represented: 1 for a single point. */
  count: number;
  /** Supercluster's id for a cluster, `null` for a single point. */
  clusterId: number | null;
  /** Index of the feature in the layer for a single point, `null` for a cluster. */
  featureIndex: number | null;
  /** A single point's name from its properties (`''` when unknown). */
  name: string;
}

/** A batch from a point index as items (single points keep their names). */
export function batchItems(batch: ClusterBatch): ClusterItem[] {
  return Array.from(batch.count, (count, k) => ({
    lng: batch.lng[k]!,
    lat: batch.lat[k]!,
    count,
    clusterId: batch.feature[k]! < 0 ? batch.clusterId[k]! : null,
    featureIndex: batch.feature[k]! < 0 ? null : batch.feature[k]!,
    name: batch.names[k] ?? '',
  }));
}

/** Points represented by a set of cluster items. */
export function clusterTotal(items: readonly { count: number }[]): number {
  return items.reduce((sum, item) => sum + item.count, 0);
}

/** What is drawn for one or more cluster items that would overlap on screen. */
export interface MarkerItem {
  lng: number;
  lat: number;
  /** Points represented. */
  count: number;
  /** Supercluster ids of the clusters merged into this marker (empty for a single point). */
  clusterIds: number[];
  /** Index of the feature when the marker is one single point, else `null`. */
  featureIndex: number | null;
  /** The single point's name from its properties (`''` when unknown or a cluster). */
  name: string;
}

/** Diameter in CSS pixels of the marker of `count` points (a single point's target is 24 px). */
export function markerSize(count: number): number {
  if (count <= 1) return 24;
  return count >= 1000 ? 44 : count >= 100 ? 38 : 32;
}

/**
 * Merges cluster items whose markers would overlap on screen (circles of `markerSize`, plus `gap` px), biggest first,
 * until no two markers intersect. `project` gives an item's position in container pixels.
 */
export function declutter(
  items: readonly ClusterItem[],
  project: (lat: number, lng: number) => { x: number; y: number },
  gap = 2,
): MarkerItem[] {
  type Placed = MarkerItem & { x: number; y: number };
  let placed: Placed[] = [...items]
    .sort((a, b) => b.count - a.count)
    .map((item) => ({
      lng: item.lng,
      lat: item.lat,
      count: item.count,
      clusterIds: item.clusterId === null ? [] : [item.clusterId],
      featureIndex: item.clusterId === null ? item.featureIndex : null,
      name: item.clusterId === null ? item.name : '',
      ...project(item.lat, item.lng),
    }));
  // Neighbours are looked up in a grid of cells as big as the largest marker (plus the gap): a few comparisons per
  // marker instead of all pairs, as a view can hold thousands of single points at high zooms.
  const cell = markerSize(Infinity) + gap;
  for (let changed = true, round = 0; changed && round < 8; round++) {
    changed = false;
    const kept: Placed[] = [];
    const grid = new Map<string, Placed[]>();
    for (const item of placed) {
      const cx = Math.floor(item.x / cell);
      const cy = Math.floor(item.y / cell);
      let host: Placed | undefined;
      for (let dx = -1; dx <= 1 && !host; dx++)
        for (let dy = -1; dy <= 1 && !host; dy++)
          host = grid
            .get(`${cx + dx},${cy + dy}`)
            ?.find(
              (k) => Math.hypot(k.x - item.x, k.y - item.y) < (markerSize(k.count) + markerSize(item.count)) / 2 + gap,
            );
      if (!host) {
        kept.push(item);
        const key = `${cx},${cy}`;
        const list = grid.get(key);
        if (list) list.push(item);
        else grid.set(key, [item]);
        continue;
      }
      changed = true;
      // The merged marker sits at the points' weighted centre (its grid cell is updated next round).
      const total = host.count + item.count;
      host.x = (host.x * host.count + item.x * item.count) / total;
      host.y = (host.y * host.count + item.y * item.count) / total;
      host.lat = (host.lat * host.count + item.lat * item.count) / total;
      host.lng = (host.lng * host.count + item.lng * item.count) / total;
      host.count = total;
      host.clusterIds.push(...item.clusterIds);
      host.featureIndex = null;
      host.name = '';
    }
    placed = kept;
  }
  return placed.map(({ x: _x, y: _y, ...item }) => item);
}
