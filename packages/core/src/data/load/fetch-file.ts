import { DataError } from '../errors.js';

/** A data file's answer, with the size it announces. */
export interface FileResponse {
  body: ReadableStream<Uint8Array>;
  /** `Content-Length`, or `null` when the server does not say (or compresses on the fly). */
  totalBytes: number | null;
}

/**
 * Fetches a data file: no answer at all is a `network` DataError, a status other than 2xx an `http` one, an answer
 * without a body `empty`. An abort rejects with the signal's reason, as fetch does.
 */
export async function fetchFile(url: string, signal?: AbortSignal): Promise<FileResponse> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError('network', { message: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new DataError('http', { status: response.status });
  if (!response.body) throw new DataError('empty');
  const length = Number(response.headers.get('content-length'));
  return { body: response.body, totalBytes: Number.isFinite(length) && length > 0 ? length : null };
}
