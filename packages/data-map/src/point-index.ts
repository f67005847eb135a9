/**
 * A point layer as the map view sees it: asked for the clusters of a view, a cluster's zoom, a feature, the point
 * under a click and (for large unclustered layers) a bitmap of the view. Small layers answer from a `PointStore` on
 * the page; large ones from the map worker, where the store and the features live.
 */
import type { AnyFeature } from './geojson.js';
import type { CanvasView } from './point-canvas.js';
import { READY, type KeptPoints, type WorkerReply, type WorkerRequest } from './point-protocol.js';
import { PointStore, pointCoordinates, type BBox, type ClusterBatch } from './point-store.js';
import { startMapWorker } from './worker-url.js';

export interface PointIndex {
  /** Points indexed. */
  readonly size: number;
  readonly bbox: BBox | null;
  /** `true` when the index lives in the map worker. */
  readonly inWorker: boolean;
  clusters(bbox: BBox, zoom: number): Promise<ClusterBatch>;
  expansionZoom(clusterId: number): Promise<number>;
  /** Feature `i` with its properties (`null` when the index holds positions only: the page has the features). */
  feature(i: number): Promise<AnyFeature | null>;
  nearest(lng: number, lat: number, zoom: number, radius: number): Promise<number | null>;
  /** The points of `view` drawn as a bitmap, or `null` where the index cannot draw (on the page). */
  draw(view: CanvasView): Promise<{ bitmap: ImageBitmap; drawn: number } | null>;
  /** Frees the index (terminates its worker). */
  dispose(): void;
}

/** A point layer indexed on the page: its features are there already. */
export class LocalPointIndex implements PointIndex {
  readonly inWorker = false;
  private readonly store: PointStore;
  constructor(features: readonly AnyFeature[], nameKey: string | null) {
    this.store = new PointStore({ features }, { nameKey });
  }
  get size(): number {
    return this.store.size;
  }
  get bbox(): BBox | null {
    return this.store.bbox;
  }
  clusters(bbox: BBox, zoom: number) {
    return Promise.resolve(this.store.clusters(bbox, zoom));
  }
  expansionZoom(clusterId: number) {
    return Promise.resolve(this.store.expansionZoom(clusterId));
  }
  feature(i: number) {
    return Promise.resolve(this.store.feature(i));
  }
  nearest(lng: number, lat: number, zoom: number, radius: number) {
    return Promise.resolve(this.store.nearest(lng, lat, zoom, radius));
  }
  draw() {
    return Promise.resolve(null);
  }
  dispose(): void {}
}

type Pending = { resolve(reply: WorkerReply): void; reject(error: unknown): void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The page's end of one map worker: requests answered in order, progress passed on, termination as cancel. */
export class MapWorker {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed: unknown = null;

  private constructor(
    private readonly worker: Worker,
    private readonly onProgress?: (reply: Extract<WorkerReply, { type: 'progress' }>) => void,
  ) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        this.onProgress?.(message);
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      waiting?.resolve(message);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.close(new Error(event.message || 'the map worker failed'));
    });
  }

  /**
   * Starts a map worker, stopped at once when `signal` aborts; `null` where none can start (no module workers, a CSP
   * or Trusted Types that refuse it) or when `signal` aborted first.
   */
  static start(
    onProgress?: (reply: Extract<WorkerReply, { type: 'progress' }>) => void,
    signal?: AbortSignal,
  ): Promise<MapWorker | null> {
    if (signal?.aborted) return Promise.resolve(null);
    let worker: Worker;
    try {
      worker = startMapWorker();
    } catch {
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const fail = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', fail);
        worker.terminate();
        resolve(null);
      };
      // Refusals come at once (an error event, or a throw above); this only ends a worker that hangs while loading.
      const timer = setTimeout(fail, 20_000);
      signal?.addEventListener('abort', fail, { once: true });
      const onError = (event: Event) => {
        event.preventDefault();
        fail();
      };
      worker.addEventListener('error', onError, { once: true });
      worker.addEventListener(
        'message',
        (event: MessageEvent<unknown>) => {
          if ((event.data as { type?: string }).type !== READY.type) return fail();
          clearTimeout(timer);
          signal?.removeEventListener('abort', fail);
          worker.removeEventListener('error', onError);
          const started = new MapWorker(worker, onProgress);
          if (signal) {
            const stop = () => started.close(signal.reason);
            signal.addEventListener('abort', stop, { once: true });
            started.release = () => signal.removeEventListener('abort', stop);
          }
          resolve(started);
        },
        { once: true },
      );
    });
  }

  private release = () => {};

  /**
   * The load that started the worker is over and its layer keeps the worker: aborting that load's signal no longer
   * stops it (disposing the layer does).
   */
  keep(): this {
    this.release();
    return this;
  }

  /** Sends `request` (moving `transfer`) and resolves with the worker's reply; an `error` reply rejects. */
  ask<T extends WorkerReply['type']>(
    request: Request,
    transfer: Transferable[] = [],
  ): Promise<Extract<WorkerReply, { type: T | 'error' }>> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Stops the worker: whatever it was doing is dropped, pending requests reject with `reason`. */
  close(reason: unknown = new DOMException('The map worker was stopped.', 'AbortError')): void {
    if (this.closed) return;
    this.closed = reason;
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }
}

