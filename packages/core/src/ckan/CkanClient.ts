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
import { ApiError, ckanErrorMessage, type ApiErrorInit, type ApiErrorKind } from './ApiError.js';
import {
  isRecord,
  normalizeDataset,
  normalizeDatastorePage,
  normalizeFacets,
  normalizeGroup,
  normalizeOrganization,
  normalizeStatus,
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
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface DatastoreProgress {
  loaded: number;
  total: number | null;
}

/** Milliseconds before a call fails with a `timeout` ApiError, unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The rows `datastore_search` returns per call unless told otherwise (CKAN's default). */
const DATASTORE_DEFAULT_LIMIT = 100;

/**
 * A client for the CKAN Action API v3. Every call takes an AbortSignal, fails with a
 * typed {@link ApiError} (or the abort reason when aborted), and returns model objects.
 */
export class CkanClient {
  readonly actionUrl: string;
  readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly headers: Record<string, string>;

  constructor(options: CkanClientOptions) {
    this.actionUrl = actionRoot(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.headers = { Accept: 'application/json', ...options.headers };
  }

  /** Calls any action with GET parameters and returns its raw `result`. */
  async action(action: string, params: Record<string, string> = {}, { signal }: CallOptions = {}): Promise<unknown> {
    const url = `${this.actionUrl}/${encodeURIComponent(action)}${queryString(params)}`;
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
        response = await this.fetchImpl(url, { headers: this.headers, signal: combined });
        text = await response.text();
      } catch (cause) {
        throw interrupted(cause) ?? fail('network', `${action}: ${errorText(cause)}`, { cause });
      }
      const status = response.status;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw response.ok
          ? fail('invalid-json', `${action}: the response is not JSON`, { status, cause })
          : fail('http', `${action}: HTTP ${status}`, { status });
      }
      if (isRecord(body) && body['success'] === false) {
        const error = isRecord(body['error']) ? body['error'] : {};
        const ckanType = typeof error['__type'] === 'string' ? error['__type'] : null;
        throw fail('ckan', ckanErrorMessage(error), { status, ckanType });
      }
      if (!response.ok) throw fail('http', `${action}: HTTP ${status}`, { status });
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

  /** One page of a datastore resource. */
  async datastoreSearch(query: DatastoreQuery, options?: CallOptions): Promise<DatastorePage> {
    const result = await this.action('datastore_search', datastoreSearchParams(query), options);
    return normalizeDatastorePage(expectRecord(result, 'datastore_search', this.actionUrl), {
      resourceId: query.resourceId,
      offset: query.offset ?? 0,
      limit: query.limit ?? DATASTORE_DEFAULT_LIMIT,
    });
  }

  /**
   * Every page of a datastore resource, in order. The next offset advances by the
   * limit the server echoed (servers cap `limit`, e.g. `ckan.datastore.search.rows_max`),
   * never by the one requested; stops at the total or at an empty page.
   */
  async *datastorePages(
    query: DatastoreQuery,
    options: CallOptions & { onProgress?: (progress: DatastoreProgress) => void } = {},
  ): AsyncGenerator<DatastorePage> {
    let offset = query.offset ?? 0;
    let loaded = 0;
    for (;;) {
      const page = await this.datastoreSearch({ ...query, offset }, options);
      loaded += page.records.length;
      options.onProgress?.({ loaded, total: page.total });
      yield page;
      offset = page.offset + page.limit;
      if (page.records.length === 0 || page.limit <= 0) return;
      if (page.total !== null && offset >= page.total) return;
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
  const count = typeof result['count'] === 'number' ? result['count'] : items.length;
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

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams(params).toString();
  return search ? `?${search}` : '';
}
