/**
 * Downloading a file chunk by chunk, with progress: shared by the page and the map worker (no imports), so a large
 * file can be fetched where it is parsed and its bytes never cross the page's main thread.
 */

/** Why a download failed; the page turns it into an `ApiError` (retry offered for network, timeout and 5xx). */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly kind: 'network' | 'timeout' | 'http',
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export interface Downloaded {
  chunks: Uint8Array[];
  byteLength: number;
  type: string;
}

export interface DownloadOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
  /** Bytes received of the `Content-Length` (told at most every 100 ms). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Fetches `url`: its chunks as the network delivered them, or a `FetchFailure` (an abort rethrows the reason). */
export async function download(url: string, options: DownloadOptions = {}): Promise<Downloaded> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal });
    if (response.ok) {
      const total = Number(response.headers.get('content-length')) || 0;
      const reader = response.body?.getReader();
      // Chunks already received resolve in one task: progress is told at most every 100 ms, not per chunk.
      let told = performance.now();
      if (!reader) chunks.push(new Uint8Array(await response.arrayBuffer()));
      else
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          chunks.push(read.value);
          byteLength += read.value.byteLength;
          if (total && performance.now() - told > 100) {
            told = performance.now();
            options.onProgress?.(byteLength, total);
          }
        }
      byteLength = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    }
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) throw new FetchFailure('timeout', `${url}: no answer in time`);
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new FetchFailure('network', `${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (!response.ok) throw new FetchFailure('http', `${url}: HTTP ${response.status}`, response.status);
  return { chunks, byteLength, type: response.headers.get('content-type') ?? '' };
}
