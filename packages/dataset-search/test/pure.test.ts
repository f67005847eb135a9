import { describe, expect, it } from 'vitest';
import { excerpt, highlight, queryWords } from '../src/highlight.js';
import { datasetHref } from '../src/href.js';
import { lastPage, pageItems } from '../src/pagination.js';
import { activeFilters, clearFilters, initialState, toQuery, toggleFilter, withQuery } from '../src/search-state.js';
import { similarQueries } from '../src/similar.js';
import { readState, writeState } from '../src/url-state.js';
import type { Dataset } from '@bdw/core';

describe('search state', () => {
  it('toggles facet values (OR within a field) and goes back to page 1', () => {
    let state = { ...initialState(), page: 3 };
    state = toggleFilter(state, 'organization', 'a');
    state = toggleFilter(state, 'organization', 'b');
    state = toggleFilter(state, 'groups', 'x');
    expect(state.filters).to.deep.equal({ organization: ['a', 'b'], groups: ['x'] });
    expect(state.page).toBe(1);
    state = toggleFilter(state, 'groups', 'x');
    expect(state.filters).toEqual({ organization: ['a', 'b'] });
    expect(activeFilters(state)).toEqual([
      { field: 'organization', value: 'a' },
      { field: 'organization', value: 'b' },
    ]);
    expect(clearFilters(state).filters).toEqual({});
  });

  it('asks for the newest first when relevance has no words to rank', () => {
    expect(toQuery(initialState(), ['groups']).sort).toBe('newest');
    expect(toQuery(withQuery(initialState(), '주차'), ['groups']).sort).toBe('relevance');
  });
});

describe('URL state', () => {
  const facets = ['organization', 'groups'];
  it('round-trips under a namespace and leaves other parameters alone', () => {
    const state = { q: '주차 장', filters: { organization: ['a', 'b'] }, sort: 'newest', page: 3, pageSize: 20 };
    const params = writeState(new URLSearchParams('x=1&other.q=keep'), 'ds', state, facets);
    expect(params.toString()).toBe(
      'x=1&other.q=keep&ds.q=%EC%A3%BC%EC%B0%A8+%EC%9E%A5&ds.organization=a&ds.organization=b&ds.sort=newest&ds.page=3&ds.size=20',
    );
    expect(readState(params, 'ds', facets, initialState())).toEqual(state);
    expect(readState(params, 'other', facets, initialState()).q).toBe('keep');
  });

  it('ignores invalid values', () => {
    const params = new URLSearchParams('ds.page=-2&ds.size=7&ds.sort=drop&ds.secret=1');
    expect(readState(params, 'ds', ['groups'], initialState())).toEqual(initialState());
  });
});

describe('highlight and excerpt', () => {
  it('marks every occurrence of every word, longest first, case-insensitively', () => {
    expect(highlight('부산 공영주차장 주차 정보', queryWords('주차 주차장'))).toEqual([
      { text: '부산 공영', match: false },
      { text: '주차장', match: true },
      { text: ' ', match: false },
      { text: '주차', match: true },
      { text: ' 정보', match: false },
    ]);
    expect(highlight('Open API', ['api'])).toEqual([
      { text: 'Open ', match: false },
      { text: 'API', match: true },
    ]);
  });

  it('treats regex characters in queries literally', () => {
    expect(highlight('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
    ]);
  });

  it('cuts a window around the first match with ellipses', () => {
    const long = `${'가'.repeat(300)} 주차 ${'나'.repeat(300)}`;
    const cut = excerpt(long, ['주차'], 100);
    expect(cut).toContain('주차');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(excerpt('짧은 설명', ['x'])).toBe('짧은 설명');
  });
});

describe('pagination', () => {
  it('offers only the pages the server has, by the page size it really used', () => {
    expect(lastPage(12_345, 20)).toBe(618);
    expect(lastPage(0, 20)).toBe(1);
    expect(pageItems(6, 20).map((i) => ('gap' in i ? '…' : i.page))).toEqual([1, '…', 4, 5, 6, 7, 8, '…', 20]);
    expect(pageItems(1, 3).map((i) => ('gap' in i ? '…' : i.page))).toEqual([1, 2, 3]);
  });
});

describe('similar queries', () => {
  it('splits several words, and a long Korean compound into two-syllable parts', () => {
    expect(similarQueries('부산 공영주차장')).toEqual(['부산', '공영주차장']);
    expect(similarQueries('공영주차장요금')).toEqual(['공영', '주차', '장요', '요금']);
    expect(similarQueries('주차')).toEqual([]);
  });
});

describe('result links', () => {
  const dataset = { id: 'a/b', name: 'x y' } as Dataset;
  it('fills {id} and {name} URL-encoded, and refuses other schemes', () => {
    expect(datasetHref('/dataset/{name}', dataset)).toBe('/dataset/x%20y');
    expect(datasetHref('https://x.kr/d?id={id}', dataset)).toBe('https://x.kr/d?id=a%2Fb');
    expect(datasetHref('javascript:alert({id})', dataset)).toBeNull();
    expect(datasetHref(undefined, dataset)).toBeNull();
  });

  it('refuses the obfuscated schemes that passed the old pattern (the browser strips tabs, newlines and controls)', () => {
    for (const template of [
      '\u0001javascript:alert({id})',
      ' \tjavascript:alert({id})',
      'java\tscript:alert({id})',
      'java\nscript:alert({id})',
    ]) {
      expect(datasetHref(template, dataset), JSON.stringify(template)).toBeNull();
    }
    // A value can never bring its own scheme: a template that is only a placeholder yields a relative path.
    expect(datasetHref('{name}', { id: '1', name: 'javascript:alert(1)' } as Dataset)).toBe('javascript%3Aalert(1)');
  });
});
