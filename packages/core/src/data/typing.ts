import { dictionary } from './dictionary.js';
import { cellAt } from './table.js';
import type { Cell, Column, ColumnType, Table } from './types.js';
import { COLUMN_TYPES } from './types.js';

/**
 * Column typing of real Korean public data: numbers with thousands separators (`1,234`),
 * percentages (`12.5%`), dates and date-times (`2020-01-01`, `2020.01.01`, `2020-01-01 05`),
 * periods (`2021년`, `2021-03`, `2021년 3월`, `2021` in a year column) and categories.
 */

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;
/**
 * What Korean statistics tables write instead of a number: `-` (zero or none), `…` (not available),
 * `x` (confidential), `N/A`. They are missing values, not text, so one of them does not turn a column
 * of numbers into categories.
 */
const PLACEHOLDERS = new Set(['-', '–', '—', '－', '…', '...', '‥', 'x', 'X', 'N/A', 'n/a', 'NA', '#N/A', '*']);
/** The dash that means zero in a source that says so (`dash-zero`). */
const DASHES = new Set(['-', '–', '—', '－']);
const PERCENT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s?%$/;
const DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?(?:[ T](\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;
const YEAR_MONTH = /^(\d{4})[-./](\d{1,2})\.?$|^(\d{4})년\s*(\d{1,2})월$/;
const YEAR_KO = /^(\d{4})년$/;
const YEAR = /^(\d{4})$/;
const YEAR_HEADER = /연도|년도|year|^년$|발생년$/i;

/** The text of a cell, trimmed; empty for null/undefined. */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** Whether a cell is a statistics placeholder for a missing number (`-`, `…`, `x`, `N/A`). */
export function isPlaceholder(cell: Cell): boolean {
  return typeof cell === 'string' && PLACEHOLDERS.has(cell.trim());
}

/** Options of reading numbers. */
export interface NumberReading {
  /** `-` means zero (some sources say so), instead of a missing value. */
  dashZero?: boolean | undefined;
}

/**
 * `1,234.5` → 1234.5, `12.5%` → 12.5, `−5` (U+2212, as typeset tables write minus) → -5; `null` for
 * anything else, including empty cells and placeholders (`-` is 0 with `dashZero`).
 */
export function parseNumber(cell: Cell, reading: NumberReading = {}): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  let text = cellText(cell);
  if (!text) return null;
  if (reading.dashZero && DASHES.has(text)) return 0;
  if (text.charCodeAt(0) === 0x2212) text = `-${text.slice(1)}`;
  if (NUMBER.test(text)) return Number(text.replaceAll(',', ''));
  if (PERCENT.test(text)) return Number(text.replace(/[,%\s]/g, ''));
  return null;
}

/** Whether a text reads as a number (or a minus-signed one), without placeholders. */
const isNumberText = (text: string) => NUMBER.test(text.charCodeAt(0) === 0x2212 ? `-${text.slice(1)}` : text);

/** A date or date-time as milliseconds (read as a wall-clock time, like the source writes it). */
export function parseDate(cell: Cell): number | null {
  const match = DATE.exec(cellText(cell));
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24) return null;
  return Date.UTC(Number(y), month - 1, day, hour, Number(mi), Number(s));
}

/** A period as a sortable key: `2021년` / `2021` → 202100, `2021-03` / `2021년 3월` → 202103. */
export function parsePeriod(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? cell * 100 : null;
  const text = cellText(cell);
  const ym = YEAR_MONTH.exec(text);
  if (ym) {
    const month = Number(ym[2] ?? ym[4]);
    return month >= 1 && month <= 12 ? Number(ym[1] ?? ym[3]) * 100 + month : null;
  }
  const year = YEAR_KO.exec(text) ?? YEAR.exec(text);
  return year ? Number(year[1]) * 100 : null;
}

/** The typed value of a cell: a number for every type but `category`, whose value is its text. */
export function coerce(cell: Cell, type: ColumnType, reading?: NumberReading): number | string | null {
  switch (type) {
    case 'number':
    case 'percent':
      return parseNumber(cell, reading);
    case 'date':
      return parseDate(cell);
    case 'period':
      return parsePeriod(cell);
    default: {
      const text = cellText(cell);
      return text === '' ? null : text;
    }
  }
}

/** How many non-empty values are looked at to infer a type. */
export const SAMPLE_SIZE = 2000;

/** Infers the type of one column from a sample of its values and its header. */
export function inferType(values: readonly Cell[], header = ''): ColumnType {
  const sample: Cell[] = [];
  for (const value of values) {
    if (isPlaceholder(value)) continue;
    if (cellText(value) !== '') sample.push(value);
    if (sample.length >= SAMPLE_SIZE) break;
  }
  if (sample.length === 0) return 'category';
  // Placeholders are left out of the sample: a column of numbers and `-` is numbers with gaps.
  const numeric = sample.every((c) => typeof c === 'number' || isNumberText(cellText(c)));
  const all = (test: (cell: Cell) => boolean) => sample.every(test);
  const isYear = (cell: Cell) => {
    const n = typeof cell === 'number' ? cell : YEAR.test(cellText(cell)) ? Number(cellText(cell)) : NaN;
    return Number.isInteger(n) && n >= 1800 && n <= 2200;
  };
  if (YEAR_HEADER.test(header) && all(isYear)) return 'period';
  if (numeric) return 'number';
  if (
    all((c) => PERCENT.test(cellText(c)) || isNumberText(cellText(c))) &&
    sample.some((c) => PERCENT.test(cellText(c)))
  )
    return 'percent';
  if (all((c) => parseDate(c) !== null)) return 'date';
  if (all((c) => YEAR_KO.test(cellText(c)) || YEAR_MONTH.test(cellText(c)))) return 'period';
  return 'category';
}

/** `연도:period, sgg:category` → a map of overrides; unknown types are ignored. */
export function parseTypeOverrides(text: string | null | undefined): Record<string, ColumnType> {
  const overrides = dictionary<ColumnType>();
  for (const part of (text ?? '').split(',')) {
    const at = part.lastIndexOf(':');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const type = part.slice(at + 1).trim() as ColumnType;
    if (name && COLUMN_TYPES.includes(type)) overrides[name] = type;
  }
  return overrides;
}

/** Types every column of a table; `overrides` win, and CKAN datastore field types are used when known. */
export function typeColumns(
  table: Table,
  overrides: Record<string, ColumnType> = {},
  known: Record<string, ColumnType> = {},
): Column[] {
  return table.columns.map((name, index) => {
    const override = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    if (override) return { name, type: override, overridden: true };
    const hint = Object.hasOwn(known, name) ? known[name] : undefined;
    if (hint) return { name, type: hint, overridden: false };
    const key = table.keys[index]!;
    const values: Cell[] = [];
    for (const row of table.rows) {
      const cell = cellAt(row, key);
      if (cellText(cell) !== '') values.push(cell);
      if (values.length >= SAMPLE_SIZE) break;
    }
    return { name, type: inferType(values, name), overridden: false };
  });
}

/** A CKAN datastore type (a data dictionary's `type_override`) as a column type. */
export function datastoreTypeHint(type: string): ColumnType | undefined {
  if (/^(int|int4|int8|integer|bigint|float|float4|float8|numeric|double|real|smallint)/i.test(type)) return 'number';
  if (/^(timestamp|date)/i.test(type)) return 'date';
  if (/^text/i.test(type)) return 'category';
  return undefined;
}

/** Whether values of a type are ordered, so that an axis of them is sorted and a trend means something. */
export function isOrdered(type: ColumnType): boolean {
  return type !== 'category';
}
