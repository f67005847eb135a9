import { DataError, fromPayload } from '../errors.js';
import { normalizeEncoding } from '../load/encoding.js';
import { readJson } from '../load/json.js';
import { loadCsv, sourceDelimiter, sourceFormat, type LoadProgress } from '../load/load.js';
import { workerReady } from '../load/worker-url.js';
import { arrayTable } from '../table.js';
import type { Cell } from '../types.js';
import type { EngineSource } from './create.js';
import { LocalEngine } from './local-engine.js';
import type { DataEngine } from './types.js';
import { WorkerEngine } from './worker-engine.js';
import type { FileMessage, FileRequest } from './worker-protocol.js';

type FileSource = Extract<EngineSource, { kind: 'file' }>;

/**
 * A CSV/TSV/JSON/GeoJSON file as an engine. The data worker fetches, decodes (the encoding detected, CP949
 * included; a spreadsheet, a PDF or an HTML page where data was expected is a clear DataError) and parses it. A
 * small file (at most 1 MB and 10,000 rows) comes to the page as it is parsed and is queried here
 * ({@link LocalEngine}); a large one stays in the worker, which answers every query ({@link WorkerEngine}), so that a
 * million rows never hold up the page. Where no worker can start (a strict CSP, a bundler that left the worker out),
 * the file is read on the page in streamed chunks. `source.onProgress` hears rows and bytes as they are read; an
 * abort stops the download.
 */
export async function openFile(source: FileSource, signal?: AbortSignal): Promise<DataEngine> {
  signal?.throwIfAborted();
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  const file: FileRequest = {
    url: new URL(source.src, base).href,
    format: sourceFormat(source.src, source.format),
    delimiter: sourceDelimiter(source.src, source.format, source.delimiter),
    encoding: normalizeEncoding(source.encoding),
    hold: source.worker === true ? 'worker' : 'auto',
  };
  const worker = source.worker === false ? null : await workerReady();
  if (signal?.aborted) {
    worker?.terminate();
    signal.throwIfAborted();
  }
  return worker ? openInWorker(worker, file, source.onProgress, signal) : openOnPage(file, source.onProgress, signal);
}

/** The file read on the main thread (no worker): CSV in streamed chunks, yielding between network reads. */
async function openOnPage(
  file: FileRequest,
  onProgress: ((progress: LoadProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<DataEngine> {
  if (file.format === 'csv') {
    const loaded = await loadCsv(file.url, {
      encoding: file.encoding,
      delimiter: file.delimiter,
      worker: false,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    return new LocalEngine(loaded.table);
  }
  const read = await readJson(file.url, {
    signal,
    encoding: file.encoding,
    onBytes: (bytes, totalBytes) => onProgress?.({ rows: 0, bytes, totalBytes, totalRows: null }),
  });
  onProgress?.({ rows: read.table.rows.length, bytes: read.bytes, totalBytes: read.bytes, totalRows: null });
  return new LocalEngine(read.table);
}

/** The file read by the data worker, which sends a small table to the page or keeps a large one. */
function openInWorker(
  worker: Worker,
  file: FileRequest,
  onProgress: ((progress: LoadProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<DataEngine> {
  return new Promise((resolve, reject) => {
    let rows: Cell[][] = [];
    const settle = (engine: DataEngine | null, error?: unknown) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (engine) resolve(engine);
      else {
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const onAbort = () => settle(null, signal!.reason);
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      settle(null, new DataError('network', { message: event.message || 'worker' }));
    };
    const onMessage = (event: MessageEvent<FileMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.({ rows: message.rows, bytes: message.bytes, totalBytes: message.totalBytes, totalRows: null });
          break;
        case 'rows':
          for (const row of message.rows) rows.push(row);
          break;
        case 'large':
          rows = [];
          break;
        case 'done':
          worker.terminate();
          settle(new LocalEngine(arrayTable(message.columns, rows)));
          break;
        case 'held':
          settle(new WorkerEngine(worker, message.fields, message.total));
          break;
        case 'error':
          settle(null, fromPayload(message.error));
          break;
        default:
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ type: 'open', file });
  });
}
