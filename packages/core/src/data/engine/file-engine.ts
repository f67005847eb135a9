import type { EngineSource } from './create.js';
import type { DataEngine } from './types.js';

/**
 * A file as an engine. PROVISIONAL: the file path (fetch, encoding detection, CSV/JSON/GeoJSON parsing, in the
 * engine's worker for large files) moves here from the chart's loader.
 */
export function openFile(source: Extract<EngineSource, { kind: 'file' }>, signal?: AbortSignal): Promise<DataEngine> {
  signal?.throwIfAborted();
  return Promise.reject(new Error(`file sources are not read by the engine yet: ${source.src}`));
}
