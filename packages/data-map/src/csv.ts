import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { DataError } from './errors.js';
import { detectLatLon, toCoordinate, validLatLon, type LatLonColumns } from './latlon.js';

export type Row = Record<string, string>;

export interface Table {
  headers: string[];
  rows: Row[];
}

/**
 * Parses CSV or TSV text (delimiter detected, BOM dropped, quoted fields) into rows of strings.
 * Throws a `DataError` of kind `csv` when there is no header or no row.
 */
export function parseTable(text: string): Table {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new DataError('csv', 'the file is empty');
  if (/^\s*[[{<]/.test(source)) throw new DataError('csv', 'the file is not CSV (it looks like JSON or HTML)');
  const parsed = Papa.parse<Row>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (headers.length < 2) throw new DataError('csv', 'the file has no columns');
  const rows = parsed.data.filter((row) => headers.some((h) => (row[h] ?? '').trim() !== ''));
  if (rows.length === 0) throw new DataError('csv', 'the file has a header but no rows');
  return { headers, rows };
}

export interface PointsFromTable {
  collection: FeatureCollection<Point, Row>;
  columns: LatLonColumns;
  /** Rows left out because their coordinates are missing or out of range. */
  skipped: number;
}

/** Turns a table's rows into GeoJSON points, from the given or detected latitude/longitude columns. */
export function tableToPoints(table: Table, columns: Partial<LatLonColumns> = {}): PointsFromTable {
  const detected = detectLatLon(table.headers);
  const lat = columns.lat ?? detected?.lat;
  const lon = columns.lon ?? detected?.lon;
  if (!lat || !lon || !table.headers.includes(lat) || !table.headers.includes(lon)) {
    throw new DataError('latlon', `no latitude/longitude columns among: ${table.headers.join(', ')}`);
  }
  const features: Feature<Point, Row>[] = [];
  let skipped = 0;
  for (const row of table.rows) {
    const y = toCoordinate(row[lat]);
    const x = toCoordinate(row[lon]);
    if (!validLatLon(y, x)) {
      skipped++;
      continue;
    }
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x!, y!] }, properties: row });
  }
  if (features.length === 0) throw new DataError('latlon', `no row has valid coordinates in ${lat}/${lon}`);
  return { collection: { type: 'FeatureCollection', features }, columns: { lat, lon }, skipped };
}

/** CSV/TSV text → GeoJSON points. */
export function csvToGeoJSON(text: string, columns: Partial<LatLonColumns> = {}): PointsFromTable {
  return tableToPoints(parseTable(text), columns);
}
