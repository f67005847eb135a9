import type {
  Dataset,
  DatastorePage,
  DatastoreQuery,
  Group,
  MarketListing,
  MarketSearchResult,
  Meeting,
  MeetingQuery,
  Organization,
  SearchQuery,
  SearchResult,
  StatusInfo,
} from '../model.js';
import {
  ApiError,
  ckanErrorFields,
  ckanErrorMessage,
  parseRetryAfter,
  type ApiErrorInit,
  type ApiErrorKind,
} from './ApiError.js';
import {
  isRecord,
  normalizeDataset,
  normalizeDatastorePage,
  normalizeFacets,
  normalizeGroup,
  normalizeOrganization,
  normalizeStatus,
  safeCount,
} from './normalize.js';
import { normalizeListing, normalizeMeeting } from './normalize-bdw.js';
import { datastoreSearchParams, packageSearchParams } from './query.js';

export interface CkanClientOptions {
  /**
   * The portal's address (`https://demo.ckan.org`), or the API root (`…/api/3`,
   * `…/api/3/action`); relative addresses such as `/` resolve against the page.
   */
  baseUrl: string;
  /** Milliseconds before a call fails with an ApiError of kind `timeout` (default 15 000). */
  timeoutMs?: number;
  /** A fetch to use instead of the global one (tests, auth wrappers). */
  fetch?: typeof fetch;
  /** Extra request headers (e.g. `Authorization` for private portals). */
  headers?: Record<string, string>;
  /** Times a 429/503 with `Retry-After` is tried again (default 2). */
  retries?: number;
  /** The longest `Retry-After` waited for before failing (default 10 000 ms); a longer one fails at once. */
  maxRetryWaitMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * Why reading a datastore resource stopped: the reported total was reached; a page came back empty; a page
 * was shorter than its limit (the server has no more, whatever its total said); the row cap was reached.
 */
export type DatastoreEnd = 'total' | 'empty' | 'short' | 'cap';

export interface DatastoreProgress {
  loaded: number;
  total: number | null;
  /** Set on the last report: why reading stopped. */
  end?: DatastoreEnd;
}

/** Milliseconds before a call fails with a `timeout` ApiError, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Addresses longer than this (characters) are sent as POST with a JSON body: proxies refuse long URLs. */
export const MAX_GET_URL = 4000;

/** The longest `Retry-After` the client waits for by itself, unless told otherwise. */
export const MAX_RETRY_WAIT_MS = 10_000;

/** The most rows `datastorePages` reads unless told otherwise: a browser tab's worth of a chart's data. */
export const DATASTORE_MAX_ROWS = 100_000;

/** The rows `datastore_search` returns per call unless told otherwise (CKAN's default). */
const DATASTORE_DEFAULT_LIMIT = 100;

/**
 * A client for the CKAN Action API v3. Every call takes an AbortSignal, fails with a
 * typed {@link ApiError} (or the abort reason when aborted), and returns model objects.
 */
export class CkanClient {
  readonly actionUrl: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxRetryWaitMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly headers: Record<string, string>;

