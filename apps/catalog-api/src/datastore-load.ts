import type Database from 'better-sqlite3';
import { parseTable } from './csv.js';
import { validationError } from './errors.js';

export interface DatastoreFieldDef {
  id: string;
  type: 'int' | 'float8' | 'text';
  /** CKAN's data dictionary entry: the label people read instead of the field id. */
  info?: { label?: string; notes?: string };
}

const INT = /^-?\d{1,15}$/;
const FLOAT = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The narrowest datastore type that holds every non-empty value of a column. */
export function inferType(values: string[]): DatastoreFieldDef['type'] {
  const present = values.map((v) => v.trim()).filter((v) => v !== '');
  if (present.length === 0) return 'text';
  if (present.every((v) => INT.test(v))) return 'int';
  if (present.every((v) => FLOAT.test(v))) return 'float8';
  return 'text';
}

/** Unique, non-empty column names (sources have blank and repeated headers). */
export function uniqueNames(fields: string[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((raw, index) => {
    const base = raw.trim() || `column_${index + 1}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}_${n + 1}`;
  });
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * CKAN's `indexes` of `datastore_create`: a comma-separated string of fields (one index each), or a list whose entries
 * are a field, a comma-separated string or a list of fields (one index over them, in that order).
 */
export type DatastoreIndexes = string | readonly (string | readonly string[])[];

/** A text column with at most this many distinct values (and values repeated on average) is indexed by default. */
export const INDEX_MAX_DISTINCT = 1000;
/** Text that reads as a date or a time (`2020-01-01`, `2020-01-01 21`, `2020-01-01T21:05`): indexed by default. */
const DATE_LIKE = /^\d{4}-\d{2}(-\d{2}([ T]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?)?$/;

const sqlTypes = { int: 'INTEGER', float8: 'REAL', text: 'TEXT' } as const;

/** Creates an empty datastore table: `_id` and the typed columns. */
export function createDatastoreTable(db: Database.Database, table: string, fields: readonly DatastoreFieldDef[]): void {
  db.exec(
    `CREATE TABLE ${table} (_id INTEGER PRIMARY KEY, ${fields.map((f) => `${quoteIdent(f.id)} ${sqlTypes[f.type]}`).join(', ')})`,
  );
}

/**
 * CKAN's `indexes` read as CKAN's `create_indexes` reads them (`datastore_helpers.get_list` on the list, then on each
 * entry): the fields of each index. A field the table does not have is CKAN's ValidationError under `index`.
 */
export function parseIndexes(indexes: DatastoreIndexes, fields: readonly DatastoreFieldDef[]): string[][] {
  const split = (text: string) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const entries = typeof indexes === 'string' ? split(indexes) : indexes;
  const known = new Set(['_id', ...fields.map((f) => f.id)]);
  return entries.flatMap((entry) => {
    const columns = typeof entry === 'string' ? split(entry) : entry.map((part) => part.trim()).filter(Boolean);
    if (columns.length === 0) return [];
    const unknown = columns.find((column) => !known.has(column));
    if (unknown !== undefined) {
      throw validationError(
        `index: The field "${typeof entry === 'string' ? entry : entry.join(',')}" is not a valid column name.`,
      );
    }
    return [columns];
  });
}

/**
 * The indexes a datastore table gets when `indexes` is not given, for the filters and GROUP BYs of a view: every
 * number column, every text column of dates or times, and every text column with few distinct values (at most
 * {@link INDEX_MAX_DISTINCT}, and at most half the rows: a column of names or addresses, all different, is not).
 */
export function defaultIndexes(db: Database.Database, table: string, fields: readonly DatastoreFieldDef[]): string[][] {
  const rows = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  if (rows === 0) return [];
  return fields.flatMap((field) => {
    if (field.type !== 'text') return [[field.id]];
    const column = quoteIdent(field.id);
    const values = db
      .prepare(`SELECT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL AND ${column} <> ''`)
      .pluck()
      .iterate() as IterableIterator<string>;
    let dates = false;
    for (const value of values) {
      dates = DATE_LIKE.test(value.trim());
      if (!dates) break;
    }
    if (dates) return [[field.id]];
    const distinct = (
      db
        .prepare(`SELECT count(*) AS n FROM (SELECT DISTINCT ${column} FROM ${table} LIMIT ?)`)
        .get(INDEX_MAX_DISTINCT + 1) as {
        n: number;
      }
    ).n;
    return distinct <= INDEX_MAX_DISTINCT && distinct <= rows / 2 ? [[field.id]] : [];
  });
}

/**
 * Indexes a loaded datastore table, as CKAN's `datastore_create` does with its `indexes` (given: exactly those, as
 * CKAN drops the others; not given: {@link defaultIndexes}). Returns the fields of each index created.
 */
export function indexDatastoreTable(
  db: Database.Database,
  table: string,
  fields: readonly DatastoreFieldDef[],
  indexes?: DatastoreIndexes,
): string[][] {
  const chosen = indexes === undefined ? defaultIndexes(db, table, fields) : parseIndexes(indexes, fields);
  const seen = new Set<string>();
  const created: string[][] = [];
  for (const columns of chosen) {
    const key = JSON.stringify(columns);
    if (seen.has(key)) continue;
    seen.add(key);
    db.exec(
      `CREATE INDEX ${quoteIdent(`${table}_${created.length + 1}`)} ON ${table} (${columns.map(quoteIdent).join(', ')})`,
    );
    created.push(columns);
  }
  return created;
}

/** The fields that are part of an index of a datastore table (CKAN's `datastore_info` `schema.is_index`). */
export function indexedFields(db: Database.Database, table: string): Set<string> {
  const names = db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[];
  return new Set(
    names.flatMap((name) => db.prepare('SELECT name FROM pragma_index_info(?)').pluck().all(name) as string[]),
  );
}

export interface LoadOptions {
  /** Data dictionary labels (`info.label`, as CKAN's DataStore keeps them), by field id. */
  labels?: Readonly<Record<string, string>>;
  /** CKAN's `indexes`; by default {@link defaultIndexes}. */
  indexes?: DatastoreIndexes;
}

/**
 * Loads a CSV/TSV into a new datastore table with `_id` and typed columns, then indexes it; returns its fields, with
 * a data dictionary label where `labels` names one.
 */
export function loadDatastoreTable(
  db: Database.Database,
  table: string,
  text: string,
  format: 'CSV' | 'TSV',
  { labels = {}, indexes }: LoadOptions = {},
): DatastoreFieldDef[] {
  const { fields: rawFields, rows } = parseTable(text, format === 'TSV' ? '\t' : ',');
  const names = uniqueNames(rawFields);
  const fields: DatastoreFieldDef[] = names.map((id, i) => ({
    id,
    type: inferType(rows.map((row) => row[rawFields[i]!] ?? '')),
    ...(labels[id] ? { info: { label: labels[id] } } : {}),
  }));
  createDatastoreTable(db, table, fields);
  const insert = db.prepare(
    `INSERT INTO ${table} (${fields.map((f) => quoteIdent(f.id)).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`,
  );
  for (const row of rows) {
    insert.run(
      fields.map((field, i) => {
        const value = (row[rawFields[i]!] ?? '').trim();
        if (value === '') return null;
        return field.type === 'text' ? value : Number(value);
      }),
    );
  }
  indexDatastoreTable(db, table, fields, indexes);
  return fields;
}
