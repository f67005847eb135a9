import { formatDate, formatNumber, type Lang, type MarketListing } from '@bdw/core';
import { codeLabel, msg, type MarketMessageKey } from './messages.js';

/** The listing details a card can show as label/value rows. */
export type FactKey =
  | 'license'
  | 'formats'
  | 'delivery'
  | 'updateFrequency'
  | 'coveragePeriod'
  | 'coverageRegion'
  | 'volume'
  | 'sample'
  | 'rating'
  | 'updated';

export interface Fact {
  key: FactKey;
  label: string;
  /** Text, never HTML. */
  value: string;
}

/** Every fact, in display order (the full variant). */
export const ALL_FACTS: readonly FactKey[] = [
  'license',
  'formats',
  'delivery',
  'updateFrequency',
  'coveragePeriod',
  'coverageRegion',
  'volume',
  'sample',
  'rating',
  'updated',
];

const LABELS: Record<FactKey, MarketMessageKey> = {
  license: 'field.license',
  formats: 'field.formats',
  delivery: 'field.delivery',
  updateFrequency: 'field.updateFrequency',
  coveragePeriod: 'field.coveragePeriod',
  coverageRegion: 'field.coverageRegion',
  volume: 'field.volume',
  sample: 'field.sample',
  rating: 'field.rating',
  updated: 'field.updated',
};

const CATEGORY_EN: Record<string, string> = {
  교통: 'Transport',
  관광: 'Tourism',
  환경: 'Environment',
  '소비·상권': 'Consumer spending',
  금융: 'Finance',
  '도시·주거': 'Urban & housing',
  '산업·경제': 'Industry & economy',
  안전: 'Safety',
};

/** Categories are Korean in the data; English pages get a translation of the known ones. */
export function categoryLabel(category: string, lang: Lang): string {
  return (lang === 'en' && CATEGORY_EN[category]) || category;
}

const clean = (values: readonly string[]) => values.map((v) => v.trim()).filter(Boolean);

/** `4.6` → ko `5점 만점에 4.6점 · 리뷰 23개`; empty without a rating. Ratings are clamped to 0–5. */
export function ratingText(rating: number | null, reviewCount: number | null, lang: Lang): string {
  if (rating === null || !Number.isFinite(rating)) return '';
  const value = formatNumber(Math.min(5, Math.max(0, rating)), lang, { maximumFractionDigits: 1 });
  const parts = [msg(lang, 'rating.value', { rating: value })];
  if (reviewCount !== null && Number.isFinite(reviewCount) && reviewCount >= 0) {
    parts.push(msg(lang, 'rating.reviews', { count: formatNumber(Math.floor(reviewCount), lang) }));
  }
  return parts.join(' · ');
}

function factValue(key: FactKey, listing: MarketListing, lang: Lang): string {
  switch (key) {
    case 'license':
      return listing.license.trim();
    case 'formats':
      return clean(listing.formats).join(', ');
    case 'delivery':
      return clean(listing.delivery)
        .map((code) => codeLabel(lang, 'delivery', code))
        .join(', ');
    case 'updateFrequency':
      return listing.updateFrequency.trim() ? codeLabel(lang, 'frequency', listing.updateFrequency.trim()) : '';
    case 'coveragePeriod':
      return listing.coverage.period?.trim() ?? '';
    case 'coverageRegion':
      return listing.coverage.region?.trim() ?? '';
    case 'volume':
      return listing.volume?.trim() ?? '';
    case 'sample':
      return msg(lang, listing.sampleAvailable ? 'sample.available' : 'sample.unavailable');
    case 'rating':
      return ratingText(listing.rating, listing.reviewCount, lang);
    case 'updated':
      return listing.updated ? formatDate(listing.updated, lang) : '';
  }
}

/** The facts of a listing that have a value, in the order asked; missing fields are left out. */
export function listingFacts(listing: MarketListing, lang: Lang, keys: readonly FactKey[] = ALL_FACTS): Fact[] {
  return keys
    .map((key) => ({ key, label: msg(lang, LABELS[key]), value: factValue(key, listing, lang) }))
    .filter((fact) => fact.value !== '');
}

/** Tags without blanks or duplicates. */
export function listingTags(listing: MarketListing): string[] {
  return [...new Set(clean(listing.tags))];
}
