import { normalizeListing } from '@bdw/core';
import { describe, expect, it } from 'vitest';
import { ALL_FACTS, categoryLabel, listingFacts, listingTags, ratingText } from '../src/facts.js';
import { codeLabel } from '../src/messages.js';
import { safeUrl } from '@bdw/core';
import { complete, minimal } from './fixtures.js';

describe('listingFacts', () => {
  it('gives every fact of a complete listing, in order, in Korean', () => {
    const facts = Object.fromEntries(listingFacts(complete, 'ko').map((f) => [f.key, `${f.label}: ${f.value}`]));
    expect(Object.keys(facts)).toEqual([...ALL_FACTS]);
    expect(facts).toEqual({
      license: '이용 조건: 구독 이용약관 (계약 기간 내 이용, 제3자 제공 금지)',
      formats: '형식: CSV, API',
      delivery: '제공 방식: Open API, 파일 다운로드',
      updateFrequency: '갱신 주기: 매월',
      coveragePeriod: '수록 기간: 2020-01 ~ 현재',
      coverageRegion: '공간 범위: 부산광역시 16개 구·군',
      volume: '규모: 월 약 48만 행',
      sample: '샘플: 샘플 제공',
      rating: '평점: 5점 만점에 4.6점 · 리뷰 23개',
      updated: '갱신일: 2026. 11. 5.',
    });
  });

  it('speaks English', () => {
    const facts = Object.fromEntries(listingFacts(complete, 'en').map((f) => [f.key, f.value]));
    expect(facts['delivery']).toBe('Open API, File download');
    expect(facts['updateFrequency']).toBe('Monthly');
    expect(facts['rating']).toBe('4.6 out of 5 · 23 reviews');
    expect(facts['updated']).toBe('Nov 5, 2026');
  });

  it('leaves out what is missing and never says undefined or null', () => {
    for (const lang of ['ko', 'en'] as const) {
      const facts = listingFacts(minimal, lang);
      expect(facts.map((f) => f.key)).toEqual(['sample']);
      const odd = normalizeListing({ price: 7, coverage: 'x', formats: 'CSV', rating: 'five', updated: 'yesterday' });
      const text = JSON.stringify(listingFacts(odd, lang));
      expect(text).not.toMatch(/undefined|null|NaN|Invalid/);
    }
  });

  it('keeps unknown delivery and frequency codes as written', () => {
    const listing = { ...complete, delivery: ['USB 드라이브', 'api'], updateFrequency: '격주' };
    const facts = Object.fromEntries(listingFacts(listing, 'en').map((f) => [f.key, f.value]));
    expect(facts['delivery']).toBe('USB 드라이브, Open API');
    expect(facts['updateFrequency']).toBe('격주');
    expect(codeLabel('ko', 'delivery', 'clean-room')).toBe('데이터 안심구역');
  });
});

describe('ratingText', () => {
  it('clamps to 0–5 and drops a bad review count', () => {
    expect(ratingText(7, 2, 'en')).toBe('5 out of 5 · 2 reviews');
    expect(ratingText(4.25, -1, 'ko')).toBe('5점 만점에 4.3점');
    expect(ratingText(null, 10, 'ko')).toBe('');
  });
});

describe('labels', () => {
  it('translates known categories to English and keeps the rest', () => {
    expect(categoryLabel('교통', 'en')).toBe('Transport');
    expect(categoryLabel('교통', 'ko')).toBe('교통');
    expect(categoryLabel('해양', 'en')).toBe('해양');
  });

  it('dedupes and trims tags', () => {
    expect(listingTags({ ...complete, tags: [' 교통 ', '교통', '', '관광'] })).toEqual(['교통', '관광']);
  });
});

describe('safeUrl (core) on market data', () => {
  it('accepts http(s) and relative addresses only', () => {
    expect(safeUrl('https://x.kr/logo.png')).toBe('https://x.kr/logo.png');
    expect(safeUrl('/logo.svg', { base: 'https://portal.kr/market/' })).toBe('https://portal.kr/logo.svg');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:image/svg+xml,<svg/>', 'vbscript:x', '']) {
      expect(safeUrl(bad, { base: 'https://portal.kr/' })).toBeNull();
    }
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
