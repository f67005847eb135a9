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
  if (!source.trim()) throw new DataError('csv', 'the file is empty', 'empty');
  if (/^\s*[[{<]/.test(source))
    throw new DataError('csv', 'the file is not CSV (it looks like JSON or HTML)', 'notCsv');
  const [head = [], ...records] = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy' }).data;
  // A repeated header gets a suffix (`값`, `값_1`), as papaparse's header mode names it.
  const seen = new Map<string, number>();
  const names = head.map((h) => {
    const name = h.trim();
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return n === 0 ? name : `${name}_${n}`;
  });
  const headers = names.filter((h) => h !== '');
  if (headers.length < 2) throw new DataError('csv', 'the file has no columns', 'noColumns');
  // Rows are null-prototype objects: a column named `__proto__` or `constructor` is data like any other.
  const rows = records
    .map((record) => {
      const row = Object.create(null) as Row;
      names.forEach((name, i) => {
        if (name !== '') row[name] = record[i] ?? '';
      });
      return row;
    })
    .filter((row) => headers.some((h) => row[h]!.trim() !== ''));
  if (rows.length === 0) throw new DataError('csv', 'the file has a header but no rows', 'noRows');
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
    const headers = table.headers.join(', ');
    throw new DataError('latlon', `no latitude/longitude columns among: ${headers}`, 'noColumns', headers);
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
  if (features.length === 0)
    throw new DataError('latlon', `no row has valid coordinates in ${lat}/${lon}`, 'noValid', `${lat}, ${lon}`);
  return { collection: { type: 'FeatureCollection', features }, columns: { lat, lon }, skipped };
}

/** CSV/TSV text → GeoJSON points. */
export function csvToGeoJSON(text: string, columns: Partial<LatLonColumns> = {}): PointsFromTable {
  return tableToPoints(parseTable(text), columns);
}
