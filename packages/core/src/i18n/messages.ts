import { ApiError, isAbortError } from '../ckan/ApiError.js';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];
export const DEFAULT_LANG: Lang = 'ko';

/** A message table per language; every language has every key (checked by the type). */
export type MessageTable<K extends string> = Record<Lang, Record<K, string>>;

/**
 * Looks up `key` and fills `{name}` placeholders. Parameters are inserted as
 * text; callers render the result as text, never as HTML.
 */
export function translate<K extends string>(
  table: MessageTable<K>,
  lang: Lang,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const template = table[lang][key] ?? table[DEFAULT_LANG][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Messages every widget shares: states and API failures. */
export const coreMessages = {
  ko: {
    loading: '불러오는 중…',
    retry: '다시 시도',
    empty: '표시할 데이터가 없습니다.',
    'error.title': '데이터를 불러오지 못했습니다',
    'error.network': '서버에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.',
    'error.timeout': '서버가 제때 응답하지 않았습니다. 잠시 후 다시 시도해 주세요.',
    'error.http': '서버 오류가 발생했습니다 (HTTP {status}).',
    'error.ckan': '서버가 요청을 처리하지 못했습니다.',
    'error.not-found': '요청한 항목을 찾을 수 없습니다.',
    'error.forbidden': '이 요청을 처리할 권한이 없습니다.',
    'error.query': '검색어나 조건을 처리할 수 없습니다. 더 짧거나 간단하게 바꿔 다시 시도해 주세요.',
    'error.busy': '요청이 많아 서버가 잠시 쉬어 가기를 요청했습니다. {seconds}초 뒤에 다시 시도해 주세요.',
    'error.invalid-json': '서버 응답의 형식이 올바르지 않습니다.',
    'error.paging': '서버가 다음 쪽 대신 같은 행을 되풀이해 보내 데이터를 끝까지 읽을 수 없습니다.',
    'error.unknown': '알 수 없는 오류가 발생했습니다.',
    'catalog.noApi': '데이터 API 주소가 설정되지 않았습니다.',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    empty: 'There is no data to show.',
    'error.title': 'The data could not be loaded',
    'error.network': 'The server cannot be reached. Check your connection and try again.',
    'error.timeout': 'The server did not answer in time. Please try again shortly.',
    'error.http': 'The server reported an error (HTTP {status}).',
    'error.ckan': 'The server could not process the request.',
    'error.not-found': 'The requested item was not found.',
    'error.forbidden': 'You are not allowed to make this request.',
    'error.query': 'The search or its filters could not be processed. Make it shorter or simpler and try again.',
    'error.busy': 'The server is busy and asked to wait. Please try again in {seconds} s.',
    'error.invalid-json': 'The server sent a response in an unexpected format.',
    'error.paging':
      'The server sent the same rows again instead of the next page, so the data cannot be read to the end.',
    'error.unknown': 'An unexpected error occurred.',
    'catalog.noApi': 'No data API address is set.',
  },
} satisfies MessageTable<string>;

export type CoreMessageKey = keyof (typeof coreMessages)['ko'];

export function coreMessage(lang: Lang, key: CoreMessageKey, params?: Record<string, string | number>): string {
  return translate(coreMessages, lang, key, params);
}

/** The message key for an API failure: by CKAN's error type and status where they say more than the kind. */
function apiErrorKey(error: ApiError): CoreMessageKey {
  if (error.status === 429 || (error.status === 503 && error.retryAfterMs !== null)) return 'error.busy';
  if (error.kind !== 'ckan') return `error.${error.kind}`;
  if (error.ckanType === 'Not Found Error' || error.status === 404) return 'error.not-found';
  if (error.ckanType === 'Authorization Error' || error.status === 403) return 'error.forbidden';
  if (error.ckanType === 'Search Error' || error.ckanType === 'Validation Error' || error.status === 400) {
    return 'error.query';
  }
  return 'error.ckan';
}

/** Errors already written to the console, so that a render that repeats does not repeat the log. */
const logged = new WeakSet<object>();

/** Keeps the technical detail (server message, stack) for the developer: once per error, in the console. */
export function logDetail(error: unknown): void {
  if (typeof error !== 'object' || error === null || logged.has(error)) return;
  logged.add(error);
  globalThis.console?.warn('[bdw]', error);
}

/**
 * A sentence a person understands for any failure, in the element's language, without technical detail
 * (server messages are English and name parameters): that goes to the console once.
 */
export function describeError(error: unknown, lang: Lang): string {
  if (isAbortError(error)) return '';
  logDetail(error);
  if (error instanceof ApiError) {
    return coreMessage(lang, apiErrorKey(error), {
      status: error.status ?? '',
      seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000)),
    });
  }
  return coreMessage(lang, 'error.unknown');
}
