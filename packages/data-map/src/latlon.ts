/**
 * Finding the coordinate columns of a table: Korean public data says 위도/경도, others
 * lat/lon, latitude/longitude, lng, x/y, often with units or prefixes (`위도(WGS84)`).
 */

const LAT = ['위도', 'lat', 'latitude', 'y', 'y좌표', 'wgs84위도', 'ycoord', 'wgs84lat', 'lat_y', 'gpslat'];
const LON = [
  '경도',
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  'x좌표',
  'wgs84경도',
  'xcoord',
  'wgs84lon',
  'lon_x',
  'gpslon',
  'gpslng',
];

/** `(BOM) 위도(WGS84) ` → `위도`; `Latitude_deg` → `latitude`. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[\s_\-.]+(deg|degree|degrees|wgs84|dd)$/u, '')
    .replace(/[\s\-.]+/g, '')
    .trim();
}

function find(headers: readonly string[], names: readonly string[]): string | null {
  const normalized = headers.map(normalizeHeader);
  for (const name of names) {
    const i = normalized.indexOf(name);
    if (i >= 0) return headers[i]!;
  }
  // Looser: a header that ends with the Korean word (`사고위도`, `발생위치_위도`).
  for (const name of names.filter((n) => /[가-힣]/.test(n))) {
    const i = normalized.findIndex((h) => h.endsWith(name));
    if (i >= 0) return headers[i]!;
  }
  return null;
}

export interface LatLonColumns {
  lat: string;
  lon: string;
}

/** The latitude and longitude columns among `headers`, or `null` when either is missing. */
export function detectLatLon(headers: readonly string[]): LatLonColumns | null {
  const lat = find(headers, LAT);
  const lon = find(headers, LON);
  return lat && lon && lat !== lon ? { lat, lon } : null;
}

/** A number from a cell (`"35.1"`, `" 129,07 "` is not accepted), or `null`. */
export function toCoordinate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** True for a WGS84 latitude/longitude pair. */
export function validLatLon(lat: number | null, lon: number | null): boolean {
  return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}
