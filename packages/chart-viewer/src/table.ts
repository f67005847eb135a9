import { DataError } from './errors.js';
import type { Cell, Table } from './types.js';

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** Rows as objects (JSON, the `rows` property, CKAN records) → a table; columns in first-seen key order. */
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
  return {
    columns: names,
    rows: rows.map((row) => names.map((name) => toCell((row as Record<string, unknown>)?.[name]))),
  };
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
  if (list.length === 0) return { columns: fields ?? [], rows: [] };
  if (Array.isArray(list[0])) {
    const [header, ...rest] = list as unknown[][];
    return { columns: header!.map((h) => String(h)), rows: rest.map((r) => r.map(toCell)) };
  }
  if (!list.every((row) => row && typeof row === 'object')) throw new DataError('json');
  return rowsToTable(list as Record<string, unknown>[], fields);
}
