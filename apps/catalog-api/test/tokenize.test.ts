import { describe, expect, it } from 'vitest';
import { indexText, matchExpression, termExpression, unigramText } from '../src/tokenize.js';

describe('indexText', () => {
  it('indexes Hangul as overlapping syllable bigrams', () => {
    expect(indexText('공영주차장')).toBe('공영 영주 주차 차장');
    expect(indexText('환경방사선 현황')).toBe('환경 경방 방사 사선 현황');
  });

  it('keeps Latin and digit runs as lowercase words, split from Hangul', () => {
    expect(indexText('CCTV설치현황 2021년 Open-API')).toBe('cctv 설치 치현 현황 2021 년 open api');
  });

  it('keeps a one-syllable word as itself and drops punctuation', () => {
    expect(indexText('구 (부산) · 시')).toBe('구 부산 시');
  });

  it('normalises full-width forms', () => {
    expect(indexText('ＡＰＩ１')).toBe('api1');
  });
});

describe('matchExpression', () => {
  it('turns each word into a phrase of its tokens, AND-ed', () => {
    expect(matchExpression('주차')).toBe('"주차"');
    expect(matchExpression('방사선')).toBe('"방사 사선"');
    expect(matchExpression('부산 주차장')).toBe('"부산" AND "주차 차장"');
  });

  it('makes a lone syllable a token of the unigram columns (any position), or with * a prefix on the bigrams', () => {
    expect(matchExpression('차')).toBe('"차"');
    expect(termExpression('차', { prefix: true })).toBe('{title notes org tags} : "차"*');
    expect(unigramText('건축물 건물')).toBe('건 축 물');
  });

  it('lets no FTS5 syntax through', () => {
    expect(matchExpression('" OR title:* NEAR(a b) -x ^y')).toBe(
      '"or" AND "title" AND "near a" AND "b" AND "x" AND "y"',
    );
    expect(matchExpression('"); DROP TABLE packages; --')).toBe('"drop" AND "table" AND "packages"');
    expect(matchExpression('*** ---')).toBeNull();
    expect(matchExpression('')).toBeNull();
  });
});
