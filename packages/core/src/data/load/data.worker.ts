/**
 * The data worker: downloads, decodes and parses files off the main thread. Two jobs, one file: the chart's
 * `loadCsv` asks for a CSV's rows as they are parsed (`{ type: 'csv' }`); the file engine (`openFile`) asks it to
 * open a file and, for a large one, to keep the table and answer queries over it (see `engine/worker-protocol.ts`).
 * The published `dist/data/load/data.worker.js` is this file bundled with its imports (papaparse included) into one
 * file, so that a bundler that copies it as an asset (Vite, webpack 5: `new URL('./data.worker.js',
 * import.meta.url)`) ships a worker that runs on its own. The build appends `export {};`: papaparse's UMD wrapper
 * inside the bundle would otherwise make the file read as CommonJS to Node and publint, although it is the ES module
 * that `new Worker(url, { type: 'module' })` starts.
 */
import { streamCsv, type CsvMessage, type CsvRequest } from './csv-stream.js';
import { toPayload } from '../errors.js';
import { fileHost } from '../engine/worker-host.js';
import type { FileCommand, FileMessage } from '../engine/worker-protocol.js';

const scope = globalThis as unknown as {
  postMessage(message: CsvMessage | FileMessage): void;
  onmessage: ((event: MessageEvent<{ type: 'csv'; request: CsvRequest } | FileCommand>) => void) | null;
};

const post = (message: CsvMessage | FileMessage) => scope.postMessage(message);
const files = fileHost(post);

scope.onmessage = (event) => {
  const command = event.data;
  if (command.type === 'csv') {
    streamCsv(command.request, post).catch((error: unknown) => post({ type: 'error', error: toPayload(error) }));
  } else files(command);
};
post({ type: 'ready' });
