/**
 * The columns a wide table draws: those in (and just beside) its scroll box. A row of the real accident table has 21
 * cells and a 1280 px screen shows about half of them, a phone two or three; a scroll-bar jump rewrites every drawn
 * cell, so drawing only the visible columns halves that work on a desktop and cuts it by seven on a phone. Cells keep
 * their column (`grid-column`), so the tracks, the row's width and the horizontal scroll stay those of all columns.
 */

/** Columns drawn beyond each side of the box, so that a horizontal scroll shows cells, not blank tracks. */
export const COLUMN_OVERSCAN = 1;

export interface ColumnWindowInput {
  /** Each column's left edge in px from the rows' start, then the last column's right edge (`columns + 1` values). */
  edges: readonly number[];
  /** The scroll box's `scrollLeft`. */
  scrollLeft: number;
  /** The scroll box's inner width, in px. */
  width: number;
  /** Columns drawn beyond each side ({@link COLUMN_OVERSCAN} unless given). */
  overscan?: number;
}

/** The first and last column drawn (inclusive). */
export interface ColumnRange {
  first: number;
  last: number;
}

/** The index of the last column whose left edge is at or before `x` (0 when `x` is before every column). */
function columnAt(edges: readonly number[], x: number): number {
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (edges[mid]! <= x) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The columns that show any part in the box from `scrollLeft` to `scrollLeft + width`, with the overscan. */
export function columnWindow({ edges, scrollLeft, width, overscan = COLUMN_OVERSCAN }: ColumnWindowInput): ColumnRange {
  const columns = edges.length - 1;
  if (columns <= 0) return { first: 0, last: -1 };
  const left = Math.max(0, scrollLeft);
  return {
    first: Math.max(0, columnAt(edges, left) - overscan),
    last: Math.min(columns - 1, columnAt(edges, left + Math.max(0, width) - 0.5) + overscan),
  };
}

/**
 * Column edges before the grid is laid out, from the widths in `ch` at a narrow `chPx`: the columns then seem
 * narrower than they are, so the first frame draws at least every column it shows (and a few more), never a gap.
 */
export function estimatedEdges(widths: readonly number[], chPx: number): number[] {
  const edges = [0];
  for (const width of widths) edges.push(edges.at(-1)! + width * chPx);
  return edges;
}

/** Column edges read off the header's cells (laid out with the same tracks as every row). */
export function measuredEdges(headerCells: readonly HTMLElement[]): number[] {
  if (headerCells.length === 0) return [0];
  const edges = headerCells.map((cell) => cell.offsetLeft);
  const last = headerCells.at(-1)!;
  edges.push(last.offsetLeft + last.offsetWidth);
  return edges;
}

/** The columns to draw in each row: the window's, and the focused column too when it is outside (focus stays). */
export function drawnColumns(range: ColumnRange, active: number, columns: number): number[] {
  const drawn: number[] = [];
  if (active >= 0 && active < range.first && active < columns) drawn.push(active);
  for (let col = range.first; col <= range.last; col++) drawn.push(col);
  if (active > range.last && active < columns) drawn.push(active);
  return drawn;
}
