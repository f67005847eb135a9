import { DataError } from './errors.js';
import type { Cell, Row, Table } from './types.js';

/** A value as a cell: dates as ISO text, other objects as JSON, so that every cell reads as text or a number. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * The cell of `row` under a column key (`table.keys[i]`): the row's own value only, so that a row without a
 * `constructor` or `toString` column reads as empty there, not as Object's own member.
 */
export function cellAt(row: Row, key: number | string): Cell {
  return Object.hasOwn(row, key) ? toCell((row as Record<number | string, unknown>)[key]) : null;
}

/** A table of array rows (CSV): column `i` is `row[i]`. */
export function arrayTable(columns: string[], rows: readonly (readonly unknown[])[]): Table {
  return { columns, keys: columns.map((_, i) => i), rows };
}

/** Rows as objects (JSON, the `rows` property, CKAN records) → a table over them; columns in first-seen key order. */
export function rowsToTable(rows: readonly Record<string, unknown>[], columns?: readonly string[]): Table {
  let names = columns ? [...columns] : [];
  if (!columns) {
    const seen = new Set<string>();
    // Keys of the first rows decide the columns (objects of one table share their keys).
    for (const row of rows.slice(0, 1000)) {
      for (const key of Object.keys(row ?? {})) {
        if (!seen.has(key)) {
          seen.add(key);
          names.push(key);
        }
      }
    }
    names = names.filter((n) => n !== '_id');
  }
  // A null or primitive "row" reads as empty cells rather than throwing.
  const safe = rows.every((row) => row !== null && typeof row === 'object') ? rows : rows.map((row) => Object(row));
  return { columns: names, keys: names, rows: safe };
}

/** Every cell of a table as arrays of cells, in column order (for tests and exports). */
export function tableCells(table: Table): Cell[][] {
  return table.rows.map((row) => table.keys.map((key) => cellAt(row, key)));
}

/**
 * A JSON document as a table: an array of objects, an array of arrays (first is the header), a CKAN
 * `datastore_search` response (`{ result: { records, fields } }`), or `{ records | data | rows: [...] }`.
 */
export function jsonToTable(value: unknown): Table {
  let list: unknown = value;
  let fields: string[] | undefined;
  if (list && typeof list === 'object' && !Array.isArray(list)) {
    const object = list as Record<string, unknown>;
    const inner = (object['result'] && typeof object['result'] === 'object' ? object['result'] : object) as Record<
      string,
      unknown
    >;
    list = inner['records'] ?? inner['data'] ?? inner['rows'];
    if (Array.isArray(inner['fields'])) {
      fields = (inner['fields'] as { id?: unknown }[])
        .map((f) => String(f?.id ?? ''))
        .filter((id) => id && id !== '_id');
    }
  }
  if (!Array.isArray(list)) throw new DataError('json');
  if (list.length === 0) return arrayTable(fields ?? [], []);
  if (Array.isArray(list[0])) {
    const [header, ...rest] = list as unknown[][];
    if (!rest.every(Array.isArray)) throw new DataError('json');
    return arrayTable(
      header!.map((h) => String(h)),
      rest,
    );
  }
  if (!list.every((row) => row && typeof row === 'object')) throw new DataError('json');
  return rowsToTable(list as Record<string, unknown>[], fields);
}
