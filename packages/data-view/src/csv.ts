import type { DataEngine } from '@bdw/core/data';
import type { TableQuery } from './row-pager.js';

/** Rows read from the engine per request while writing the CSV file. */
export const CSV_PAGE = 5000;

/**
 * Text cells a spreadsheet would run as a formula (`=`, `+`, `@`, a tab or CR first, or `-` not followed by a digit)
 * are written with a leading `'` (papaparse's `escapeFormulae`); negative numbers stay numbers.
 */
const FORMULA = /^[=+@\t\r]|^-(?![\d.])/;

/** Byte order mark: Excel reads a CSV without it as the system code page and garbles Korean. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  signal?: AbortSignal;
  /** Called after every page with the share of rows written (0…1). */
  progress?: (share: number) => void;
}

/**
 * Every row the query keeps (not only the rows on screen) as one CSV text, read from the engine page by page in the
 * table's order: a UTF-8 BOM, a header of column ids, CRLF line ends (RFC 4180, as papaparse writes it).
 */
export async function tableCsv(engine: DataEngine, query: TableQuery, options: CsvOptions = {}): Promise<string> {
  // papaparse is CommonJS: its functions are on the default export once bundled.
  const { default: Papa } = await import('papaparse');
  const unparse = Papa.unparse.bind(Papa);
  const parts: string[] = [];
  let total = Infinity;
  for (let offset = 0; offset < total; offset += CSV_PAGE) {
    const page = await engine.rows({
      ...query,
      offset,
      limit: CSV_PAGE,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (offset === 0) {
      total = page.total;
      parts.push(unparse([page.fields.map((f) => f.id)], { escapeFormulae: FORMULA }));
    }
    if (page.rows.length === 0) break;
    parts.push(
      unparse(
        page.rows.map((row) => row.map((cell) => cell ?? '')),
        { escapeFormulae: FORMULA },
      ),
    );
    options.progress?.(Math.min(1, (offset + page.rows.length) / Math.max(1, total)));
  }
  return BOM + parts.join('\r\n') + '\r\n';
}
