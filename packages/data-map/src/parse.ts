/** Text → features: the parsing shared by the main thread and the map worker (no DOM, no Lit). */
import { parseTable, tableToPoints } from './csv.js';
import { parseGeoJSON, type AnyCollection } from './geojson.js';

export type LayerFormat = 'geojson' | 'csv';

/** UTF-8 text of downloaded chunks. */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder('utf-8');
  return chunks.map((chunk, i) => decoder.decode(chunk, { stream: i < chunks.length - 1 })).join('');
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