  constructor(options: CkanClientOptions) {
    this.actionUrl = actionRoot(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retries = options.retries ?? 2;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? MAX_RETRY_WAIT_MS;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.headers = { Accept: 'application/json', ...options.headers };
  }

  /**
   * Calls any action and returns its raw `result`: GET with query parameters, or POST with a JSON body when
   * the address would be longer than {@link MAX_GET_URL} (long queries; CKAN reads both). A 429 or 503 with a
   * `Retry-After` of at most `maxRetryWaitMs` is tried again after that wait (up to `retries` times).
   */
  async action(action: string, params: Record<string, string> = {}, { signal }: CallOptions = {}): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(action, params, signal);
      } catch (error) {
        const wait = error instanceof ApiError ? error.retryAfterMs : null;
        if (wait === null || wait > this.maxRetryWaitMs || attempt >= this.retries) throw error;
        await sleep(wait, signal);
      }
    }
  }

  private async attempt(action: string, params: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
    const getUrl = `${this.actionUrl}/${encodeURIComponent(action)}${queryString(params)}`;
    const post = getUrl.length > MAX_GET_URL;
    const url = post ? `${this.actionUrl}/${encodeURIComponent(action)}` : getUrl;
    signal?.throwIfAborted();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    const fail = (kind: ApiErrorKind, message: string, extra: Partial<ApiErrorInit> = {}) =>
      new ApiError(message, { kind, action, url, ...extra });
    // An abort by the caller rethrows its reason; our own abort is a timeout.
    const interrupted = (cause: unknown) =>
      signal?.aborted
        ? signal.reason
        : timeout.signal.aborted
          ? fail('timeout', `${action}: no answer within ${this.timeoutMs} ms`, { cause })
          : null;
    try {
      let response: Response;
      let text: string;
      try {
        const init: RequestInit = post
          ? {
              method: 'POST',
              headers: { ...this.headers, 'Content-Type': 'application/json' },
              body: JSON.stringify(params),
              signal: combined,
            }
          : { headers: this.headers, signal: combined };
        response = await this.fetchImpl(url, init);
        text = await response.text();
      } catch (cause) {
        throw interrupted(cause) ?? fail('network', `${action}: ${errorText(cause)}`, { cause });
      }
      const status = response.status;
      const retryAfterMs =
        status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : null;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw response.ok
          ? fail('invalid-json', `${action}: the response is not JSON`, { status, cause })
          : fail('http', `${action}: HTTP ${status}`, { status, retryAfterMs });
      }
      if (isRecord(body) && body['success'] === false) {
        const error = isRecord(body['error']) ? body['error'] : {};
        const ckanType = typeof error['__type'] === 'string' ? error['__type'] : null;
        throw fail('ckan', ckanErrorMessage(error), {
          status,
          ckanType,
          fields: ckanErrorFields(error),
          retryAfterMs,
        });
      }
      if (!response.ok) throw fail('http', `${action}: HTTP ${status}`, { status, retryAfterMs });
      if (!isRecord(body) || body['success'] !== true || !('result' in body)) {
        throw fail('invalid-json', `${action}: not a CKAN action response`, { status });
      }
      return body['result'];
    } finally {
      clearTimeout(timer);
    }
  }

  async packageSearch(query: SearchQuery = {}, options?: CallOptions): Promise<SearchResult> {
    const params = packageSearchParams(query);
    const result = expectRecord(await this.action('package_search', params, options), 'package_search', this.actionUrl);
    return searchPage(result, params, query.page, normalizeDataset, this.actionUrl);
  }

  /** Data-market listings (`bdw_market_search`); filters on category, price_model, provider_type, format. */
  async marketSearch(query: SearchQuery = {}, options?: CallOptions): Promise<MarketSearchResult> {
    const params = packageSearchParams(query);
    const result = expectRecord(
      await this.action('bdw_market_search', params, options),
      'bdw_market_search',
      this.actionUrl,
    );
    return searchPage(result, params, query.page, normalizeListing, this.actionUrl);
  }

  async marketShow(id: string, options?: CallOptions): Promise<MarketListing> {
    return normalizeListing(
      expectEntity(await this.action('bdw_market_show', { id }, options), 'bdw_market_show', this.actionUrl, [
        'id',
        'title',
      ]),
    );
  }

  /** Council meetings (`bdw_meeting_list`), by start time. */
  async meetingList(query: MeetingQuery = {}, options?: CallOptions): Promise<Meeting[]> {
    const params: Record<string, string> = {};
    if (query.from) params['from'] = query.from;
    if (query.to) params['to'] = query.to;
    if (query.sort) params['sort'] = query.sort;
    if (query.rows !== undefined) params['rows'] = String(query.rows);
    if (query.lang) params['lang'] = query.lang;
    const result = expectRecord(
      await this.action('bdw_meeting_list', params, options),
      'bdw_meeting_list',
      this.actionUrl,
    );
    return recordList(result, 'bdw_meeting_list', this.actionUrl).map(normalizeMeeting);
  }

  async meetingShow(id: string, { lang, ...options }: CallOptions & { lang?: 'ko' | 'en' } = {}): Promise<Meeting> {
    const result = await this.action('bdw_meeting_show', lang ? { id, lang } : { id }, options);
    return normalizeMeeting(expectEntity(result, 'bdw_meeting_show', this.actionUrl, ['id', 'name', 'start']));
  }

  async packageShow(id: string, options?: CallOptions): Promise<Dataset> {
    return normalizeDataset(
      expectEntity(await this.action('package_show', { id }, options), 'package_show', this.actionUrl, ['id', 'name']),
    );
  }

  async organizationList(options?: CallOptions): Promise<Organization[]> {
    const result = await this.action('organization_list', { all_fields: 'true' }, options);
    return (Array.isArray(result) ? result : [])
      .map((raw) => (typeof raw === 'string' ? { name: raw, title: raw } : raw))
      .map(normalizeOrganization)
      .filter((org): org is Organization => org !== null);
  }

  async groupList(options?: CallOptions): Promise<Group[]> {
    const result = await this.action('group_list', { all_fields: 'true' }, options);
    return (Array.isArray(result) ? result : [])
      .map((raw) => (typeof raw === 'string' ? { name: raw, title: raw } : raw))
      .map(normalizeGroup)
      .filter((group): group is Group => group !== null);
  }

  async statusShow(options?: CallOptions): Promise<StatusInfo> {
    return normalizeStatus(expectRecord(await this.action('status_show', {}, options), 'status_show', this.actionUrl));
  }

  /** One page of a datastore resource; `total`, `offset` and `limit` must be safe integers when present. */
  async datastoreSearch(query: DatastoreQuery, options?: CallOptions): Promise<DatastorePage> {
    const result = expectRecord(
      await this.action('datastore_search', datastoreSearchParams(query), options),
      'datastore_search',
      this.actionUrl,
    );
    for (const key of ['total', 'offset', 'limit']) {
      const value = result[key];
      if (value !== undefined && value !== null && safeCount(value) === null) {
        throw new ApiError(`datastore_search: ${key} is not a non-negative safe integer`, {
          kind: 'invalid-json',
          action: 'datastore_search',
          url: this.actionUrl,
        });
      }
    }
    return normalizeDatastorePage(result, {
      resourceId: query.resourceId,
      offset: query.offset ?? 0,
      limit: query.limit ?? DATASTORE_DEFAULT_LIMIT,
    });
  }

  /**
   * Every page of a datastore resource, in order, and always finite. The next offset advances by the limit
   * the server echoed (servers cap `limit`, e.g. `ckan.datastore.search.rows_max`), never by the one requested.
   * Reading stops, and the last progress report says why (`end`): at the reported `total`; at a page shorter
   * than its limit or empty (`short`/`empty`); at `maxRows` (`cap`, default {@link DATASTORE_MAX_ROWS}).
   * A page whose first record repeats the previous page's first record means the server ignores `offset`:
   * an ApiError of kind `paging`, instead of paging forever.
   */
  async *datastorePages(
    query: DatastoreQuery,
    options: CallOptions & { onProgress?: (progress: DatastoreProgress) => void; maxRows?: number } = {},
  ): AsyncGenerator<DatastorePage> {
    const maxRows = options.maxRows ?? DATASTORE_MAX_ROWS;
    let offset = query.offset ?? 0;
    let loaded = 0;
    let previousFirst: string | null = null;
    for (;;) {
      const limit = Math.min(query.limit ?? DATASTORE_DEFAULT_LIMIT, Math.max(1, maxRows - loaded));
      const page = await this.datastoreSearch({ ...query, offset, limit }, options);
      const first = page.records.length > 0 ? JSON.stringify(page.records[0]) : null;
      if (first !== null && first === previousFirst) {
        throw new ApiError(`datastore_search: offset ${offset} answered the rows of offset ${offset - page.limit}`, {
          kind: 'paging',
          action: 'datastore_search',
          url: this.actionUrl,
        });
      }
      previousFirst = first;
      const records = page.records.slice(0, maxRows - loaded);
      loaded += records.length;
      offset = page.offset + page.limit;
      const end: DatastoreEnd | null =
        page.records.length === 0
          ? 'empty'
          : page.total !== null && offset >= page.total
            ? 'total'
            : loaded >= maxRows
              ? 'cap'
              : page.limit <= 0 || page.records.length < page.limit
                ? 'short'
                : null;
      options.onProgress?.({ loaded, total: page.total, ...(end ? { end } : {}) });
      yield records.length === page.records.length ? page : { ...page, records };
      if (end) return;
    }
  }
}

