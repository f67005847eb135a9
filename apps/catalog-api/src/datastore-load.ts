import type Database from 'better-sqlite3';
import { parseTable } from './csv.js';

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
 * Loads a CSV/TSV into a new datastore table with `_id` and typed columns; returns its fields, with
 * a data dictionary label (`info.label`, as CKAN's DataStore keeps it) where `labels` names one.
 */
export function loadDatastoreTable(
  db: Database.Database,
  table: string,
  text: string,
  format: 'CSV' | 'TSV',
  labels: Readonly<Record<string, string>> = {},
): DatastoreFieldDef[] {
  const { fields: rawFields, rows } = parseTable(text, format === 'TSV' ? '\t' : ',');
  const names = uniqueNames(rawFields);
  const fields: DatastoreFieldDef[] = names.map((id, i) => ({
    id,
    type: inferType(rows.map((row) => row[rawFields[i]!] ?? '')),
    ...(labels[id] ? { info: { label: labels[id] } } : {}),
  }));
  const sqlType = { int: 'INTEGER', float8: 'REAL', text: 'TEXT' } as const;
  db.exec(
    `CREATE TABLE ${table} (_id INTEGER PRIMARY KEY, ${fields.map((f) => `${quoteIdent(f.id)} ${sqlType[f.type]}`).join(', ')})`,
  );
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
  return fields;
}
