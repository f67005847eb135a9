import type { MessageTable } from '../i18n/messages.js';

export const viewMessages = {
  ko: {
    activeFilters: '적용된 필터',
    removeFilter: '{value} 필터 해제',
    clearAll: '모두 해제',
    range: '{min}~{max}',
    from: '{min} 이상',
    to: '{max} 이하',
    blank: '(빈 값)',
    summary: '필터 {count}개 적용됨',
  },
  en: {
    activeFilters: 'Active filters',
    removeFilter: 'Remove filter {value}',
    clearAll: 'Clear all',
    range: '{min}–{max}',
    from: '{min} or more',
    to: 'up to {max}',
    blank: '(blank)',
    summary: '{count} filters applied',
  },
} satisfies MessageTable<string>;
