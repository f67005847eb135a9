import type { EncodingSetting, Encoding } from '../load/encoding.js';
import type { DataErrorPayload } from '../errors.js';
import type { Cell } from '../types.js';
import type { EngineField } from './types.js';

/**
 * The file engine's messages between the page and the data worker. The page asks the worker to `open` a file; the
 * worker fetches, decodes and parses it, reporting `progress`. A small file's rows are sent to the page as they are
 * parsed (`rows`, then `done`: the page holds the table and the worker ends). A large one stays in the worker
 * (`held`), which then answers `query` messages with `answer` (or `failed`), one per id.
 */

/**
 * A file over this many bytes (its Content-Length) stays in the worker. Held on the page, 5 MB (26,000 rows of the
 * accident table) cost main-thread tasks of 80–200 ms to receive, group, sort and search on a busy machine; 1 MB stays
 * near the 50 ms a person notices.
 */
export const PAGE_MAX_BYTES = 1024 * 1024;
/** A file of more rows than this stays in the worker. */
export const PAGE_MAX_ROWS = 10_000;

export interface FileRequest {
  /** Absolute URL. */
  url: string;
  format: 'csv' | 'json';
  delimiter?: string | undefined;
  encoding: EncodingSetting;
  /** `worker`: keep the table in the worker whatever its size; `auto`: by {@link PAGE_MAX_BYTES}/{@link PAGE_MAX_ROWS}. */
  hold: 'auto' | 'worker';
}

export type QueryMethod = 'rows' | 'facet' | 'group' | 'range';

export type FileCommand =
  { type: 'open'; file: FileRequest } | { type: 'query'; id: number; method: QueryMethod; args: unknown[] };

export type FileMessage =
  | { type: 'progress'; rows: number; bytes: number; totalBytes: number | null }
  | { type: 'rows'; columns: string[]; rows: Cell[][] }
  /** The rows sent so far are void: the file is large, the worker keeps it. */
  | { type: 'large' }
  | { type: 'done'; columns: string[]; encoding: Encoding }
  | { type: 'held'; fields: EngineField[]; total: number; encoding: Encoding }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: DataErrorPayload }
  | { type: 'error'; error: DataErrorPayload };
