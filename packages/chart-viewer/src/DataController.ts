import { isAbortError, type CkanClient } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EncodingSetting } from './encoding.js';
import { DataError } from './errors.js';
import {
  loadCsv,
  loadDatastore,
  loadJson,
  sourceDelimiter,
  sourceFormat,
  type LoadProgress,
  type Loaded,
} from './load.js';
import { rowsToTable } from './table.js';

export type DataStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: LoadProgress | null }
  | { kind: 'done'; loaded: Loaded }
  | { kind: 'error'; error: unknown };

export interface DataSource {
  src?: string | undefined;
  format?: string | undefined;
  delimiter?: string | undefined;
  encoding: EncodingSetting;
  client?: CkanClient | undefined;
  resource?: string | undefined;
  rows?: readonly Record<string, unknown>[] | undefined;
}

/**
 * Loads a widget's data from a URL, a CKAN datastore resource or rows set as a property; abortable,
 * and a newer load always wins over an older one. Progress is throttled to one update per frame.
 */
export class DataController implements ReactiveController {
  status: DataStatus = { kind: 'idle' };
  private abort: AbortController | null = null;
  private generation = 0;
  private progressFrame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    cancelAnimationFrame(this.progressFrame);
  }

  async load(source: DataSource): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    if (source.rows) {
      this.abort = null;
      this.set({ kind: 'done', loaded: { table: rowsToTable(source.rows), known: {} } });
      return;
    }
    if (!source.src && !(source.resource && source.client)) {
      this.abort = null;
      this.set({ kind: 'error', error: new DataError('no-source') });
      return;
    }
    const abort = (this.abort = new AbortController());
    this.set({ kind: 'loading', progress: null });
    const onProgress = (progress: LoadProgress) => {
      if (generation !== this.generation) return;
      cancelAnimationFrame(this.progressFrame);
      this.progressFrame = requestAnimationFrame(() => {
        if (generation === this.generation && this.status.kind === 'loading') this.set({ kind: 'loading', progress });
      });
    };
    try {
      let loaded: Loaded;
      if (source.src) {
        loaded =
          sourceFormat(source.src, source.format) === 'json'
            ? await loadJson(source.src, abort.signal)
            : await loadCsv(source.src, {
                encoding: source.encoding,
                delimiter: sourceDelimiter(source.src, source.format, source.delimiter),
                signal: abort.signal,
                onProgress,
              });
      } else loaded = await loadDatastore(source.client!, source.resource!, { signal: abort.signal, onProgress });
      if (generation !== this.generation) return;
      cancelAnimationFrame(this.progressFrame);
      this.set({ kind: 'done', loaded });
    } catch (error) {
      if (generation !== this.generation || isAbortError(error) || abort.signal.aborted) return;
      this.set({ kind: 'error', error });
    }
  }

  private set(status: DataStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
