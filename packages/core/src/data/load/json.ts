import { DataError } from '../errors.js';
import { jsonToTable, rowsToTable } from '../table.js';
import type { Table } from '../types.js';
import { decodeFile, type Encoding, type EncodingSetting } from './encoding.js';
import { fetchFile } from './fetch-file.js';
import { looksLikeHtml } from './html-sniff.js';

interface Feature {
  type: 'Feature';
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

function isFeatureCollection(value: unknown): value is { type: 'FeatureCollection'; features: Feature[] } {
  const object = value as { type?: unknown; features?: unknown } | null;
  return object?.type === 'FeatureCollection' && Array.isArray(object.features);
}

/**
 * A GeoJSON FeatureCollection as a table: one row per feature, its `properties`, plus `lon` and `lat` for a Point
 * (unless the properties have columns of those names already), so that a map's points can be filtered, counted and
 * listed like the rows of a CSV. Other geometries (districts, roads) add no columns.
 */
export function featuresToTable(collection: { features: readonly Feature[] }): Table {
  let points = false;
  const rows = collection.features.map((feature) => {
    const properties = feature?.properties;
    const row: Record<string, unknown> = properties && typeof properties === 'object' ? { ...properties } : {};
    const geometry = feature?.geometry;
    const coordinates = geometry?.type === 'Point' ? geometry.coordinates : null;
    if (Array.isArray(coordinates) && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
      points = true;
      if (!Object.hasOwn(row, 'lon') && !Object.hasOwn(row, 'lat')) {
        row['lon'] = coordinates[0];
        row['lat'] = coordinates[1];
      }
    }
    return row;
  });
  const table = rowsToTable(rows);
  if (points) for (const name of ['lon', 'lat']) if (!table.columns.includes(name)) table.columns.push(name);
  return { ...table, keys: table.columns };
}

/**
 * A JSON document's text as a table: a GeoJSON FeatureCollection (see {@link featuresToTable}), or any shape
 * {@link jsonToTable} reads. Blank text is `empty`, an HTML page `html`, anything else unreadable `json`.
 */
export function parseJsonTable(text: string): Table {
  if (!text.trim()) throw new DataError('empty');
  if (looksLikeHtml(text)) throw new DataError('html');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DataError('json');
  }
  return isFeatureCollection(value) ? featuresToTable(value) : jsonToTable(value);
}

/**
 * Downloads a JSON/GeoJSON file and reads it as a table, decoding it as the CSV path does (a UTF-16 byte-order mark,
 * else UTF-8, else CP949) and refusing files that are not text (a spreadsheet, a PDF: `binary`).
 */
export async function readJson(
  url: string,
  options: {
    signal?: AbortSignal | undefined;
    encoding?: EncodingSetting | undefined;
    onBytes?: (bytes: number, totalBytes: number | null) => void;
  } = {},
): Promise<{ table: Table; encoding: Encoding; bytes: number }> {
  const { body, totalBytes } = await fetchFile(url, options.signal);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      options.onBytes?.(bytes, totalBytes);
    }
  } finally {
    reader.releaseLock();
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  if (bytes === 0) throw new DataError('empty');
  const { text, encoding } = decodeFile(all, options.encoding);
  return { table: parseJsonTable(text), encoding, bytes };
}
