import { fromPayload } from '../errors.js';
import type { ViewFilters } from '../filters.js';
import type {
  DataEngine,
  EngineField,
  EngineMode,
  Facet,
  FacetQuery,
  GroupQuery,
  GroupRow,
  QueryOptions,
  Range,
  RowPage,
  RowQuery,
} from './types.js';
import type { FileMessage, QueryMethod } from './worker-protocol.js';

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The engine over a large file held by the data worker: every query is one message, answered there (a million rows
 * are filtered, counted and paged off the main thread; the page only receives the answer).
 */
export class WorkerEngine implements DataEngine {
  readonly mode: EngineMode = 'browser';
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: unknown = null;

  /**
   * @param worker the data worker, holding the table (it has sent `held`)
   * @param known the table's fields, as the worker typed them
   * @param total rows in the file
   */
  constructor(
    private readonly worker: Worker,
    private readonly known: EngineField[],
    readonly total: number,
  ) {
    worker.addEventListener('message', (event: MessageEvent<FileMessage>) => {
      const message = event.data;
      if (message.type !== 'answer' && message.type !== 'failed') return;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'answer') pending.resolve(message.value);
      else pending.reject(fromPayload(message.error));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.stop(new Error(`the data worker stopped: ${event.message || 'error'}`));
    });
  }

  fields(): Promise<EngineField[]> {
    return Promise.resolve(this.known);
  }

  rows({ signal, ...query }: RowQuery): Promise<RowPage> {
    return this.ask('rows', [query], signal);
  }

  facet({ signal, ...query }: FacetQuery): Promise<Facet> {
    return this.ask('facet', [query], signal);
  }

  group({ signal, ...query }: GroupQuery): Promise<GroupRow[]> {
    return this.ask('group', [query], signal);
  }

  range(field: string, filters?: ViewFilters, options: QueryOptions = {}): Promise<Range> {
    return this.ask('range', [field, filters], options.signal);
  }

  dispose(): void {
    this.stop(new DOMException('The engine was disposed.', 'AbortError'));
  }

  private stop(reason: unknown): void {
    if (this.failure) return;
    this.failure = reason;
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
  }

  /** One query; an abort rejects it at once (the worker's answer, when it comes, is dropped). */
  private ask<T>(method: QueryMethod, args: unknown[], signal?: AbortSignal): Promise<T> {
    if (this.failure) return Promise.reject(this.failure instanceof Error ? this.failure : new Error('stopped'));
    if (signal?.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      });
      this.worker.postMessage({ type: 'query', id, method, args });
    });
  }
}
