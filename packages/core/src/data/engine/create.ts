import type { CkanClient } from '../../ckan/CkanClient.js';
import type { LoadProgress } from '../load/load.js';
import { rowsToTable } from '../table.js';
import { DatastoreEngine } from './datastore-engine.js';
import { LocalEngine } from './local-engine.js';
import type { DataEngine } from './types.js';

/** What a view (or a widget on its own) names as its table. */
export type EngineSource =
  /** A CKAN datastore resource. `sql: false` never asks for `datastore_search_sql`. */
  | { kind: 'datastore'; client: CkanClient; resource: string; sql?: boolean }
  /**
   * A CSV/TSV/JSON/GeoJSON file (see `openFile`). `onProgress` hears rows and bytes as they are read; `worker: false`
   * reads it on the page, `worker: true` keeps it in the data worker whatever its size (default: by size).
   */
  | {
      kind: 'file';
      src: string;
      format?: string;
      delimiter?: string;
      encoding?: string;
      onProgress?: (progress: LoadProgress) => void;
      worker?: boolean;
    }
  /** Rows set as a property. */
  | { kind: 'rows'; rows: readonly Record<string, unknown>[] };

/**
 * The engine for a source. Files are opened by the file engine (fetched, decoded and parsed in the engine's worker
 * where one can start), loaded on first use.
 */
export async function createEngine(source: EngineSource, signal?: AbortSignal): Promise<DataEngine> {
  switch (source.kind) {
    case 'datastore':
      return new DatastoreEngine(source.client, source.resource, source.sql === false ? { sql: false } : {});
    case 'rows':
      return new LocalEngine(rowsToTable(source.rows));
    case 'file': {
      const { openFile } = await import('./file-engine.js');
      return openFile(source, signal);
    }
  }
}
