import { formatCompact, formatNumber, type Lang } from '@bdw/core';

export interface NumberStyle {
  /** Korean 만/억 (English K/M/B) for large numbers. */
  compact?: boolean;
  /** Unit after the number: `명`, `건`, `%`, `원`. */
  unit?: string;
  /** The column holds percentages: `%` is added when no unit is given. */
  percent?: boolean;
}

/**
 * Korean large-number units: `12,345` → `1.2만`, `123,456,789` → `1.2억`, `1.5조`. Intl's Korean
 * compact notation also uses 천 for thousands, which Korean tables do not; below 10,000 the number is written out.
 */
export function formatKoreanUnits(value: number): string {
  const abs = Math.abs(value);
  const steps: [number, string][] = [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
  ];
  for (const [size, unit] of steps) {
    if (abs >= size) return `${formatNumber(value / size, 'ko', { maximumFractionDigits: 1 })}${unit}`;
  }
  return formatNumber(value, 'ko');
}

/** A value as people read it: separators, optional 만/억, unit. */
export function formatValue(value: number | null | undefined, lang: Lang, style: NumberStyle = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const number = style.compact
    ? lang === 'ko'
      ? formatKoreanUnits(value)
      : formatCompact(value, lang)
    : formatNumber(value, lang);
  const unit = style.unit ?? (style.percent ? '%' : '');
  if (!unit) return number;
  // Korean writes units attached (1,234명); English with a space except for %.
  return lang === 'ko' || unit === '%' ? `${number}${unit}` : `${number} ${unit}`;
}
