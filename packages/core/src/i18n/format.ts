import type { Lang } from './messages.js';

/** All dates and times are shown in Busan's zone, whatever the viewer's. */
export const SEOUL = 'Asia/Seoul';

const LOCALES: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

// Intl constructors are slow; a results list formats hundreds of values.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[lang], options));
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    `d|${lang}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { timeZone: SEOUL, ...options }),
  );
}

/** `12345.6` → `12,345.6`. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/**
 * Short form for large numbers: ko `1.2만`, `3.4억`; en `12K`, `340M`.
 * Korean groups by 10⁴ (만) and 10⁸ (억), which Intl's compact notation follows.
 */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * Korean won. Default `₩1,200,000`; with `compact` Korean reads `120만원`
 * (English `₩1.2M`).
 */
export function formatKRW(value: number, lang: Lang, { compact = false } = {}): string {
  if (compact && lang === 'ko') return `${formatCompact(value, 'ko')}원`;
  return numberFormat(lang, {
    style: 'currency',
    currency: 'KRW',
    currencyDisplay: 'symbol',
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  }).format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `1536` → `1.5 kB` (ko `1.5kB`); binary steps of 1024, as file sizes are usually meant. */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

function toDate(value: Date | string | number): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2025-05-23` → ko `2025. 5. 23.`, en `May 23, 2025` (in Asia/Seoul). Empty for an invalid date. */
export function formatDate(value: Date | string | number, lang: Lang): string {
  const date = toDate(value);
  return date ? dateFormat(lang, { dateStyle: 'medium' }).format(date) : '';
}

/**
 * Date and time in Asia/Seoul: ko `2025. 5. 23. 14:00` (24-hour, as Korean public notices
 * write it), en `May 23, 2025, 2:00 PM`.
 */
export function formatDateTime(value: Date | string | number, lang: Lang): string {
  const date = toDate(value);
  const hourCycle = lang === 'ko' ? 'h23' : 'h12';
  return date ? dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short', hourCycle }).format(date) : '';
}

/** Time of day in Asia/Seoul, 24-hour: `14:00`. */
export function formatTime(value: Date | string | number, lang: Lang): string {
  const date = toDate(value);
  return date ? dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date) : '';
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** `3일 전` / `3 days ago`, `내일` / `tomorrow`; relative to `now` (injectable for tests). */
export function formatRelativeTime(value: Date | string | number, lang: Lang, now: Date | number = Date.now()): string {
  const date = toDate(value);
  if (!date) return '';
  const seconds = (date.getTime() - (typeof now === 'number' ? now : now.getTime())) / 1000;
  const format = cached(
    `r|${lang}`,
    () => new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' }),
  ) as Intl.RelativeTimeFormat;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return '';
}
