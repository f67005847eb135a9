/** Text → features: the parsing shared by the main thread and the map worker (no DOM, no Lit). */
import { DataError as FileError, decodeFile, looksLikeHtml } from '@bdw/core/data';
import { parseTable, tableToPoints } from './csv.js';
import { DataError } from './errors.js';
import { parseGeoJSON, type AnyCollection } from './geojson.js';

export type LayerFormat = 'geojson' | 'csv';

/**
 * The text of downloaded chunks, decoded as core reads every data file (`decodeFile`): a UTF-16 byte-order mark,
 * else UTF-8, else CP949, as data.go.kr often publishes. A file that is not text (a spreadsheet, a PDF), an HTML page
 * where data was expected (a login wall, a proxy's error page) or an unreadable encoding is a `file` DataError.
 */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const bytes = chunks.length === 1 ? chunks[0]! : new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  if (chunks.length > 1) {
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  let text: string;
  try {
    text = decodeFile(bytes).text;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    throw new DataError('file', `the file cannot be read as text: ${error.code}`, error.code);
  }
  if (looksLikeHtml(text)) throw new DataError('file', 'an HTML page, not data', 'html');
  return text;
}

/** `geojson` or `csv`, from an explicit format, the file name, the content type or the text itself. */
export function detectFormat(url: string, contentType: string, text: string, explicit?: string): LayerFormat {
  const f = explicit?.toLowerCase();
  if (f === 'geojson' || f === 'json') return 'geojson';
  if (f === 'csv' || f === 'tsv') return 'csv';
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (/\.(geo)?json$/.test(path)) return 'geojson';
  if (/\.(csv|tsv|txt)$/.test(path)) return 'csv';
  if (/json/.test(contentType)) return 'geojson';
  if (/csv|tab-separated/.test(contentType)) return 'csv';
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, '')) ? 'geojson' : 'csv';
}

/** Text → features, by format. */
export function toCollection(
  text: string,
  format: LayerFormat,
  spec: { lat?: string | undefined; lon?: string | undefined } = {},
): { collection: AnyCollection; skipped: number } {
  if (format === 'geojson') return { collection: parseGeoJSON(text), skipped: 0 };
  const { collection, skipped } = tableToPoints(parseTable(text), {
    ...(spec.lat ? { lat: spec.lat } : {}),
    ...(spec.lon ? { lon: spec.lon } : {}),
  });
  return { collection: collection as AnyCollection, skipped };
}
