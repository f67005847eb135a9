import { isAbortError, type CkanClient, type DataView, type Lang } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as EngineModule from './chart-engine.js';
import type { RequestedSettings } from './choose.js';
import { DataError, type EncodingSetting, type LoadProgress, type Loaded } from '@bdw/core/data';

/** The element's lazily loaded part (see `chart-engine.ts`). */
export type Engine = typeof EngineModule;

let engine: Engine | undefined;
let engineLoading: Promise<Engine> | undefined;

/** Fetches the engine once (again after a failure, so a retry can succeed). */
export function loadEngine(): Promise<Engine> {
  engineLoading ??= import('./chart-engine.js').then(
    (module) => (engine = module),
    (error: unknown) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

export type DataStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; progress: LoadProgress | null }
  | { kind: 'done'; loaded: Loaded; requested?: RequestedSettings }
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

  /** The engine, once loaded: always there when `status` is `done`. */
  get engine(): Engine | undefined {
    return engine;
  }

  async load(source: DataSource): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    if (!source.rows && !source.src && !(source.resource && source.client)) {
      this.abort = null;
      this.set({ kind: 'error', error: new DataError('no-source') });
      return;
    }
    const abort = (this.abort = source.rows ? null : new AbortController());
    try {
      if (!source.rows || !engine) this.set({ kind: 'loading', progress: null });
      // The engine loads with the data; once it is there, rows set as a property are read at once.
      const { loadCsv, loadDatastore, loadJson, rowsToTable, sourceDelimiter, sourceFormat } =
        engine ?? (await loadEngine());
      if (generation !== this.generation) return;
      if (source.rows) {
        this.set({ kind: 'done', loaded: { table: rowsToTable(source.rows), known: {} } });
        return;
      }
      const signal = abort!.signal;
      const onProgress = (progress: LoadProgress) => {
        if (generation !== this.generation) return;
        cancelAnimationFrame(this.progressFrame);
        this.progressFrame = requestAnimationFrame(() => {
          if (generation === this.generation && this.status.kind === 'loading') this.set({ kind: 'loading', progress });
        });
      };
      let result: Loaded;
      if (source.src) {
        result =
          sourceFormat(source.src, source.format) === 'json'
            ? await loadJson(source.src, signal)
            : await loadCsv(source.src, {
                encoding: source.encoding,
                delimiter: sourceDelimiter(source.src, source.format, source.delimiter),
                signal,
                onProgress,
              });
      } else result = await loadDatastore(source.client!, source.resource!, { signal, onProgress });
      if (generation !== this.generation) return;
      cancelAnimationFrame(this.progressFrame);
      this.set({ kind: 'done', loaded: result });
    } catch (error) {
      if (generation !== this.generation || isAbortError(error) || abort?.signal.aborted) return;
      this.set({ kind: 'error', error });
    }
  }

  /**
   * Loads the chart's data from the `<bdw-view>` it sits in: grouped by the engine under the view's filters (see
   * `view-load.ts`). The view's revision decides when to load again; a newer load wins.
   */
  async loadView(view: DataView, requested: RequestedSettings, lang: Lang): Promise<void> {
    this.abort?.abort();
    const generation = ++this.generation;
    if (!view.engine) {
      this.abort = null;
      this.set(view.error ? { kind: 'error', error: view.error } : { kind: 'loading', progress: null });
      return;
    }
    const abort = (this.abort = new AbortController());
    try {
      if (this.status.kind !== 'done') this.set({ kind: 'loading', progress: null });
      const [, { loadFromView }] = await Promise.all([engine ?? loadEngine(), import('./view-load.js')]);
      const loaded = await loadFromView(view, requested, lang, abort.signal);
      if (generation !== this.generation) return;
      this.set({ kind: 'done', loaded, requested: loaded.requested });
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
