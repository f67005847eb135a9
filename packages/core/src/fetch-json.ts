import { ApiError } from './ckan/ApiError.js';

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch;
  /** Names the source in errors (`ApiError.action`), e.g. `static` or `meetings`. */
  action?: string;
}

/**
 * GETs a JSON file (a static catalogue, a listings file…) with the same failures as the CKAN
 * client: an ApiError of kind `network`, `http` or `invalid-json`, or the abort reason.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, action = 'static' } = options;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fail = (kind: 'network' | 'http' | 'invalid-json', message: string, status: number | null = null) =>
    new ApiError(message, { kind, action, url, status });
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw fail('network', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw fail('http', `HTTP ${response.status}`, response.status);
  try {
    return JSON.parse(text);
  } catch {
    throw fail('invalid-json', 'The file is not JSON', response.status);
  }
}

/** A `bdw-*` event: bubbles and crosses shadow roots, with a typed detail. */
export function bdwEvent<T>(name: `bdw-${string}`, detail: T, { cancelable = false } = {}): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}
