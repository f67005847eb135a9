/**
 * Keyboard navigation of the table as an ARIA grid (WAI-ARIA APG "data grid"): arrows move one cell, Home/End to
 * the first/last cell of the row, Ctrl+Home/End to the first cell of the grid (the header) and the last cell,
 * PageUp/PageDown by a screenful of rows. Row `-1` is the header row.
 */

export interface CellPosition {
  /** `-1` for the header row, else the row's index in the query's order. */
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows one PageUp/PageDown moves. */
  pageRows: number;
}

/** The cell a key moves to, or `null` when the key is not a grid move (it is left to the browser). */
export function moveCell(
  from: CellPosition,
  key: string,
  ctrl: boolean,
  { rows, cols, pageRows }: GridSize,
): CellPosition | null {
  const lastRow = rows - 1;
  const lastCol = Math.max(0, cols - 1);
  const clampRow = (row: number) => Math.max(-1, Math.min(lastRow, row));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowRight':
      return { row: from.row, col: Math.min(lastCol, from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(0, from.col - 1) };
    case 'Home':
      return ctrl ? { row: -1, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageDown':
      return { row: clampRow(Math.max(0, from.row + Math.max(1, pageRows))), col: from.col };
    case 'PageUp':
      return { row: from.row > 0 ? Math.max(0, from.row - Math.max(1, pageRows)) : -1, col: from.col };
    default:
      return null;
  }
}

/** The position kept in the grid after its size changed (new filters, new search). */
export function clampCell(cell: CellPosition, rows: number, cols: number): CellPosition {
  return {
    row: Math.max(-1, Math.min(rows - 1, cell.row)),
    col: Math.max(0, Math.min(Math.max(0, cols - 1), cell.col)),
  };
}
