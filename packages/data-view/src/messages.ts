import { describeError, isAbortError, translate, type Lang } from '@bdw/core';
import { DataError } from '@bdw/core/data';

/** Every text of `<bdw-data-table>` and `<bdw-filter>` in Korean and English. Parameters are inserted as text. */
export const messages = {
  ko: {
    'table.label': '데이터 표',
    'table.search': '표에서 찾기',
    'table.searchPlaceholder': '모든 열에서 찾기',
    'table.total': '{count}건',
    'table.download': 'CSV 내려받기',
    'table.downloading': '내려받는 중… {percent}%',
    'table.loading': '표를 불러오는 중입니다…',
    'table.empty': '조건에 맞는 행이 없습니다.',
    'table.emptySearch': '‘{q}’ 검색 결과가 없습니다. 검색어나 필터를 바꿔 보세요.',
    'table.rowLoading': '불러오는 중',
    'table.sortHint': 'Enter 키나 클릭으로 정렬',
    'filter.search': '{label} 값 찾기',
    'filter.more': '더 보기 ({count}개 더)',
    'filter.less': '접기',
    'filter.count': '{count}건',
    'filter.empty': '값이 없습니다.',
    'filter.blank': '(빈 값)',
    'filter.noMatch': '‘{q}’ 검색 결과가 없습니다.',
    'filter.loading': '값을 불러오는 중입니다…',
    'filter.min': '최솟값',
    'filter.max': '최댓값',
    'filter.clear': '지우기',
    'filter.rangeHint': '{min} ~ {max}',
    'error.no-source':
      '보여 줄 표가 없습니다. resource와 api(또는 <bdw-catalog>), src, rows 중 하나를 지정하거나 <bdw-view> 안에 넣어 주세요.',
    'error.no-field': '‘{field}’ 열이 이 표에 없습니다.',
    'error.data': '데이터를 읽지 못했습니다.',
    'error.http': '파일을 받지 못했습니다 (HTTP {status}).',
    'error.network': '서버에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.',
  },
  en: {
    'table.label': 'Data table',
    'table.search': 'Search the table',
    'table.searchPlaceholder': 'Search every column',
    'table.total': '{count} rows',
    'table.download': 'Download CSV',
    'table.downloading': 'Downloading… {percent}%',
    'table.loading': 'Loading the table…',
    'table.empty': 'No rows match.',
    'table.emptySearch': 'No rows match “{q}”. Try other words or filters.',
    'table.rowLoading': 'Loading',
    'table.sortHint': 'Press Enter or click to sort',
    'filter.search': 'Search {label}',
    'filter.more': 'Show more ({count} more)',
    'filter.less': 'Show fewer',
    'filter.count': '{count}',
    'filter.empty': 'No values.',
    'filter.blank': '(empty)',
    'filter.noMatch': 'No values match “{q}”.',
    'filter.loading': 'Loading values…',
    'filter.min': 'Minimum',
    'filter.max': 'Maximum',
    'filter.clear': 'Clear',
    'filter.rangeHint': '{min} to {max}',
    'error.no-source':
      'There is no table to show. Set resource with api (or a <bdw-catalog>), src or rows, or place the element in a <bdw-view>.',
    'error.no-field': 'This table has no column “{field}”.',
    'error.data': 'The data could not be read.',
    'error.http': 'The file could not be downloaded (HTTP {status}).',
    'error.network': 'The server cannot be reached. Check your connection and try again.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['ko'];

export function msg(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return translate(messages, lang, key, params);
}

/** The sentence for a failure: the data's own errors here, the API's from core. */
export function errorText(error: unknown, lang: Lang): string {
  if (isAbortError(error)) return '';
  if (error instanceof DataError) {
    if (error.code === 'no-source') return msg(lang, 'error.no-source');
    if (error.code === 'column') return msg(lang, 'error.no-field', { field: String(error.params['field'] ?? '') });
    if (error.code === 'http') return msg(lang, 'error.http', { status: String(error.params['status'] ?? '') });
    if (error.code === 'network') return msg(lang, 'error.network');
    return msg(lang, 'error.data');
  }
  return describeError(error, lang);
}
