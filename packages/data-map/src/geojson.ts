import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';
import { DataError } from './errors.js';

export type AnyFeature = Feature<Geometry, GeoJsonProperties>;
export type AnyCollection = FeatureCollection<Geometry, GeoJsonProperties>;

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1])
  );
}

/** Depth of nested position arrays each geometry type must have. */
const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function validCoordinates(coordinates: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(coordinates);
  return Array.isArray(coordinates) && coordinates.every((c) => validCoordinates(c, depth - 1));
}

/** The first position of (structurally valid) coordinates outside WGS84 longitude/latitude, or `null`. */
function outOfRange(coordinates: unknown, depth: number): Position | null {
  if (depth === 0) {
    const [lon, lat] = coordinates as Position;
    return Math.abs(lon!) > 180 || Math.abs(lat!) > 90 ? (coordinates as Position) : null;
  }
  for (const part of coordinates as unknown[]) {
    const found = outOfRange(part, depth - 1);
    if (found) return found;
  }
  return null;
}

/**
 * The geometry without parts that cannot be drawn: lines of fewer than 2 positions and polygon rings of fewer than
 * 4 (RFC 7946), which real simplified boundary files have where an islet collapsed. A polygon whose outer ring is
 * one of those goes with its holes; `null` when nothing is left (the feature stays, with its properties, in the table view).
 */
function withoutDegenerateParts(geometry: Geometry): Geometry | null {
  const ringOk = (ring: Position[]) => ring.length >= 4;
  const polygon = (rings: Position[][]) => (rings[0] && ringOk(rings[0]) ? rings.filter(ringOk) : null);
  switch (geometry.type) {
    case 'LineString':
      return geometry.coordinates.length >= 2 ? geometry : null;
    case 'MultiLineString': {
      const lines = geometry.coordinates.filter((line) => line.length >= 2);
      return lines.length === 0 ? null : { ...geometry, coordinates: lines };
    }
    case 'Polygon': {
      const rings = polygon(geometry.coordinates);
      return rings ? { ...geometry, coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map(polygon).filter((rings) => rings !== null);
      return polygons.length === 0 ? null : { ...geometry, coordinates: polygons };
    }
    default:
      return geometry;
  }
}

function checkGeometry(geometry: unknown, where: string): Geometry | null {
  if (geometry === null) return null;
  if (!isObject(geometry) || typeof geometry['type'] !== 'string' || !GEOMETRY_TYPES.has(geometry['type'])) {
    throw new DataError('geojson', `${where}: not a GeoJSON geometry`, 'geometry', where);
  }
  if (geometry['type'] === 'GeometryCollection') {
    const parts = geometry['geometries'];
    if (!Array.isArray(parts))
      throw new DataError('geojson', `${where}: GeometryCollection without geometries`, 'geometry', where);
    parts.forEach((g, i) => checkGeometry(g, `${where}.geometries[${i}]`));
  } else {
    const type = geometry['type'];
    const coordinates = geometry['coordinates'];
    if (!validCoordinates(coordinates, DEPTH[type]!)) {
      throw new DataError('geojson', `${where}: invalid ${type} coordinates`, 'coordinates', where);
    }
    const outside = outOfRange(coordinates, DEPTH[type]!);
    if (outside) {
      throw new DataError(
        'geojson',
        `${where}: [${outside.slice(0, 2).join(', ')}] is not a longitude/latitude (WGS84); projected coordinates ` +
          'such as Korean TM must be converted first',
        'projected',
        where,
      );
    }
    return withoutDegenerateParts(geometry as unknown as Geometry);
  }
  return geometry as unknown as Geometry;
}

function checkFeature(value: unknown, where: string): AnyFeature {
  if (!isObject(value) || value['type'] !== 'Feature')
    throw new DataError('geojson', `${where}: not a Feature`, 'feature', where);
  const properties = value['properties'];
  if (properties !== null && properties !== undefined && !isObject(properties)) {
    throw new DataError('geojson', `${where}: properties must be an object`, 'properties', where);
  }
  const geometry = checkGeometry(value['geometry'], `${where}.geometry`);
  // A well-formed feature is kept as it is: a million-point file is not copied feature by feature.
  if (geometry === value['geometry'] && isObject(properties)) return value as unknown as AnyFeature;
  return {
    type: 'Feature',
    ...(value['id'] !== undefined ? { id: value['id'] as string | number } : {}),
    geometry: geometry as Geometry,
    properties: (properties as GeoJsonProperties) ?? {},
  };
}

/**
 * Validates GeoJSON (text or parsed) and returns it as a FeatureCollection: a bare Feature or
 * Geometry is wrapped. Throws a `DataError` of kind `geojson` that says what is wrong and where.
 */
export function parseGeoJSON(input: string | unknown): AnyCollection {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      throw new DataError('geojson', 'the file is not JSON', 'notJson');
    }
  }
  if (!isObject(value)) throw new DataError('geojson', 'not a GeoJSON object', 'notGeoJson');
  if (value['type'] === 'FeatureCollection') {
    if (!Array.isArray(value['features']))
      throw new DataError('geojson', 'FeatureCollection without features', 'noFeatures');
    return {
      type: 'FeatureCollection',
      features: value['features'].map((f, i) => checkFeature(f, `features[${i}]`)),
    };
  }
  if (value['type'] === 'Feature') return { type: 'FeatureCollection', features: [checkFeature(value, 'feature')] };
  const geometry = checkGeometry(value, 'geometry');
  return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: geometry!, properties: {} }] };
}

/** `[west, south, east, north]` of every position, or `null` for no geometry. */
export function bbox(collection: AnyCollection): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (isPosition(c)) {
      const x = c[0]!;
      const y = c[1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  const visitGeometry = (g: Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(visitGeometry);
    else visit(g.coordinates);
  };
  for (const f of collection.features) visitGeometry(f.geometry);
  return w === Infinity ? null : [w, s, e, n];
}

export type GeometryKind = 'point' | 'line' | 'polygon' | 'mixed' | 'none';

/** What a collection mostly draws: points, lines or polygons. */
export function geometryKind(collection: AnyCollection): GeometryKind {
  const kinds = new Set<GeometryKind>();
  for (const f of collection.features) {
    const t = f.geometry?.type;
    if (t === 'Point' || t === 'MultiPoint') kinds.add('point');
    else if (t === 'LineString' || t === 'MultiLineString') kinds.add('line');
    else if (t === 'Polygon' || t === 'MultiPolygon') kinds.add('polygon');
    else if (t === 'GeometryCollection') kinds.add('mixed');
  }
  if (kinds.size === 0) return 'none';
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

/** A table's rows from GeoJSON properties (to join a GeoJSON file's attributes like a CSV). */
export function propertiesTable(collection: AnyCollection): Record<string, unknown>[] {
  return collection.features.map((f) => f.properties ?? {});
}
