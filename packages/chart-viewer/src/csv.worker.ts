/**
 * The CSV worker: downloads, decodes and parses a CSV/TSV off the main thread, posting rows and
 * progress as they are parsed. Started by `loadCsv` as a module worker. The published
 * `dist/csv.worker.js` is this file bundled with its imports (papaparse included) into one file, so that
 * a bundler that copies it as an asset (Vite, webpack 5: `new URL('./csv.worker.js', import.meta.url)`)
 * ships a worker that runs on its own. The build appends `export {};`: papaparse's UMD wrapper inside the
 * bundle would otherwise make the file read as CommonJS to Node and publint, although it is the ES module
 * that `new Worker(url, { type: 'module' })` starts.
 */
import { streamCsv, type CsvMessage, type CsvRequest } from './csv-stream.js';
import { toPayload } from '@bdw/core/data';

const scope = globalThis as unknown as {
  postMessage(message: CsvMessage): void;
  onmessage: ((event: MessageEvent<CsvRequest>) => void) | null;
};

scope.onmessage = (event) => {
  streamCsv(event.data, (message) => scope.postMessage(message)).catch((error: unknown) =>
    scope.postMessage({ type: 'error', error: toPayload(error) }),
  );
};
scope.postMessage({ type: 'ready' });
