import { formatKRW, type Lang, type Price, type PriceModel } from '@bdw/core';
import { msg } from './messages.js';

/** What a card shows for a price: the model's name and, when there is one, the amount. */
export interface PriceText {
  model: PriceModel;
  /** `무료`, `구독`, `Negotiable`, … */
  modelLabel: string;
  /** `월 120만원`, `₩1,200,000 / month`, `가격 문의`; empty for free listings. */
  amount: string;
  /** One line for screen readers and JSON-LD descriptions: label and amount. */
  full: string;
}

const EOK = 100_000_000;
const MAN = 10_000;

/**
 * Korean won as Korean prices are written: `1,200,000` → `120만원`, `1,234,567` →
 * `123만 4,567원`, `150,000,000` → `1억 5,000만원`, `5,500` → `5,500원`. Exact, unlike
 * compact notation (`123.5만`), because a price must not be rounded.
 */
export function formatWonKo(value: number): string {
  const won = Math.round(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  const group = (n: number) => n.toLocaleString('ko-KR');
  const eok = Math.floor(won / EOK);
  const man = Math.floor((won % EOK) / MAN);
  const rest = won % MAN;
  const parts: string[] = [];
  if (eok) parts.push(`${group(eok)}억`);
  if (man) parts.push(`${group(man)}만`);
  if (rest || parts.length === 0) parts.push(group(rest));
  return `${sign}${parts.join(' ')}원`;
}

/** KRW by locale: Korean `120만원`, English `₩1,200,000`. */
export function formatPriceAmount(value: number, lang: Lang): string {
  return lang === 'ko' ? formatWonKo(value) : formatKRW(value, 'en');
}

/** An amount a card can show: a finite, non-negative number. */
function usableAmount(amount: number | null | undefined): number | null {
  return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 ? amount : null;
}

/** The texts for a price in one language. Odd prices (no amount, no unit) fall back to "contact for price". */
export function priceText(price: Price, lang: Lang): PriceText {
  const model = price.model;
  const modelLabel = msg(lang, `price.${model}`);
  const value = usableAmount(price.amount);
  const amount = value === null ? null : formatPriceAmount(value, lang);
  let text: string;
  switch (model) {
    case 'free':
      text = '';
      break;
    case 'negotiation':
      text = msg(lang, 'price.contact');
      break;
    case 'subscription':
      text =
        amount === null
          ? msg(lang, 'price.contact')
          : price.period === 'month'
            ? msg(lang, 'price.perMonth', { amount })
            : price.period === 'year'
              ? msg(lang, 'price.perYear', { amount })
              : amount;
      break;
    case 'one-off':
      text = amount === null ? msg(lang, 'price.contact') : msg(lang, 'price.oneOff', { amount });
      break;
    case 'usage':
      text =
        amount === null
          ? msg(lang, 'price.contact')
          : price.unit
            ? msg(lang, 'price.perUnit', { amount, unit: price.unit })
            : msg(lang, 'price.usageNoUnit', { amount });
      break;
  }
  return { model, modelLabel, amount: text, full: text ? `${modelLabel} · ${text}` : modelLabel };
}

/**
 * The number price sorts compare: free is 0, negotiation and missing amounts are
 * unknown (`null`, sorted last in both directions).
 */
export function priceSortValue(price: Price): number | null {
  if (price.model === 'free') return 0;
  if (price.model === 'negotiation') return null;
  return usableAmount(price.amount);
}
