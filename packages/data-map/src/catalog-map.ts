import type { FacetField } from '@bdw/core';

export interface CatalogNode {
  /** The facet value to filter by (CKAN name). */
  name: string;
  label: string;
  count: number;
  /** Share of the largest node's count, 0–1 (sizes the tile). */
  weight: number;
}

/**
 * Nodes of the catalogue map for one facet (providers = `organization`, categories = `groups`):
 * the largest `limit` values, biggest first, each weighted against the largest.
 */
export function catalogNodes(facet: FacetField | undefined, limit = 24): CatalogNode[] {
  const items = [...(facet?.items ?? [])].filter((i) => i.count > 0).sort((a, b) => b.count - a.count);
  const max = items[0]?.count ?? 1;
  return items.slice(0, limit).map((i) => ({
    name: i.name,
    label: i.displayName || i.name,
    count: i.count,
    weight: i.count / max,
  }));
}

/** Tile size step 1–4 of a node (a simple treemap-like grid: bigger groups take more cells). */
export function tileSpan(weight: number): 1 | 2 | 3 | 4 {
  if (weight >= 0.6) return 4;
  if (weight >= 0.3) return 3;
  if (weight >= 0.12) return 2;
  return 1;
}
