import type { MarketListing, Price } from '@bdw/core';

/**
 * Listings for tests, in the catalogue's shape (see apps/catalog-api/data/market-listings.json,
 * which browser tests cannot read: web-test-runner serves this package only).
 */
export const complete: MarketListing = {
  id: 'bnk-district-consumption',
  title: '부산 구·군별 소비 지출 동향 (카드 결제 기반)',
  provider: { name: 'BNK부산은행', type: 'company', logoUrl: null, url: 'https://www.busanbank.co.kr' },
  category: '소비·상권',
  summary: 'BNK부산은행 카드 결제 데이터를 구·군, 업종, 성별·연령대별로 집계한 월간 소비 지출 동향입니다.',
  price: { model: 'subscription', amount: 1_200_000, period: 'month', unit: null },
  license: '구독 이용약관 (계약 기간 내 이용, 제3자 제공 금지)',
  formats: ['CSV', 'API'],
  delivery: ['api', 'file'],
  updateFrequency: 'monthly',
  coverage: { period: '2020-01 ~ 현재', region: '부산광역시 16개 구·군' },
  volume: '월 약 48만 행',
  sampleAvailable: true,
  rating: 4.6,
  reviewCount: 23,
  updated: '2026-11-05T09:00:00Z',
  tags: ['카드소비', '지역경제'],
  isSample: true,
};

/** Only what normalisation guarantees: everything optional is empty. */
export const minimal: MarketListing = {
  id: 'bare',
  title: '',
  provider: { name: '', type: 'company', logoUrl: null, url: null },
  category: '',
  summary: '',
  price: { model: 'negotiation', amount: null, period: null, unit: null },
  license: '',
  formats: [],
  delivery: [],
  updateFrequency: '',
  coverage: { period: null, region: null },
  volume: null,
  sampleAvailable: false,
  rating: null,
  reviewCount: null,
  updated: null,
  tags: [],
  isSample: false,
};

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** Every text field hostile. */
export const hostile: MarketListing = {
  ...complete,
  id: 'xss"><svg onload=alert(1)>',
  title: `${XSS} 제목`,
  summary: `${XSS} 요약 </script>`,
  provider: { name: `${XSS} 기관`, type: 'public', logoUrl: 'javascript:window.__xss=3', url: 'javascript:alert(1)' },
  category: XSS,
  license: XSS,
  formats: [XSS],
  delivery: [XSS],
  updateFrequency: XSS,
  coverage: { period: XSS, region: XSS },
  volume: XSS,
  tags: [XSS],
};

export const prices: Record<Price['model'], Price> = {
  free: { model: 'free', amount: null, period: null, unit: null },
  negotiation: { model: 'negotiation', amount: null, period: null, unit: null },
  subscription: { model: 'subscription', amount: 1_200_000, period: 'month', unit: null },
  'one-off': { model: 'one-off', amount: 3_000_000, period: null, unit: null },
  usage: { model: 'usage', amount: 5_000, period: null, unit: '1,000건 호출' },
};

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length]!;

/** 30 varied listings for list tests: every price model, both provider types, four categories. */
export const many: MarketListing[] = Array.from({ length: 30 }, (_, i) => {
  const model = pick(['free', 'negotiation', 'subscription', 'one-off', 'usage'] as const, i);
  return {
    ...complete,
    id: `listing-${String(i + 1).padStart(2, '0')}`,
    title: `시험 데이터 상품 ${i + 1}`,
    provider: {
      ...complete.provider,
      name: pick(['부산교통공사', '삼성카드', '부산관광공사'], i),
      type: i % 3 === 1 ? 'company' : 'public',
    },
    category: pick(['교통', '관광', '환경', '소비·상권'], i),
    price: { ...prices[model], amount: prices[model].amount === null ? null : (prices[model].amount ?? 0) + i * 1000 },
    formats: i % 2 ? ['CSV'] : ['JSON', 'API'],
    rating: i % 4 === 0 ? null : 3 + (i % 3) * 0.5,
    reviewCount: i % 4 === 0 ? null : i,
    updated: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  };
});
