/** What a column holds, inferred from its values and header, overridable by the page or the user. */
export type ColumnType = 'number' | 'percent' | 'date' | 'period' | 'category';
export const COLUMN_TYPES: readonly ColumnType[] = ['number', 'percent', 'date', 'period', 'category'];

/** A raw cell: text from a CSV, or what a JSON source or the `rows` property held. */
export type Cell = string | number | boolean | null | undefined;

/** A row as loaded: an array of cells (CSV) or the source's own object (JSON, `rows`, datastore records). */
export type Row = readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * A table as loaded. Object rows are kept as given, not copied into arrays (a million rows set as a
 * property cost no second million), so cells are read through `keys`: column `i` of a row is
 * `row[keys[i]]` (see `cellAt`).
 */
export interface Table {
  columns: string[];
  /** Per column: its index (array rows) or its property name (object rows). */
  keys: readonly (number | string)[];
  rows: readonly Row[];
}

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether the type was set by the page or the user rather than inferred. */
  overridden: boolean;
}
