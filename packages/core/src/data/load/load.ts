import { DATASTORE_MAX_ROWS, type CkanClient, type DatastoreProgress } from '../../ckan/CkanClient.js';
import type { DatastoreField } from '../../model.js';
import type { CsvMessage, CsvRequest } from './csv-stream.js';
import type { Encoding, EncodingSetting } from './encoding.js';
import { dictionary } from '../dictionary.js';
import { DataError, fromPayload } from '../errors.js';
import { arrayTable, rowsToTable } from '../table.js';
import { datastoreTypeHint } from '../typing.js';
import { readJson } from './json.js';
import { workerReady } from './worker-url.js';
import type { Cell, ColumnType, Table } from '../types.js';

export interface LoadProgress {
  rows: number;
  bytes: number;
  /** Total bytes (CSV with Content-Length) or `null`. */
  totalBytes: number | null;
  /** Total rows (datastore) or `null`. */
  totalRows: number | null;
}

export interface Loaded {
  table: Table;
  /**
   * Column types the source insists on (a CKAN data dictionary's `type_override`). Storage types
   * (`int`, `float8`) are not used: a year stored as `int` is still a period, as in the CSV.
   */
  known: Record<string, ColumnType>;
  /** Column labels the source gives (a CKAN data dictionary's `info.label`). */
  labels?: Record<string, string>;
  encoding?: Encoding;
  /** Whether the CSV was parsed in a worker (`false`: on the main thread, in chunks). */
  worker?: boolean;
  /**
   * Set when not every row could be read: the datastore row cap was reached (`cap`), or the server sent a short
   * page before the total it reported (`short`). The chart shows what was read, with a note saying so.
   */
  truncated?: { reason: 'cap' | 'short'; rows: number; total: number | null };
}

export interface CsvLoadOptions {
  encoding?: EncodingSetting;
  delimiter?: string | undefined;
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** Set `false` to parse on the main thread. */
  worker?: boolean;
}

/**
 * A CSV/TSV URL → a table. Parsed in a module worker (streaming, with progress); where no worker
 * can start (a bundler that does not emit `data.worker.js`, a strict CSP), on the main thread in
 * the same streamed chunks, yielding to the page between network reads.
 */
export async function loadCsv(url: string, options: CsvLoadOptions = {}): Promise<Loaded> {
  const request: CsvRequest = {
    url: new URL(url, document.baseURI).href,
    encoding: options.encoding ?? 'auto',
    delimiter: options.delimiter,
  };
  const rows: Cell[][] = [];
  let columns: string[] = [];
  let encoding: Encoding | undefined;
  const onMessage = (message: CsvMessage) => {
    if (message.type === 'rows') {
      columns = message.columns;
      for (const row of message.rows) rows.push(row);
      options.onProgress?.({
        rows: message.rowCount,
        bytes: message.bytes,
        totalBytes: message.totalBytes,
        totalRows: null,
      });
    } else if (message.type === 'done') {
      columns = message.columns;
      encoding = message.encoding;
    }
  };
  options.signal?.throwIfAborted();
  const worker = options.worker === false ? null : await workerReady();
  options.signal?.throwIfAborted();
  if (!worker) {
    // The worker has its own copy of the parser; the page fetches it only when no worker can start.
    const { streamCsv } = await import('./csv-stream.js');
    options.signal?.throwIfAborted();
    await streamCsv(request, onMessage, options.signal);
    return { table: arrayTable(columns, rows), known: {}, ...(encoding ? { encoding } : {}), worker: false };
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const abort = () => reject(options.signal!.reason);
      options.signal?.addEventListener('abort', abort, { once: true });
      worker.addEventListener('message', (event: MessageEvent<CsvMessage>) => {
        const message = event.data;
        if (message.type === 'error') reject(fromPayload(message.error));
        else {
          onMessage(message);
          if (message.type === 'done') resolve();
        }
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new DataError('network', { message: event.message ?? 'worker' }));
      });
      worker.postMessage({ type: 'csv', request });
    });
  } finally {
    worker.terminate();
  }
  return { table: arrayTable(columns, rows), known: {}, ...(encoding ? { encoding } : {}), worker: true };
}

/**
 * A JSON or GeoJSON URL → a table (see `parseJsonTable` for the shapes read), decoded as CSV files are (the
 * encoding detected, CP949 included).
 */
export async function loadJson(url: string, signal?: AbortSignal, encoding: EncodingSetting = 'auto'): Promise<Loaded> {
  const read = await readJson(url, { signal, encoding });
  return { table: read.table, known: {}, encoding: read.encoding };
}

/**
 * Every row of a CKAN datastore resource, paging by the limit the server echoes, with progress. Always ends
 * (see core's `datastorePages`): at the total, a short page, or `maxRows` ({@link DATASTORE_MAX_ROWS}, 100,000, unless given); a server that ignores
 * `offset` is a `paging` ApiError.
 */
export async function loadDatastore(
  client: CkanClient,
  resourceId: string,
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void; maxRows?: number } = {},
): Promise<Loaded> {
  const records: Record<string, unknown>[] = [];
  let fields: DatastoreField[] = [];
  let last: DatastoreProgress | null = null;
  for await (const page of client.datastorePages(
    // Ask for CKAN's usual maximum; the server answers with the limit it really applies.
    { resourceId, limit: 32_000 },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      maxRows: options.maxRows ?? DATASTORE_MAX_ROWS,
      onProgress: (p: DatastoreProgress) => {
        last = p;
        options.onProgress?.({ rows: p.loaded, bytes: 0, totalBytes: null, totalRows: p.total });
      },
    },
  )) {
    if (fields.length === 0) fields = page.fields;
    for (const record of page.records) records.push(record);
  }
  const columns = fields.map((f) => f.id).filter((id) => id !== '_id');
  const known = dictionary<ColumnType>();
  const labels = dictionary<string>();
  for (const field of fields) {
    const hint = field.typeOverride ? datastoreTypeHint(field.typeOverride) : undefined;
    if (hint) known[field.id] = hint;
    if (field.label) labels[field.id] = field.label;
  }
  const end = last as DatastoreProgress | null;
  const truncated =
    end?.end === 'cap' || (end?.end === 'short' && end.total !== null && end.loaded < end.total)
      ? { reason: end.end, rows: end.loaded, total: end.total }
      : undefined;
  return {
    table: rowsToTable(records, columns.length ? columns : undefined),
    known,
    labels,
    ...(truncated ? { truncated } : {}),
  };
}

/** `json` for `.json` URLs (or `format="json"`), else CSV/TSV. */
export function sourceFormat(url: string, format?: string | null): 'json' | 'csv' {
  if (format) return format.toLowerCase() === 'json' ? 'json' : 'csv';
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  return path.endsWith('.json') || path.endsWith('.geojson') ? 'json' : 'csv';
}

/** Tab for `.tsv`/`format="tsv"`, else detected from the header. */
export function sourceDelimiter(url: string, format?: string | null, delimiter?: string | null): string | undefined {
  if (delimiter) return delimiter === '\\t' || delimiter.toLowerCase() === 'tab' ? '\t' : delimiter;
  if (format?.toLowerCase() === 'tsv' || url.split(/[?#]/)[0]!.toLowerCase().endsWith('.tsv')) return '\t';
  return undefined;
}
