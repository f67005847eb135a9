/** Why data could not be turned into map features; the element shows a message per kind. */
export type DataErrorKind =
  /** Not JSON, or JSON that is not GeoJSON. */
  | 'geojson'
  /** A CSV without rows, or that could not be parsed. */
  | 'csv'
  /** A CSV with no recognisable latitude/longitude columns. */
  | 'latlon'
  /** A CKAN dataset without a GeoJSON or CSV resource. */
  | 'resource'
  /** A layer description that names no data. */
  | 'spec';

/** Bad input (never a network failure): retrying does not help, so no retry is offered. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
  ) {
    super(message);
  }
}
