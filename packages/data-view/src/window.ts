/**
 * The rows a virtual table draws: only those in (and just around) its scroll box.
 *
 * A table of 1,000,000 rows is 36,000,000 px tall at 36 px a row, more than a browser lays out in one element, so
 * past {@link MAX_BODY_PX} the body is shorter than the rows. Mapping the scroll position proportionally would make
 * every wheel notch skip a screen of rows (120 px of scroll = 15 rows at a million). Instead the rows are cut into
 * pages a hundredth of the body tall: inside a page, scrolling moves the rows 1:1 (wheel, keys, touch); crossing
 * into the next page, the scroll position is moved back by the page's jump so that the same rows stay in view; and a
 * jump of the scroll bar (farther than a screen) lands on the page under the thumb, proportionally. This is how
 * SlickGrid and DataTables' Scroller reach millions of rows.
 *
 * The state is the scroll box's `scrollTop` and an `offset`: the rows' position `y` shown at the top of the box is
 * `scrollTop + offset`, and row `i` is drawn at `i * rowHeight - offset` in the body.
 */

/** The tallest body the table lays out (Chromium caps element heights near 33,554,432 px). */
export const MAX_BODY_PX = 8_000_000;

/** Rows drawn above and below the visible ones, so that a fast scroll shows rows, not blank space. */
export const OVERSCAN = 3;

/** Pages per body when the rows are taller than the body: fewer make bigger jumps of the thumb at a page's edge. */
const PAGES_PER_BODY = 100;

export interface TableGeometry {
  /** Rows in all (the query's total). */
  total: number;
  /** Height of one row, in px. */
  rowHeight: number;
  /** Visible height of the body (the scroll box's height without the sticky header). */
  viewport: number;
}

export interface ScrollState {
  /** The scroll box's `scrollTop`. */
  scrollTop: number;
  /** Px of rows above the body's top edge: the rows' position shown at the top is `scrollTop + offset`. */
  offset: number;
}

export type WindowInput = TableGeometry &
  ScrollState & {
    /** Rows drawn beyond each edge of the box ({@link OVERSCAN} unless given). */
    overscan?: number;
  };

export interface RowWindow {
  /** Height of the body, in px (at most {@link MAX_BODY_PX}). */
  bodyHeight: number;
  /** The first and last row drawn (inclusive; `last < first` when there are no rows). */
  first: number;
  last: number;
  /** Where to draw row `i` in the body, in px. */
  top(i: number): number;
}

interface Pages {
  body: number;
  /** Largest rows' position at the top (all rows minus a screen). */
  maxY: number;
  /** Largest scroll position. */
  maxScroll: number;
  count: number;
  /** Rows' px per page. */
  length: number;
  /** Scroll px between two pages' starts (less than a page: the pages overlap in scroll positions). */
  stride: number;
}

function pages({ total, rowHeight, viewport }: TableGeometry): Pages {
  const rows = total * rowHeight;
  const body = Math.min(rows, MAX_BODY_PX);
  const maxY = Math.max(0, rows - viewport);
  const maxScroll = Math.max(0, body - viewport);
  if (rows <= MAX_BODY_PX || maxScroll === 0) return { body, maxY, maxScroll, count: 1, length: maxY, stride: 0 };
  const count = Math.ceil(maxY / (maxScroll / PAGES_PER_BODY));
  const length = maxY / count;
  return { body, maxY, maxScroll, count, length, stride: (maxScroll - length) / (count - 1) };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The offset of page `page`: its rows' start minus its scroll positions' start. */
const pageOffset = (p: Pages, page: number) => page * (p.length - p.stride);

/** The scroll state that shows the rows' position `y` at the top of the box. */
export function placeAt(y: number, geometry: TableGeometry): ScrollState {
  const p = pages(geometry);
  const top = clamp(y, 0, p.maxY);
  if (p.count === 1) return { scrollTop: top, offset: 0 };
  const offset = pageOffset(p, Math.min(p.count - 1, Math.floor(top / p.length)));
  return { scrollTop: top - offset, offset };
}

/**
 * The state after the scroll box moved from `previous` to `scrollTop`. A move of at most a screen (wheel, keys,
 * touch, a slow drag) moves the rows as far, keeping them in order; a farther one (the scroll bar dragged or
 * clicked) shows the rows under the thumb. The returned `scrollTop` differs from the box's when a page's edge was
 * crossed: the box is to be scrolled there.
 */
export function followScroll(previous: ScrollState, scrollTop: number, geometry: TableGeometry): ScrollState {
  const p = pages(geometry);
  if (p.count === 1) return { scrollTop, offset: 0 };
  if (Math.abs(scrollTop - previous.scrollTop) <= geometry.viewport)
    return placeAt(scrollTop + previous.offset, geometry);
  // The last page that starts at or before the thumb: its rows hold `scrollTop` without moving the box.
  const s = clamp(scrollTop, 0, p.maxScroll);
  const page = Math.min(p.count - 1, Math.floor(s / p.stride));
  return { scrollTop, offset: pageOffset(p, page) };
}

export function rowWindow(input: WindowInput): RowWindow {
  const { total, rowHeight, viewport, offset, overscan = OVERSCAN } = input;
  const y = Math.max(0, input.scrollTop + offset);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const topRow = Math.floor(y / rowHeight);
  return {
    bodyHeight: pages(input).body,
    first: Math.max(0, topRow - overscan),
    last: Math.min(total - 1, topRow + visible + overscan),
    top: (i) => i * rowHeight - offset,
  };
}

/**
 * The scroll state that shows row `row` (keyboard moves and paging): unchanged when the row is fully visible, else
 * the smallest move that brings it in.
 */
export function scrollFor(row: number, input: WindowInput): ScrollState {
  const { rowHeight, viewport } = input;
  const y = input.scrollTop + input.offset;
  const rowTop = row * rowHeight;
  if (rowTop >= y && rowTop + rowHeight <= y + viewport) return { scrollTop: input.scrollTop, offset: input.offset };
  return placeAt(rowTop < y ? rowTop : rowTop + rowHeight - viewport, input);
}
