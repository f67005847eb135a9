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
  /** A file that is not data at all: binary (a spreadsheet, a PDF), an HTML page, or text in an unreadable encoding. */
  | 'file'
  /** A layer description that names no data. */
  | 'spec'
  /** A `tile-url` that cannot be used (an unknown placeholder, a scheme other than http/https). */
  | 'tiles';

/** Bad input (never a network failure): retrying does not help, so no retry is offered. */
export class DataError extends Error {
  override readonly name = 'DataError';
  /**
   * @param kind What was wrong, for the message shown.
   * @param message The technical detail, in English (for the console, never shown in the UI).
   * @param reason The precise case (`coordinates`, `noRows`, …): the UI says it in its language.
   * @param detail Language-neutral context for the UI's message: a position in the file (`features[3].geometry`),
   *   column or layer names.
   */
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly reason: string | null = null,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}