/** Rejects with the worker's own error (a `DataError` kind, or a plain error). */
export class WorkerDataError extends Error {
  constructor(
    readonly kind: Extract<WorkerReply, { type: 'error' }>['kind'],
    message: string,
    readonly fetch: Extract<WorkerReply, { type: 'error' }>['fetch'] = undefined,
    readonly reason: string | null = null,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

export async function expectReply<T extends WorkerReply['type']>(
  answer: Promise<Extract<WorkerReply, { type: T | 'error' }>>,
): Promise<Extract<WorkerReply, { type: T }>> {
  const reply = (await answer) as WorkerReply;
  if (reply.type === 'error') {
    throw new WorkerDataError(reply.kind, reply.message, reply.fetch, reply.reason ?? null, reply.detail ?? null);
  }
  return reply as Extract<WorkerReply, { type: T }>;
}

/** A point layer indexed in the map worker. */
export class WorkerPointIndex implements PointIndex {
  readonly inWorker = true;
  readonly size: number;
  readonly bbox: BBox | null;

  constructor(
    private readonly worker: MapWorker,
    kept: Pick<KeptPoints, 'size' | 'bbox'>,
  ) {
    this.size = kept.size;
    this.bbox = kept.bbox;
  }

  /** Indexes the positions of `features` (which stay on the page) in `worker`; they cross as one typed array. */
  static async ofFeatures(worker: MapWorker, features: readonly AnyFeature[]): Promise<WorkerPointIndex> {
    const coordinates = pointCoordinates(features);
    const kept = await expectReply<'points'>(worker.ask({ type: 'index', coordinates }, [coordinates.buffer]));
    return new WorkerPointIndex(worker, kept);
  }

  async clusters(bbox: BBox, zoom: number) {
    return (await expectReply<'clusters'>(this.worker.ask({ type: 'clusters', bbox, zoom }))).batch;
  }
  async expansionZoom(clusterId: number) {
    return (await expectReply<'value'>(this.worker.ask({ type: 'expansion', clusterId }))).value ?? 0;
  }
  async feature(index: number) {
    return (await expectReply<'feature'>(this.worker.ask({ type: 'feature', index }))).feature;
  }
  async nearest(lng: number, lat: number, zoom: number, radius: number) {
    return (await expectReply<'value'>(this.worker.ask({ type: 'nearest', lng, lat, zoom, radius }))).value;
  }
  async draw(view: CanvasView) {
    const reply = await expectReply<'bitmap'>(this.worker.ask({ type: 'draw', view }));
    return reply.bitmap ? { bitmap: reply.bitmap, drawn: reply.drawn } : null;
  }
  dispose(): void {
    this.worker.close();
  }
}
