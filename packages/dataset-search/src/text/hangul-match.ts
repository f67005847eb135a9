import { canBeChoseong, disassemble, getChoseong } from 'es-hangul';

/**
 * Matching as a Korean reader types: by substring, by initial consonants (`ㅎㅇㄷ` finds `해운대구`, `ㅂㅅㅈㅊ` finds
 * `부산광역시_공영주차장`), and while the last syllable is still being composed (`주ㅊ` and `줓` find `주차`, `부산ㅈ`
 * finds `부산진구`). Loaded lazily with es-hangul, only where the widget filters a list in the browser.
 */

/** How well a text matches, best first; `NONE` is no match. */
export const MATCH = { PREFIX: 4, SUBSTRING: 3, CHOSEONG: 2, COMPOSING: 1, NONE: 0 } as const;

const SPACE = /[\s_\-·.,/()[\]]+/g;
const MAX_CHUNKED = 12;

/** True when every letter of `text` is an initial consonant (`ㅂㅅ ㅈㅊ`). */
export function isChoseongQuery(text: string): boolean {
  const letters = [...text.replace(SPACE, '')];
  return letters.length > 0 && letters.every((c) => canBeChoseong(c));
}

/**
 * `query` found in `text` in order as pieces of two or more letters (or one, at the very end): `ㅂㅅㅈㅊ` in
 * `ㅂㅅㄱㅇㅅㄱㅇㅈㅊㅈ` as `ㅂㅅ` … `ㅈㅊ`. Longest pieces are tried first; queries are short, so the search is small.
 */
function inPieces(query: string, text: string, from = 0): boolean {
  if (query === '') return true;
  for (let length = query.length; length >= Math.min(2, query.length); length--) {
    const piece = query.slice(0, length);
    for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) {
      if (inPieces(query.slice(length), text, at + length)) return true;
    }
  }
  return false;
}

/** The jamo of `text` with the offsets where each syllable starts, so that a match begins on a syllable. */
function jamoOf(text: string): { jamo: string; starts: Set<number> } {
  let jamo = '';
  const starts = new Set<number>();
  for (const char of text) {
    starts.add(jamo.length);
    jamo += disassemble(char);
  }
  return { jamo, starts };
}

/**
 * A scorer for one query: `(text) => score`, higher is better, {@link MATCH}.NONE when `text` does not match. The
 * query is composed (NFC: NFD text from macOS) with its jamo kept, callers having folded it further with
 * `normalizeText`; texts are NFKC-normalised; both lower-cased. Spaces and separators are ignored for the
 * Korean-aware matches.
 */
export function hangulMatcher(query: string): (text: string) => number {
  const q = query.normalize('NFC').toLowerCase().trim();
  if (!q) return () => MATCH.PREFIX;
  const compact = q.replace(SPACE, '');
  const choseong = isChoseongQuery(q) && [...compact].length <= MAX_CHUNKED;
  const qJamo = disassemble(compact);
  return (raw) => {
    const text = raw.normalize('NFKC').toLowerCase();
    if (text.startsWith(q)) return MATCH.PREFIX;
    if (text.includes(q)) return MATCH.SUBSTRING;
    const flat = text.replace(SPACE, '');
    if (choseong) {
      const initials = getChoseong(flat, { keepNonHangul: true });
      return inPieces(compact, initials) ? MATCH.CHOSEONG : MATCH.NONE;
    }
    const { jamo, starts } = jamoOf(flat);
    for (let at = jamo.indexOf(qJamo); at >= 0; at = jamo.indexOf(qJamo, at + 1)) {
      if (starts.has(at)) return MATCH.COMPOSING;
    }
    return MATCH.NONE;
  };
}

/** Items of `list` matching `query`, best first (stable within a score). */
export function rankMatches<T>(list: readonly T[], query: string, text: (item: T) => string | string[]): T[] {
  const score = hangulMatcher(query);
  return list
    .map((item, index) => {
      const texts = text(item);
      return { item, index, score: Math.max(...(Array.isArray(texts) ? texts : [texts]).map(score)) };
    })
    .filter((entry) => entry.score > MATCH.NONE)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}

/** A run of `text` (UTF-16 offsets) that a query word matches. */
type Range = [start: number, end: number];

/** Each character of `text` that is not a separator, with its offsets. */
function units(text: string): { char: string; start: number; end: number }[] {
  const out: { char: string; start: number; end: number }[] = [];
  let at = 0;
  for (const char of text) {
    if (!/[\s_\-·.,/()[\]]/.test(char)) out.push({ char, start: at, end: at + char.length });
    at += char.length;
  }
  return out;
}

/** Where initials match (`ㅂㅅㅈㅊ` in 부설주차장, or in pieces across words), one range per piece. */
function choseongRanges(word: string, text: string): Range[] {
  const all = units(text);
  const initials = all.map((u) => getChoseong(u.char, { keepNonHangul: true }).toLowerCase() || u.char);
  const joined = initials.join('');
  // Offsets in `joined` back to units (an initial is one code unit per character here).
  const found = piecesAt(word, joined);
  return (found ?? []).map(([from, to]) => [all[from]!.start, all[to - 1]!.end]);
}

/** Like {@link inPieces}, with the pieces' positions. */
function piecesAt(query: string, text: string, from = 0): Range[] | null {
  if (query === '') return [];
  for (let length = query.length; length >= Math.min(2, query.length); length--) {
    const piece = query.slice(0, length);
    for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) {
      const rest = piecesAt(query.slice(length), text, at + length);
      if (rest) return [[at, at + length], ...rest];
    }
  }
  return null;
}

/** Where a syllable being typed matches (`주ㅊ`, `줓` → 주차), from a syllable start, across separators. */
function composingRange(word: string, text: string): Range[] {
  const all = units(text);
  const jamo = all.map((u) => disassemble(u.char.toLowerCase()));
  const joined = jamo.join('');
  const starts: number[] = [];
  jamo.reduce((offset, part) => (starts.push(offset), offset + part.length), 0);
  const wanted = disassemble(word);
  for (let at = joined.indexOf(wanted); at >= 0; at = joined.indexOf(wanted, at + 1)) {
    const first = starts.indexOf(at);
    if (first < 0) continue;
    const endAt = at + wanted.length;
    let last = first;
    while (last + 1 < starts.length && starts[last + 1]! < endAt) last++;
    return [[all[first]!.start, all[last]!.end]];
  }
  return [];
}

/**
 * Segments of `text` with every query word marked: whole words case-insensitively, initials (`ㅂㅅㅈㅊ` →
 * 부설주차 in 부설주차장) and a syllable being typed (`주ㅊ` → 주차) by the rules of {@link hangulMatcher}, so
 * that results found by initials are highlighted too. Rendered as text, never HTML.
 */
export function hangulSegments(raw: string, words: readonly string[]): { text: string; match: boolean }[] {
  const text = raw.normalize('NFC');
  const folded = text.toLowerCase();
  const ranges: Range[] = [];
  for (const raw of words) {
    const word = raw.normalize('NFC').toLowerCase();
    if (!word) continue;
    if (isChoseongQuery(word)) ranges.push(...choseongRanges(word, folded));
    else if (/[\u3131-\u3163]/.test(word)) ranges.push(...composingRange(word, folded));
    else
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length))
        ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    segments.push({ text: text.slice(from, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
