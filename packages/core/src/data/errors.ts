/** Why data could not be read; each code has a sentence in `messages.ts`. */
export type DataErrorCode =
  | 'empty'
  | 'html'
  | 'binary'
  | 'ragged'
  | 'line-too-long'
  | 'encoding'
  | 'json'
  | 'http'
  | 'network'
  | 'no-source'
  | 'column'
  | 'settings';

/** Codes where trying again can help. */
const RETRYABLE: readonly DataErrorCode[] = ['http', 'network'];

/** A failure to read or chart data, with the details its message needs (numbers and names only, shown as text). */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly code: DataErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
  }

  get retryable(): boolean {
    return RETRYABLE.includes(this.code) && !(this.code === 'http' && Number(this.params['status']) < 500);
  }
}

/** Plain data for postMessage. */
export interface DataErrorPayload {
  code: DataErrorCode;
  params: Record<string, string | number>;
}

export function toPayload(error: unknown): DataErrorPayload {
  if (error instanceof DataError) return { code: error.code, params: error.params };
  const message = error instanceof Error ? error.message : String(error);
  // fetch() rejects with a TypeError when there is no HTTP answer at all.
  if (error instanceof TypeError) return { code: 'network', params: { message } };
  return { code: 'network', params: { message } };
}

export function fromPayload(payload: DataErrorPayload): DataError {
  return new DataError(payload.code, payload.params);
}
