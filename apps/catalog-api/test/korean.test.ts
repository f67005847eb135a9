import { getChoseong } from 'es-hangul';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogRows } from '../src/seed.js';
import { startTestApi, type TestApi } from './server.js';

let api: TestApi;
let titles: string[];

beforeAll(async () => {
  api = await startTestApi();
  titles = readCatalogRows().map((r) => r['목록명'].normalize('NFKC').trim());
});
afterAll(() => api.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function result(name: string, params: Record<string, string>): Promise<any> {
  const res = await fetch(`${api.url}/api/3/action/${name}?${new URLSearchParams(params)}`);
  const body = (await res.json()) as { result: unknown };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.result;
}

describe('one-syllable queries match at any position in a word (unigram columns)', () => {
  it('title:물 finds every title with 물 anywhere: 건축물, 간행물, 농산물', async () => {
    const expected = titles.filter((t) => t.includes('물')).length;
    const found = await result('package_search', { q: 'title:물', rows: '1000', fl: 'title' });
    // Seven shipped datasets have no 물 in their titles, so the list alone gives the count.
    expect(found.count).toBe(expected);
    const words = ['건축물', '간행물', '농산물'];
    for (const word of words) {
      const withWord = titles.filter((t) => t.includes(word)).length;
      expect(withWord).toBeGreaterThan(0);
      const hits = await result('package_search', { q: `title:물 AND title:${word}`, rows: '0' });
      expect(hits.count).toBe(withWord);
    }
    // What the old prefix query on bigrams (물 followed by a syllable) found, against any position now.
    const starting = (await result('package_search', { q: 'title:물*', rows: '0' })).count as number;
    expect(found.count - starting).toBeGreaterThan(500);
  });

  it('물 alone (every field) equals a substring count over title, notes, organisation and tags', async () => {
    const rows = readCatalogRows();
    const expected = rows.filter((r) =>
      `${r['목록명']} ${r['목록설명']} ${r['기관명']} ${r['국가중점여부'] === 'Y' ? '국가중점데이터' : ''}`
        .normalize('NFKC')
        .includes('물'),
    ).length;
    const found = (await result('package_search', { q: '물', rows: '0' })).count as number;
    expect(found).toBeGreaterThanOrEqual(expected);
    expect(found).toBeLessThanOrEqual(expected + 7);
  });
});

describe('choseong and half-typed suggestions (package_autocomplete)', () => {
  const compact = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

  it('ㅂㅅㅈㅊ: titles whose syllables’ initials run ㅂㅅㅈㅊ, word-initial matches (부산 주차…) first', async () => {
    const found = (await result('package_autocomplete', { q: 'ㅂㅅㅈㅊ', limit: '10' })) as { title: string }[];
    expect(found.length).toBe(10);
    for (const s of found) expect(getChoseong(compact(s.title))).toContain('ㅂㅅㅈㅊ');
    const all = titles.filter((t) => getChoseong(compact(t)).includes('ㅂㅅㅈㅊ'));
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.some((t) => t.includes('부산 주차') || t.includes('부설주차'))).toBe(true);
  });

  it.each([
    ['주ㅊ', /주[차-칳]/],
    ['부산ㅈ', /부산[자-짛]/],
    ['주찾', /주차[자-짛]|주찾/],
    ['주차', /주[차-찿]/],
  ])('%s (still being composed) suggests %s', async (q, pattern) => {
    const found = (await result('package_autocomplete', { q, limit: '8' })) as { title: string }[];
    expect(found.length).toBe(8);
    for (const s of found) expect(compact(s.title)).toMatch(pattern);
    expect(await result('package_autocomplete', { q: q.normalize('NFD'), limit: '8' })).toEqual(found);
  });

  it('주찾 reaches 주차장', async () => {
    const found = (await result('package_autocomplete', { q: '주찾', limit: '5' })) as { title: string }[];
    expect(found.some((s) => s.title.includes('주차장'))).toBe(true);
  });
});

describe('the suggestion path of <bdw-dataset-search> (package_search, 6 rows) understands initials too', () => {
  const compact = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

  it('q=ㅂㅅㅈㅊ counts the titles whose initials run ㅂㅅㅈㅊ (es-hangul over the seed)', async () => {
    const expected = titles.filter((t) => getChoseong(compact(t)).includes('ㅂㅅㅈㅊ')).length;
    const found = await result('package_search', { q: 'ㅂㅅㅈㅊ', rows: '6', fl: 'title' });
    expect(found.count).toBe(expected);
    expect(found.results).toHaveLength(6);
  });

  it('q=주ㅊ and q=부산 주ㅊ suggest titles being typed', async () => {
    const found = await result('package_search', { q: '주ㅊ', rows: '6', fl: 'title' });
    expect(found.count).toBe(titles.filter((t) => /주[차-칳]/.test(compact(t))).length);
    const both = await result('package_search', { q: '부산 주ㅊ', rows: '6', fl: 'title' });
    expect(both.count).toBeGreaterThan(0);
    expect(both.count).toBeLessThan(found.count);
    for (const r of both.results) expect(compact(r.title)).toMatch(/주[차-칳]/);
  });
});

describe('other queries to try when nothing is found (bdw_similar_queries)', () => {
  it('splits 해운대해수욕장주차장실시간 into real title words, never bigram fragments', async () => {
    const q = '해운대해수욕장주차장실시간';
    expect((await result('package_search', { q, rows: '0' })).count).toBe(0);
    const similar = (await result('bdw_similar_queries', { q })) as { q: string; count: number }[];
    expect(similar.length).toBeGreaterThanOrEqual(2);
    const titleWords = new Set(titles.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
    for (const s of similar) {
      expect(q).toContain(s.q);
      expect(titleWords.has(s.q)).toBe(true);
      expect(['대해', '장주', '간해'].includes(s.q)).toBe(false);
      expect(s.count).toBe((await result('package_search', { q: s.q, rows: '0' })).count);
    }
    expect(similar.map((s) => s.q)).toEqual(expect.arrayContaining(['주차장', '실시간']));
  });
});

describe('NFD text (pasted from macOS) is normalised everywhere text is matched', () => {
  it('bdw_market_search, autocomplete actions', async () => {
    const market = await result('bdw_market_search', { q: '데이터', rows: '0' });
    expect((await result('bdw_market_search', { q: '데이터'.normalize('NFD'), rows: '0' })).count).toBe(market.count);
    expect(market.count).toBeGreaterThan(0);
    expect(await result('tag_autocomplete', { q: '표준'.normalize('NFD') })).toEqual(['표준데이터']);
    expect(await result('package_autocomplete', { q: '방사선'.normalize('NFD'), limit: '3' })).toEqual(
      await result('package_autocomplete', { q: '방사선', limit: '3' }),
    );
  });
});
