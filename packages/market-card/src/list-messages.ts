import { translate, type Lang, type MessageTable } from '@bdw/core';

/** The texts of `<bdw-market-list>` only (the card's are in messages.ts), in Korean and English. */
export const listMessages = {
  ko: {
    'list.heading': '데이터 상품',
    'list.count': '데이터 상품 {count}건',
    'list.filters': '필터',
    'list.clear': '필터 초기화',
    'list.sort': '정렬',
    'sort.newest': '최신순',
    'sort.popular': '인기순',
    'sort.price-asc': '낮은 가격순',
    'sort.price-desc': '높은 가격순',
    'filter.category': '분류',
    'filter.priceModel': '가격 유형',
    'filter.providerType': '제공 기관 유형',
    'filter.format': '형식',
    'list.empty': '조건에 맞는 데이터 상품이 없습니다.',
    'list.emptyFiltered': '조건에 맞는 데이터 상품이 없습니다. 필터를 줄여 보세요.',
    'list.noSource': '데이터 API 주소(api) 또는 JSON 주소(src)가 설정되지 않았습니다.',
    'pager.label': '페이지',
    'pager.previous': '이전 페이지',
    'pager.next': '다음 페이지',
  },
  en: {
    'list.heading': 'Data products',
    'list.count': '{count} data products',
    'list.filters': 'Filters',
    'list.clear': 'Clear filters',
    'list.sort': 'Sort by',
    'sort.newest': 'Newest',
    'sort.popular': 'Most popular',
    'sort.price-asc': 'Price: low to high',
    'sort.price-desc': 'Price: high to low',
    'filter.category': 'Category',
    'filter.priceModel': 'Price model',
    'filter.providerType': 'Provider type',
    'filter.format': 'Format',
    'list.empty': 'No data products match.',
    'list.emptyFiltered': 'No data products match these filters. Try removing some.',
    'list.noSource': 'No data API address (api) or JSON address (src) is set.',
    'pager.label': 'Pages',
    'pager.previous': 'Previous page',
    'pager.next': 'Next page',
  },
} satisfies MessageTable<string>;

export type ListMessageKey = keyof (typeof listMessages)['ko'];

export function listMsg(lang: Lang, key: ListMessageKey, params?: Record<string, string | number>): string {
  return translate(listMessages, lang, key, params);
}
