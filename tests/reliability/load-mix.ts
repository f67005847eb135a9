import { prng } from './inputs.js';

/**
 * The load test's query mix, as a portal sees it: 70 % of searches among the 20 most frequent queries (Zipf:
 * the first is asked most), 30 % a long tail of words from the catalogue's own titles. Deterministic (a seeded
 * PRNG), so every run and both sides (API and raw SQLite) get the same sequence.
 */
export const FREQUENT = [
  '주차',
  '버스',
  '관광',
  '미세먼지',
  '인구',
  '교통',
  '어린이집',
  'CCTV',
  '공원',
  '도서관',
  '버스 정류장',
  '부산 교통',
  '방사선',
  '병원',
  '학교',
  '문화',
  '축제',
  '날씨',
  '주차장 현황',
  '공공와이파이',
];

/** Share of requests among {@link FREQUENT}. */
export const FREQUENT_SHARE = 0.7;

/** Distinct Hangul words of two or more syllables from titles, in first-seen order, other than the frequent ones. */
export function tailWords(titles: readonly string[], count: number): string[] {
  const frequent = new Set(FREQUENT);
  const words = new Set<string>();
  for (const title of titles) {
    for (const word of title.match(/[\uac00-\ud7a3]{2,}/g) ?? []) if (!frequent.has(word)) words.add(word);
  }
  return [...words].slice(0, count);
}

/** `length` queries: {@link FREQUENT_SHARE} of them Zipf-distributed over FREQUENT, the rest uniform over `tail`. */
export function queryMix(tail: readonly string[], length = 4000, seed = 19): string[] {
  const next = prng(seed);
  const weights = FREQUENT.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickFrequent = () => {
    let r = next() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return FREQUENT[i]!;
    return FREQUENT[0]!;
  };
  return Array.from({ length }, () =>
    next() < FREQUENT_SHARE || tail.length === 0 ? pickFrequent() : tail[Math.floor(next() * tail.length)]!,
  );
}

/** The request the search widget sends for a query: 20 rows and three facets. */
export function searchPath(q: string): string {
  const facets = encodeURIComponent(JSON.stringify(['organization', 'groups', 'res_format']));
  return `/api/3/action/package_search?q=${encodeURIComponent(q)}&rows=20&facet.field=${facets}`;
}
