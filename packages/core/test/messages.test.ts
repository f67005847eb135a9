import { describe, expect, it } from 'vitest';
import { ApiError, ckanErrorMessage } from '../src/ckan/ApiError.js';
import { normalizeLang } from '../src/i18n/locale.js';
import { coreMessages, describeError, translate } from '../src/i18n/messages.js';

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(coreMessages.en).sort()).toEqual(Object.keys(coreMessages.ko).sort());
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    const table = { ko: { hi: '{name}님 {x}' }, en: { hi: 'Hi {name} {x}' } };
    expect(translate(table, 'ko', 'hi', { name: '<b>부산</b>' })).toBe('<b>부산</b>님 {x}');
    expect(translate(table, 'en', 'hi', { name: 'Busan' })).toBe('Hi Busan {x}');
  });

  it.each([
    ['network', null, '서버에 연결할 수 없습니다', 'cannot be reached'],
    ['timeout', null, '제때 응답하지', 'did not answer in time'],
    ['http', 502, 'HTTP 502', 'HTTP 502'],
    ['invalid-json', 200, '형식이 올바르지 않습니다', 'unexpected format'],
  ] as const)('describes a %s failure in Korean and English', (kind, status, ko, en) => {
    const error = new ApiError('x', { kind, action: 'package_search', url: '/', status });
    expect(describeError(error, 'ko')).toContain(ko);
    expect(describeError(error, 'en')).toContain(en);
  });

  it("says what kind of CKAN failure it was, in the UI language, without the server's English message", () => {
    const error = new ApiError('Not found', { kind: 'ckan', action: 'package_show', url: '/', status: 404 });
    expect(describeError(error, 'en')).toBe('The requested item was not found.');
    const query = new ApiError('q: at most 64 distinct terms', {
      kind: 'ckan',
      action: 'package_search',
      url: '/',
      status: 409,
      ckanType: 'Validation Error',
    });
    expect(describeError(query, 'ko')).toContain('검색어나 조건을 처리할 수 없습니다');
    expect(describeError(query, 'ko')).not.toContain('distinct');
    expect(describeError(new TypeError('boom'), 'ko')).toBe('알 수 없는 오류가 발생했습니다.');
  });

  it('says nothing for an abort (nothing went wrong)', () => {
    expect(describeError(new DOMException('stop', 'AbortError'), 'ko')).toBe('');
  });

  it('joins validation errors field by field', () => {
    expect(ckanErrorMessage({ __type: 'Validation Error', rows: ['Must be ≤ 1000'], q: 'bad' })).toBe(
      'rows: Must be ≤ 1000; q: bad',
    );
    expect(ckanErrorMessage({ __type: 'Authorization Error' })).toBe('Authorization Error');
  });
});

describe('normalizeLang', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['ko-KR', 'ko'],
    ['ja', 'ko'],
    ['', 'ko'],
    [null, 'ko'],
  ] as const)('%s → %s', (tag, lang) => {
    expect(normalizeLang(tag)).toBe(lang);
  });
});
