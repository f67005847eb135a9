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
  /** The body was not the JSON the action promises (wrong shape or types, counts that are not safe integers). */
  | 'invalid-json'
  /** Paging could not go on: the server sent the same page again (it ignores `offset`). */
  | 'paging';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  action: string;
  url: string;
  status?: number | null;
  ckanType?: string | null;
  /** The fields a CKAN Validation Error names (`q`, `rows`…). */
  fields?: readonly string[];
  /** Milliseconds the server asked to wait (`Retry-After` on 429/503), `null` when it did not say. */
  retryAfterMs?: number | null;
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
  /** The fields a CKAN Validation Error names (`q`, `rows`…); empty otherwise. */
  readonly fields: readonly string[];
  /** Milliseconds the server asked to wait before trying again (`Retry-After`), or `null`. */
  readonly retryAfterMs: number | null;

  constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.action = init.action;
    this.url = init.url;
    this.status = init.status ?? null;
    this.ckanType = init.ckanType ?? null;
    this.fields = init.fields ?? [];
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** Whether trying again may succeed (network trouble, timeouts, 5xx, 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind === 'paging') return false;
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

/** The field names of a CKAN Validation Error body (every key but `__type` and `message`). */
export function ckanErrorFields(error: Record<string, unknown>): string[] {
  return Object.keys(error).filter((key) => key !== '__type' && key !== 'message');
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds from `now`: delay-seconds or an HTTP-date; `null` when
 * absent or unreadable. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
