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
    'error.ckan': '요청을 처리할 수 없습니다: {message}',
    'error.invalid-json': '서버 응답의 형식이 올바르지 않습니다.',
    'error.unknown': '알 수 없는 오류가 발생했습니다: {message}',
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
    'error.ckan': 'The request could not be processed: {message}',
    'error.invalid-json': 'The server sent a response in an unexpected format.',
    'error.unknown': 'An unexpected error occurred: {message}',
    'catalog.noApi': 'No data API address is set.',
  },
} satisfies MessageTable<string>;

export type CoreMessageKey = keyof (typeof coreMessages)['ko'];

export function coreMessage(lang: Lang, key: CoreMessageKey, params?: Record<string, string | number>): string {
  return translate(coreMessages, lang, key, params);
}

/** A sentence a person understands for any failure, in the element's language. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) {
    return coreMessage(lang, `error.${error.kind}`, {
      status: error.status ?? '',
      message: error.message,
    });
  }
  if (isAbortError(error)) return '';
  const message = error instanceof Error ? error.message : String(error);
  return coreMessage(lang, 'error.unknown', { message });
}
