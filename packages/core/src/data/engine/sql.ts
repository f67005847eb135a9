import { isRange, type ViewFilters } from '../filters.js';
import type { EngineField, Measure, SortKey } from './types.js';

/**
 * SQL for CKAN's `datastore_search_sql`, written from the view's state. Every name is quoted as an identifier and
 * every value as a literal (or a checked finite number): no text from a page or a URL reaches the SQL unquoted.
 * Only functions CKAN allows by default are used (count, sum, avg, min, max, cast, like).
 */

export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;
const number = (value: number): string => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
};

/** Whether the datastore stores the field as a number (so values compare as numbers and sums need no cast). */
export const isNumericStorage = (field: EngineField | undefined): boolean =>
  /^(int|float|numeric|double|real|smallint|bigint)/i.test(field?.storage ?? '');

/**
 * Whether the datastore stores the field as text: its values then compare as written, with no `CAST`, so the
 * server can use an index on the column (a `CAST(… AS TEXT)` hides the column from every index, in SQLite and Postgres).
 */
export const isTextStorage = (field: EngineField | undefined): boolean =>
  /^(text|varchar|character varying|bpchar|char)/i.test(field?.storage ?? '');

/** `WHERE …` for the filters and text search (empty when nothing filters). */
export function whereSql(filters: ViewFilters, fields: readonly EngineField[], q = ''): string {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const clauses: string[] = [];
  for (const [name, value] of Object.entries(filters)) {
    const field = byId.get(name);
    // A filter on a field the table does not have keeps no row, as in the browser.
    if (!field) {
      clauses.push('0 = 1');
      continue;
    }
    const column = ident(name);
    const asText = isTextStorage(field) ? column : `CAST(${column} AS TEXT)`;
    if (isRange(value)) {
      const target = isNumericStorage(field) ? column : `CAST(${column} AS REAL)`;
      if (value.min !== null && value.min !== undefined) clauses.push(`${target} >= ${number(value.min)}`);
      if (value.max !== null && value.max !== undefined) clauses.push(`${target} <= ${number(value.max)}`);
      continue;
    }
    const parts: string[] = [];
    const texts = value.filter((v) => v !== '');
    if (texts.length) {
      const numeric = isNumericStorage(field) && texts.every((v) => Number.isFinite(Number(v)) && v.trim() !== '');
      parts.push(
        numeric
          ? `${column} IN (${texts.map((v) => number(Number(v))).join(', ')})`
          : `${asText} IN (${texts.map(literal).join(', ')})`,
      );
    }
    if (value.includes('')) parts.push(`${column} IS NULL OR ${asText} = ''`);
    clauses.push(parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0]!);
  }
  const text = q.trim();
  if (text) {
    const pattern = literal(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(${fields.map((f) => `CAST(${ident(f.id)} AS TEXT) LIKE ${pattern} ESCAPE '\\'`).join(' OR ')})`);
  }
  return clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '';
}

/** `ORDER BY …` (empty cells last, then the table's order). */
export function orderSql(sort: readonly SortKey[], fields: readonly EngineField[]): string {
  const known = new Set(fields.map((f) => f.id));
  const keys = sort
    .filter((s) => known.has(s.field))
    .flatMap((s) => [`${ident(s.field)} IS NULL`, `${ident(s.field)} ${s.desc ? 'DESC' : 'ASC'}`]);
  return ` ORDER BY ${[...keys, ident('_id')].join(', ')}`;
}

/** The SQL of a measure: `count(*)`, `sum("인구수")`… */
export function measureSql(measure: Measure, fields: readonly EngineField[]): string {
  if (measure.field === null) return 'count(*)';
  const field = fields.find((f) => f.id === measure.field);
  const column = ident(measure.field);
  const value = isNumericStorage(field) ? column : `CAST(NULLIF(REPLACE(${column}, ',', ''), '') AS REAL)`;
  const fn = { count: 'count', sum: 'sum', mean: 'avg', min: 'min', max: 'max' }[measure.agg];
  return `${fn}(${value})`;
}

/** The text of a group key as the browser writes it (`cellText`): numbers without a trailing `.0`. */
export function keyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}
