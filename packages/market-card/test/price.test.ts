import { describe, expect, it } from 'vitest';
import { formatPriceAmount, formatWonKo, priceSortValue, priceText } from '../src/price.js';
import { prices } from './fixtures.js';

describe('formatWonKo', () => {
  it.each([
    [0, '0원'],
    [20, '20원'],
    [5_500, '5,500원'],
    [10_000, '1만원'],
    [1_200_000, '120만원'],
    [1_234_567, '123만 4,567원'],
    [12_000_000, '1,200만원'],
    [150_000_000, '1억 5,000만원'],
    [300_000_000, '3억원'],
    [1_000_000_000_000, '10,000억원'],
  ])('%d → %s', (value, text) => {
    expect(formatWonKo(value)).toBe(text);
  });

  it('rounds to whole won and keeps the sign', () => {
    expect(formatWonKo(999.6)).toBe('1,000원');
    expect(formatWonKo(-20_000)).toBe('-2만원');
  });
});

describe('formatPriceAmount', () => {
  it('writes 120만원 in Korean and ₩1,200,000 in English', () => {
    expect(formatPriceAmount(1_200_000, 'ko')).toBe('120만원');
    expect(formatPriceAmount(1_200_000, 'en')).toBe('₩1,200,000');
  });
});

describe('priceText', () => {
  it.each([
    ['free', 'ko', '무료', ''],
    ['free', 'en', 'Free', ''],
    ['negotiation', 'ko', '가격 협의', '가격 문의'],
    ['negotiation', 'en', 'Negotiable', 'Contact for price'],
    ['subscription', 'ko', '구독', '월 120만원'],
    ['subscription', 'en', 'Subscription', '₩1,200,000 / month'],
    ['one-off', 'ko', '1회 구매', '300만원'],
    ['one-off', 'en', 'One-off purchase', '₩3,000,000'],
    ['usage', 'ko', '사용량 과금', '1,000건 호출당 5,000원'],
    ['usage', 'en', 'Usage-based', '₩5,000 per 1,000건 호출'],
  ] as const)('%s in %s', (model, lang, label, amount) => {
    const text = priceText(prices[model], lang);
    expect(text.modelLabel).toBe(label);
    expect(text.amount).toBe(amount);
    expect(text.full).toBe(amount ? `${label} · ${amount}` : label);
  });

  it('writes yearly subscriptions per year', () => {
    const yearly = { ...prices.subscription, amount: 9_600_000, period: 'year' as const };
    expect(priceText(yearly, 'ko').amount).toBe('연 960만원');
    expect(priceText(yearly, 'en').amount).toBe('₩9,600,000 / year');
    expect(priceText({ ...yearly, period: null }, 'en').amount).toBe('₩9,600,000');
  });

  it('asks for a price when an amount is missing or odd, never shows NaN or undefined', () => {
    for (const amount of [null, Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      for (const model of ['subscription', 'one-off', 'usage'] as const) {
        const text = priceText({ ...prices[model], amount }, 'ko');
        expect(text.amount).toBe('가격 문의');
        expect(text.full).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
    expect(priceText({ ...prices.usage, unit: null }, 'en').amount).toBe('₩5,000 per use');
  });
});

describe('priceSortValue', () => {
  it('counts free as 0 and negotiated or unknown prices as unknown', () => {
    expect(priceSortValue(prices.free)).toBe(0);
    expect(priceSortValue(prices.negotiation)).toBeNull();
    expect(priceSortValue(prices['one-off'])).toBe(3_000_000);
    expect(priceSortValue({ ...prices['one-off'], amount: null })).toBeNull();
  });
});
