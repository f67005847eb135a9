/**
 * The map worker: parses a large file, indexes its points with supercluster and answers the page's questions about
 * the view (clusters, a cluster's zoom, a feature, the point under a click, a bitmap of unclustered points), so that
 * the page's main thread never holds or walks a million features. One worker holds one layer; the page terminates it
 * to cancel a load or drop the layer.
 */
import { DataError } from './errors.js';
import { download, FetchFailure } from './fetch-body.js';
import { geometryKind } from './geojson.js';
import { decodeChunks, detectFormat, toCollection } from './parse.js';
import { drawPoints } from './point-canvas.js';
import { READY, type WorkerReply, type WorkerRequest } from './point-protocol.js';
import { PointStore, type ClusterBatch } from './point-store.js';
import { WORKER_MIN_POINTS } from './constants.js';
import { nameKey } from './text.js';

const scope = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

let store: PointStore | null = null;

const reply = (message: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const batchBuffers = (b: ClusterBatch) => [
  b.lng.buffer,
  b.lat.buffer,
  b.count.buffer,
  b.clusterId.buffer,
  b.feature.buffer,
];

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  switch (request.type) {
    case 'read': {
      const body = await download(request.url, {
        timeoutMs: request.timeoutMs,
        onProgress: (done, total) => reply({ id, type: 'progress', stage: 'download', done, total }),
      });
      reply({ id, type: 'progress', stage: 'parse', done: 0, total: null });
      const text = decodeChunks(body.chunks);
      const format = detectFormat(request.url, body.type, text.slice(0, 64), request.format);
      const { collection, skipped } = toCollection(text, format, request);
      const features = collection.features;
      if (geometryKind(collection) !== 'point' || features.length <= WORKER_MIN_POINTS) {
        reply({ id, type: 'collection', collection, skipped });
        return;
      }
      reply({ id, type: 'progress', stage: 'index', done: 0, total: features.length });
      const keys = Object.keys(features.find((f) => f.properties)?.properties ?? {});
      store = new PointStore(
        { features },
        {
          nameKey: nameKey(keys, request.nameField),
          onProgress: (done) => reply({ id, type: 'progress', stage: 'index', done, total: features.length }),
        },
      );
      reply({ id, type: 'points', size: store.size, bbox: store.bbox, head: features.slice(0, request.head), skipped });
      return;
    }
    case 'index':
      store = new PointStore({ coordinates: request.coordinates });
      reply({ id, type: 'points', size: store.size, bbox: store.bbox, head: [], skipped: 0 });
      return;
    default:
      break;
  }
  if (!store) throw new Error('no layer');
  switch (request.type) {
    case 'clusters': {
      const batch = store.clusters(request.bbox, request.zoom);
      reply({ id, type: 'clusters', batch }, batchBuffers(batch));
      return;
    }
    case 'expansion':
      reply({ id, type: 'value', value: store.expansionZoom(request.clusterId) });
      return;
    case 'feature':
      reply({ id, type: 'feature', feature: store.feature(request.index) });
      return;
    case 'nearest':
      reply({ id, type: 'value', value: store.nearest(request.lng, request.lat, request.zoom, request.radius) });
      return;
    case 'draw': {
      const { view } = request;
      if (typeof OffscreenCanvas === 'undefined' || view.width < 1 || view.height < 1) {
        reply({ id, type: 'bitmap', bitmap: null, drawn: 0 });
        return;
      }
      const canvas = new OffscreenCanvas(Math.ceil(view.width * view.ratio), Math.ceil(view.height * view.ratio));
      const drawn = drawPoints(canvas.getContext('2d')!, store, view);
      const bitmap = canvas.transferToImageBitmap();
      reply({ id, type: 'bitmap', bitmap, drawn }, [bitmap]);
      return;
    }
  }
}

scope.addEventListener('message', (event) => {
  handle(event.data).catch((error: unknown) => {
    reply({
      id: event.data.id,
      type: 'error',
      kind: error instanceof DataError ? error.kind : null,
      ...(error instanceof DataError ? { reason: error.reason, detail: error.detail } : {}),
      ...(error instanceof FetchFailure ? { fetch: { kind: error.kind, status: error.status } } : {}),
      message: error instanceof Error ? error.message : String(error),
    });
  });
});

scope.postMessage(READY);
