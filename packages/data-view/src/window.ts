/**
 * The rows a virtual table draws: only those in (and just around) its scroll box. A table of 1,000,000 rows is
 * 36,000,000 px tall at 36 px a row, more than a browser lays out in one element, so past {@link MAX_BODY_PX} the
 * scroll range is compressed: the scroll position says which row is at the top (as a fraction of the way down),
 * and rows are drawn around the scroll position instead of at their natural offset.
 */

/** The tallest body the table lays out (Chromium caps element heights near 33,554,432 px). */
export const MAX_BODY_PX = 8_000_000;

/** Rows drawn above and below the visible ones, so that a fast scroll shows rows, not blank space. */
export const OVERSCAN = 3;

export interface WindowInput {
  /** Rows in all (the query's total). */
  total: number;
  /** Height of one row, in px. */
  rowHeight: number;
  /** The scroll position of the body (the scroll box's `scrollTop`). */
  scrollTop: number;
  /** Visible height of the body (the scroll box's height without the sticky header). */
  viewport: number;
}

export interface RowWindow {
  /** Height of the body, in px (at most {@link MAX_BODY_PX}). */
  bodyHeight: number;
  /** The first and last row drawn (inclusive; `last < first` when there are no rows). */
  first: number;
  last: number;
  /** Where to draw row `i` in the body, in px. */
  top(i: number): number;
}

/** Fractional index of the row at the top of the body for a scroll position. */
function topRow({ total, rowHeight, scrollTop, viewport }: WindowInput, bodyHeight: number): number {
  const maxScroll = Math.max(0, bodyHeight - viewport);
  const scrollableRows = Math.max(0, total - viewport / rowHeight);
  if (maxScroll === 0) return 0;
  return (Math.min(Math.max(scrollTop, 0), maxScroll) / maxScroll) * scrollableRows;
}

export function rowWindow(input: WindowInput): RowWindow {
  const { total, rowHeight, viewport } = input;
  const bodyHeight = Math.min(total * rowHeight, MAX_BODY_PX);
  const exact = topRow(input, bodyHeight);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const first = Math.max(0, Math.floor(exact) - OVERSCAN);
  const last = Math.min(total - 1, Math.floor(exact) + visible + OVERSCAN);
  const scrollTop = Math.min(Math.max(input.scrollTop, 0), Math.max(0, bodyHeight - viewport));
  const compressed = total * rowHeight > MAX_BODY_PX;
  return {
    bodyHeight,
    first,
    last,
    top: compressed ? (i) => scrollTop + (i - exact) * rowHeight : (i) => i * rowHeight,
  };
}

/**
 * The scroll position that shows row `row` (keyboard moves and paging): unchanged when the row is fully visible,
 * else the smallest move that brings it in.
 */
export function scrollFor(row: number, input: WindowInput): number {
  const { total, rowHeight, viewport } = input;
  const bodyHeight = Math.min(total * rowHeight, MAX_BODY_PX);
  const maxScroll = Math.max(0, bodyHeight - viewport);
  const scrollableRows = Math.max(0, total - viewport / rowHeight);
  if (maxScroll === 0 || scrollableRows === 0) return 0;
  const exact = topRow(input, bodyHeight);
  const rowsVisible = viewport / rowHeight;
  if (row >= exact && row + 1 <= exact + rowsVisible) return input.scrollTop;
  const target = row < exact ? row : row + 1 - rowsVisible;
  return Math.min(maxScroll, Math.max(0, (target / scrollableRows) * maxScroll));
}