/**
 * One page of a CKAN-style search result. A short page that is not the last one means
 * the server capped `rows`: report the size it really used.
 */
function searchPage<T>(
  result: Record<string, unknown>,
  params: Record<string, string>,
  page: number | undefined,
  normalizeItem: (raw: unknown) => T,
  actionUrl: string,
): { count: number; items: T[]; facets: ReturnType<typeof normalizeFacets>; page: number; pageSize: number } {
  const items = recordList(result, 'search', actionUrl).map(normalizeItem);
  const requested = Number(params['rows']);
  const start = Number(params['start']);
  const count = result['count'] === undefined ? items.length : safeCount(result['count']);
  if (count === null) {
    throw new ApiError('search: count is not a non-negative safe integer', {
      kind: 'invalid-json',
      action: 'search',
      url: actionUrl,
    });
  }
  const capped = items.length > 0 && items.length < requested && start + items.length < count;
  return {
    count,
    items,
    facets: normalizeFacets(result),
    page: page ?? 1,
    pageSize: capped ? items.length : requested,
  };
}

function expectRecord(result: unknown, action: string, actionUrl: string): Record<string, unknown> {
  if (isRecord(result)) return result;
  throw new ApiError(`${action}: unexpected result`, { kind: 'invalid-json', action, url: actionUrl });
}

/** `result.results`, which must be a list; entries that are not objects are dropped, never shown as blank items. */
function recordList(result: Record<string, unknown>, action: string, actionUrl: string): Record<string, unknown>[] {
  const list = result['results'];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    throw new ApiError(`${action}: results is not a list`, { kind: 'invalid-json', action, url: actionUrl });
  }
  const records = list.filter(isRecord);
  if (list.length > 0 && records.length === 0) {
    throw new ApiError(`${action}: no usable results`, { kind: 'invalid-json', action, url: actionUrl });
  }
  return records;
}

/** A shown item (listing, meeting, dataset) must at least name itself: else the answer is not one. */
function expectEntity(result: unknown, action: string, actionUrl: string, keys: string[]): Record<string, unknown> {
  const record = expectRecord(result, action, actionUrl);
  if (keys.some((key) => typeof record[key] === 'string' && record[key] !== '')) return record;
  throw new ApiError(`${action}: unexpected result`, { kind: 'invalid-json', action, url: actionUrl });
}

/** `https://x.org/` → `https://x.org/api/3/action`; keeps an address that already names the API. */
export function actionRoot(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (/\/api\/3\/action$/.test(trimmed)) return trimmed;
  if (/\/api\/3$/.test(trimmed)) return `${trimmed}/action`;
  return `${trimmed}/api/3/action`;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams(params).toString();
  return search ? `?${search}` : '';
}
