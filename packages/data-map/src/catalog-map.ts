import { treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
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

/** A tile of the treemap: the node and its rectangle in percent of the treemap's box. */
export interface TreemapTile {
  node: CatalogNode;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Height of the treemap for a container `width` px wide: taller than wide on a phone, wide and low on a desk. */
export function treemapHeight(width: number): number {
  return Math.round(width < 480 ? width * 1.35 : Math.min(Math.max(width * 0.42, 288), 480));
}

/**
 * A squarified treemap (d3-hierarchy's `treemapSquarify`, Bruls et al.) of `nodes` in a `width` × `height` box: each
 * tile's area is its share of the nodes' total count, and the tiles fill the box with no gap. Rectangles come back in
 * percent of the box, so that they scale with it until the next layout.
 */
export function treemapLayout(nodes: readonly CatalogNode[], width: number, height: number): TreemapTile[] {
  const total = nodes.reduce((s, n) => s + n.count, 0);
  if (total <= 0 || width <= 0 || height <= 0) return [];
  type Box = { value: number; x0: number; y0: number; x1: number; y1: number };
  const children: Box[] = nodes.map((n) => ({ value: n.count, x0: 0, y0: 0, x1: 0, y1: 0 }));
  // The tiling function only reads `children` and `value` and writes each child's rectangle.
  treemapSquarify({ value: total, children } as unknown as HierarchyRectangularNode<unknown>, 0, 0, width, height);
  return children.map((c, i) => ({
    node: nodes[i]!,
    left: (c.x0 / width) * 100,
    top: (c.y0 / height) * 100,
    width: ((c.x1 - c.x0) / width) * 100,
    height: ((c.y1 - c.y0) / height) * 100,
  }));
}

/** Smallest tile, in px², worth a tile of its own (64 × 64: room for a short name and its count). */
export const MIN_TILE_AREA = 64 * 64;

/**
 * Which nodes get a tile of their own in a `width` × `height` treemap: those whose share of the area is at least
 * `minArea`. The others (at least two) are drawn as one "other" tile of their summed count and listed as links.
 */
export function splitSmall(
  nodes: readonly CatalogNode[],
  width: number,
  height: number,
  minArea = MIN_TILE_AREA,
): { tiled: CatalogNode[]; small: CatalogNode[] } {
  const total = nodes.reduce((s, n) => s + n.count, 0);
  const area = width * height;
  let cut = nodes.findIndex((n) => (n.count / total) * area < minArea);
  if (cut < 0) return { tiled: [...nodes], small: [] };
  // One small node alone would make an "other" tile just as small: take its neighbour along.
  if (cut === nodes.length - 1) cut = Math.max(0, cut - 1);
  return { tiled: nodes.slice(0, cut), small: nodes.slice(cut) };
}

/** Shade step 0–2 of a tile by its weight (share of the largest node); the text stays readable on each. */
export function tileShade(weight: number): 0 | 1 | 2 {
  if (weight >= 0.6) return 2;
  if (weight >= 0.25) return 1;
  return 0;
}
