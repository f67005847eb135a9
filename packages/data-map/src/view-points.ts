/**
 * Points from the table of a `<bdw-view>`: the rows matching the view's filters, placed by their latitude/longitude
 * columns (위도/경도, lat/lon … detected, or given). Pure: no DOM, no engine.
 */
import type { Feature, Point } from 'geojson';
import { DataError } from './errors.js';
import type { AnyCollection } from './geojson.js';
import { detectLatLon, toCoordinate, validLatLon, type LatLonColumns } from './latlon.js';

/** A page of the view's rows, as `DataEngine.rows()` answers. */
export interface ViewRows {
  fields: readonly { id: string }[];
  rows: readonly (readonly unknown[])[];
  total: number;
}

/** The coordinate columns among the view's fields (given ones win). Throws a `latlon` DataError when there are none. */
export function viewLatLon(fields: readonly string[], given: Partial<LatLonColumns> = {}): LatLonColumns {
  const detected = detectLatLon(fields);
  const lat = given.lat ?? detected?.lat;
  const lon = given.lon ?? detected?.lon;
  if (!lat || !lon || !fields.includes(lat) || !fields.includes(lon)) {
    const list = fields.join(', ');
    throw new DataError('latlon', `no latitude/longitude fields in the view among: ${list}`, 'noViewColumns', list);
  }
  return { lat, lon };
}

export interface ViewPoints {
  collection: AnyCollection;
  /** Rows of the page left out: no valid coordinates. */
  skipped: number;
  /** Rows matching the filters in all (more than were asked for when the page was cut by the limit). */
  total: number;
}

/** Cells as text for popups and the table (numbers as the table has them). */
const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell));

/** The page's rows with valid coordinates as GeoJSON points; properties are the row's cells as text. */
export function rowsToPoints(page: ViewRows, columns: LatLonColumns): ViewPoints {
  const ids = page.fields.map((f) => f.id);
  const latAt = ids.indexOf(columns.lat);
  const lonAt = ids.indexOf(columns.lon);
  const features: Feature<Point>[] = [];
  let skipped = 0;
  for (const row of page.rows) {
    const y = toCoordinate(row[latAt]);
    const x = toCoordinate(row[lonAt]);
    if (!validLatLon(y, x)) {
      skipped++;
      continue;
    }
    // Null-prototype: a field named `__proto__` is data like any other.
    const properties = Object.create(null) as Record<string, string>;
    ids.forEach((id, i) => (properties[id] = text(row[i])));
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x!, y!] }, properties });
  }
  return { collection: { type: 'FeatureCollection', features }, skipped, total: page.total };
}
