/** Why a catalogue call failed; widgets pick their message and whether to offer a retry from this. */
export type ApiErrorKind =
  /** The request never got an HTTP answer (offline, DNS, CORS, refused). */
  | 'network'
  /** The server did not answer within the client's timeout. */
  | 'timeout'
  /** An HTTP error status without a CKAN error body. */
  | 'http'
  /** A CKAN error body (`success: false`), whatever the HTTP status. */
  | 'ckan'
  /** The body was not the JSON the action promises. */
  | 'invalid-json';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  action: string;
  url: string;
  status?: number | null;
  ckanType?: string | null;
  cause?: unknown;
}

/**
 * A failed CKAN Action API call. Aborts are not ApiErrors: they reject with the
 * signal's reason (a DOMException named `AbortError`), so callers can ignore them.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly action: string;
  readonly url: string;
  /** HTTP status, `null` when there was no response. */
  readonly status: number | null;
  /** CKAN's `error.__type`, e.g. `Not Found Error`, `Validation Error`. */
  readonly ckanType: string | null;

  constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.action = init.action;
    this.url = init.url;
    this.status = init.status ?? null;
    this.ckanType = init.ckanType ?? null;
  }

  /** Whether trying again may succeed (network trouble, timeouts, 5xx, 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.status !== null && (this.status >= 500 || this.status === 429);
  }
}

/** True for the rejection of an aborted call. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * CKAN's error body: `{ "__type": "Validation Error", "message"?: "...", "<field>": ["..."] }`.
 * Validation errors carry per-field messages instead of `message`; join them.
 */
export function ckanErrorMessage(error: Record<string, unknown>): string {
  if (typeof error['message'] === 'string' && error['message']) return error['message'];
  const fieldMessages = Object.entries(error)
    .filter(([key]) => key !== '__type')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  if (fieldMessages.length) return fieldMessages.join('; ');
  return typeof error['__type'] === 'string' ? error['__type'] : 'CKAN error';
}
