/** A feature on screen for keyboard navigation: its key and the centre of its box in container pixels. */
export interface Spot {
  key: string;
  x: number;
  y: number;
}

/**
 * Reading order of features on screen: rows of `band` px from top to bottom, left to right in a row. Arrow keys
 * walk this order, so every feature in view is reached, in the order a sighted reader scans the map.
 */
export function readingOrder(spots: readonly Spot[], band = 32): string[] {
  return [...spots]
    .sort((a, b) => Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x || a.y - b.y)
    .map((s) => s.key);
}

/** The key the arrow `key` moves to from `current` in `order` (null: not a navigation key, or no feature). */
export function moveFocus(order: readonly string[], current: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[Math.min(at + 1, order.length - 1)]!;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[Math.max(at - 1, 0)]!;
    case 'Home':
      return order[0]!;
    case 'End':
      return order[order.length - 1]!;
    default:
      return null;
  }
}

/** The spot nearest to `(x, y)` (where a cluster was before it split), or null. */
export function nearestSpot(spots: readonly Spot[], x: number, y: number): Spot | null {
  let best: Spot | null = null;
  let bestD = Infinity;
  for (const s of spots) {
    const d = Math.hypot(s.x - x, s.y - y);
    if (d < bestD) [best, bestD] = [s, d];
  }
  return best;
}
