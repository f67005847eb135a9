import { cellAt } from '@bdw/core/data';
import { cellText, coerce } from '@bdw/core/data';
import type { Cell, Column, Row, Table } from './types.js';

/**
 * Row filters written as `column op value`, joined by `;`:
 * `연도>=1966; 분류=남자`, `발생지시군구=해운대구|수영구` (either), `범죄중분류~절도` (contains).
 */
export type FilterOp = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~';

export interface Filter {
  column: string;
  op: FilterOp;
  value: string;
}

const CLAUSE = /^(.+?)\s*(!=|>=|<=|!~|=|>|<|~)\s*(.*)$/;

export interface ParsedFilters {
  filters: Filter[];
  /** The clauses that could not be read, shown to the user. */
  invalid: string[];
}

export function parseFilters(text: string | null | undefined): ParsedFilters {
  const filters: Filter[] = [];
  const invalid: string[] = [];
  for (const clause of (text ?? '').split(';')) {
    const trimmed = clause.trim();
    if (!trimmed) continue;
    const match = CLAUSE.exec(trimmed);
    if (!match || !match[1]!.trim()) invalid.push(trimmed);
    else filters.push({ column: match[1]!.trim(), op: match[2] as FilterOp, value: match[3]!.trim() });
  }
  return { filters, invalid };
}

export function formatFilters(filters: readonly Filter[]): string {
  return filters.map((f) => `${f.column}${f.op}${f.value}`).join('; ');
}

/** A predicate over rows; columns are compared by their type (numbers, dates and periods as numbers). */
export function rowPredicate(
  filters: readonly Filter[],
  columns: readonly Column[],
  keys: Table['keys'],
): ((row: Row) => boolean) | null {
  const tests = filters.flatMap((filter) => {
    const index = columns.findIndex((c) => c.name === filter.column);
    if (index < 0) return [];
    const type = columns[index]!.type;
    const wanted = filter.value.split('|').map((v) => v.trim());
    const wantedTyped = wanted.map((v) => coerce(v, type));
    const test = (cell: Cell): boolean => {
      const text = cellText(cell);
      switch (filter.op) {
        case '~':
          return wanted.some((w) => text.includes(w));
        case '!~':
          return !wanted.some((w) => text.includes(w));
        case '=':
        case '!=': {
          const value = coerce(cell, type);
          const equal = wanted.some((w, i) => text === w || (value !== null && value === wantedTyped[i]));
          return filter.op === '=' ? equal : !equal;
        }
        default: {
          const value = coerce(cell, type);
          const bound = wantedTyped[0];
          if (value === null || bound === null || bound === undefined) return false;
          const cmp =
            typeof value === 'number' && typeof bound === 'number'
              ? value - bound
              : String(value).localeCompare(String(bound), 'ko', { numeric: true });
          return filter.op === '>' ? cmp > 0 : filter.op === '>=' ? cmp >= 0 : filter.op === '<' ? cmp < 0 : cmp <= 0;
        }
      }
    };
    const key = keys[index]!;
    return [(row: Row) => test(cellAt(row, key))];
  });
  if (tests.length === 0) return null;
  return (row) => tests.every((test) => test(row));
}
