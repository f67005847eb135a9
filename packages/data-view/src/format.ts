import { formatNumber, locale, type Lang } from '@bdw/core';
import { cellText, type Cell, type ColumnType, type EngineField } from '@bdw/core/data';

/**
 * How a cell reads in the table: numbers exactly as the source has them (every digit, grouped in thousands the
 * ko-KR or en-US way, never rounded), everything else as its text.
 */

const NUMERIC = /^([+-]?)(\d+)(\.\d+)?(\s?%)?$/;
const grouping = new Map<Lang, Intl.NumberFormat>();

function grouper(lang: Lang): Intl.NumberFormat {
  let format = grouping.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { useGrouping: true, maximumFractionDigits: 0 });
    grouping.set(lang, format);
  }
  return format;
}

/**
 * Makes the number formats the table uses while the data loads: a page's first `Intl.NumberFormat` loads the
 * locale's data (~11 ms), which would otherwise fall in the task that draws the first rows.
 */
export function warmNumberFormats(lang: Lang): void {
  const warm = () => {
    grouper(lang);
    formatNumber(0, lang);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 0);
}

/** Whether a column's cells are numbers (right-aligned, grouped). */
export const isNumeric = (type: ColumnType | undefined): boolean => type === 'number' || type === 'percent';

/**
 * `1234567.891` → `1,234,567.891`; `"12,345"` → `12,345`; `"12.5%"` → `12.5%`. The integer part is grouped as a
 * BigInt (so no digit is lost past 2⁵³); the fraction is kept as written. Text that is not a plain number (`-`,
 * `1e21`, `N/A`) is shown as it is.
 */
export function exactNumber(cell: Cell, lang: Lang): string {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replaceAll(',', '');
  const match = NUMERIC.exec(text);
  if (!match) return cellText(cell);
  const [, sign = '', digits = '', fraction = '', percent = ''] = match;
  return `${sign === '-' ? '-' : ''}${grouper(lang).format(BigInt(digits))}${fraction}${percent.trim()}`;
}

/** A column of years (`발생년`, `연도`, `year`): numbers, but read as `2020`, never `2,020`. */
const YEAR_NAME = /연도|년도|^년$|발생년$|(^|_)year$/i;
const yearColumn = (field: EngineField) => YEAR_NAME.test(field.id) || YEAR_NAME.test(field.label ?? '');

/** The text of a cell in its column. */
export function displayCell(cell: Cell, field: EngineField, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  return isNumeric(field.type) && !yearColumn(field) ? exactNumber(cell, lang) : cellText(cell);
}
