import { describe, expect, it } from 'vitest';
import { MATCH, hangulMatcher, hangulSegments, isChoseongQuery, rankMatches } from '../src/text/hangul-match.js';
import { foldText, normalizeText } from '../src/text/normalize.js';
import { isIncomplete } from '../src/suggest-titles.js';

describe('normalizeText', () => {
  it('composes NFD (pasted from macOS) and folds full-width forms, as NFKC', () => {
    const nfd = '부산광역시 해운대구'.normalize('NFD');
    expect(nfd).not.toBe('부산광역시 해운대구');
    expect(normalizeText(nfd)).toBe('부산광역시 해운대구');
    expect(normalizeText('ＣＳＶ')).toBe('CSV');
    expect(foldText('ＣＳＶ')).toBe('csv');
  });

  it('keeps the compatibility jamo a keyboard types, which plain NFKC turns into conjoining jamo', () => {
    expect('ㅂㅅ'.normalize('NFKC')).not.toBe('ㅂㅅ'); // U+1107 U+1109: no choseong search reads these
    expect(normalizeText('ㅂㅅㅈㅊ')).toBe('ㅂㅅㅈㅊ');
    expect(normalizeText('주ㅊ')).toBe('주ㅊ');
    expect(normalizeText('부산ㅈ'.normalize('NFD'))).toBe('부산ㅈ');
    // A lone conjoining initial (what an NFD string may hold) reads as the keyboard's jamo too.
    expect(normalizeText('\u1112')).toBe('ㅎ');
  });
});

describe('hangulMatcher', () => {
  const score = (q: string, text: string) => hangulMatcher(q)(text);

  it('ranks prefix over substring over initials over a syllable being typed', () => {
    expect(score('부산', '부산광역시 해운대구')).toBe(MATCH.PREFIX);
    expect(score('해운대', '부산광역시 해운대구')).toBe(MATCH.SUBSTRING);
    expect(score('ㅎㅇㄷ', '부산광역시 해운대구')).toBe(MATCH.CHOSEONG);
    expect(score('해운ㄷ', '부산광역시 해운대구')).toBe(MATCH.COMPOSING);
    expect(score('서울', '부산광역시 해운대구')).toBe(MATCH.NONE);
  });

  it('matches initials in pieces across words and separators: ㅂㅅㅈㅊ finds 부산광역시_공영주차장', () => {
    expect(score('ㅂㅅㅈㅊ', '부산광역시_공영주차장 정보 조회')).toBe(MATCH.CHOSEONG);
    expect(score('ㅂㅅ ㅈㅊ', '부산광역시 해운대구_주차장 정보 조회 서비스')).toBe(MATCH.CHOSEONG);
    expect(score('ㅈㅊㅂㅅ', '부산광역시_공영주차장')).toBe(MATCH.NONE); // order counts
    expect(isChoseongQuery('ㅂㅅ ㅈㅊ')).toBe(true);
    expect(isChoseongQuery('주ㅊ')).toBe(false);
  });

  it('matches a syllable still being composed, from a syllable start only', () => {
    expect(score('주ㅊ', '공영주차장')).toBe(MATCH.COMPOSING);
    expect(score('줓', '공영주차장')).toBe(MATCH.COMPOSING); // 줓 on the way to 주차
    expect(score('부산ㅈ', '부산진구')).toBe(MATCH.COMPOSING);
    expect(score('나', '간아')).toBe(MATCH.NONE); // ㄴㅏ inside 간아 (ㄱㅏㄴㅇㅏ) starts mid-syllable
  });

  it('compares NFD with NFC and ignores case', () => {
    expect(score('해운대'.normalize('NFD'), '부산광역시 해운대구')).toBe(MATCH.SUBSTRING);
    expect(score('csv', 'CSV')).toBe(MATCH.PREFIX);
  });

  it('rankMatches keeps matches only, best first, stable', () => {
    const orgs = [
      '부산광역시교육청 부산광역시해운대교육지원청',
      '부산광역시 해운대구',
      '서울특별시',
      '해운대구 도시관리공단',
    ];
    expect(rankMatches(orgs, '해운대', (o) => o)).toEqual([
      '해운대구 도시관리공단',
      '부산광역시교육청 부산광역시해운대교육지원청',
      '부산광역시 해운대구',
    ]);
  });
});

describe('hangulSegments', () => {
  const marked = (text: string, words: string[]) =>
    hangulSegments(text, words)
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join('');

  it('marks initials, in pieces across words, and a syllable being typed', () => {
    expect(marked('국토교통부_건축인허가 부설주차장', ['ㅂㅅㅈㅊ'])).toBe('국토교통부_건축인허가 [부설주차]장');
    expect(marked('부산광역시_공영주차장 정보 조회', ['ㅂㅅㅈㅊ'])).toBe('[부산]광역시_공영[주차]장 정보 조회');
    expect(marked('공영주차장', ['주ㅊ'])).toBe('공영[주차]장');
    expect(marked('부산광역시 부산진구', ['부산ㅈ'])).toBe('부산광역시 [부산진]구');
  });

  it('marks whole words too, case-insensitively, and keeps the text (as NFC) intact', () => {
    expect(marked('부산광역시 해운대구_주차장 정보', ['부산', 'ㅈㅊ'])).toBe('[부산]광역시 해운대구_[주차]장 정보');
    expect(marked('Parking 주차', ['parking'])).toBe('[Parking] 주차');
    expect(hangulSegments('해운대'.normalize('NFD'), ['해운']).map((s) => s.text)).toEqual(['해운', '대']);
    expect(marked('<b>주차</b>', ['주ㅊ'])).toBe('<b>[주차]</b>');
  });
});

describe('isIncomplete', () => {
  it('is true for jamo and while composing, false for whole words', () => {
    expect(isIncomplete('주차', false)).toBe(false);
    expect(isIncomplete('주ㅊ', false)).toBe(true);
    expect(isIncomplete('ㅂㅅㅈㅊ', false)).toBe(true);
    expect(isIncomplete('줓', true)).toBe(true);
  });
});
