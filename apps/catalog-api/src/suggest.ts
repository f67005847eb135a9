import type Database from 'better-sqlite3';
import { getChoseong } from 'es-hangul';
import { normalizeText } from './normalize.js';
import { prepare } from './statements.js';
import { termExpression } from './tokenize.js';

/**
 * Title suggestions while typing (`package_autocomplete`) and other queries to try when a search finds nothing
 * (`bdw_similar_queries`), from two tables the seed builds: `package_suggest` (each title compacted, and its
 * initials) and `title_words` (every word of every title, with the number of titles that have it).
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const PER_CHOSEONG = 588; // 21 vowels × 28 finals
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
// Finals in Unicode order (index 0: none); only those that can also begin a syllable are listed by letter.
const JONGSEONG = [
  '',
  'ㄱ',
  'ㄲ',
  '',
  'ㄴ',
  '',
  '',
  'ㄷ',
  'ㄹ',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'ㅁ',
  'ㅂ',
  '',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];

/** A title as suggestions match it: normalised, without spaces. */
const compact = (text: string) => normalizeText(text).replace(/\s+/g, '');

/** The `package_suggest` row of a title: its compact form and the initials of its Hangul syllables. */
export function suggestRow(title: string): { compact: string; choseong: string } {
  const text = compact(title);
  return { compact: text, choseong: getChoseong(text) };
}

/** Overlapping pairs of initials (`ㅂㅅㅈㅊ` → `ㅂㅅ ㅅㅈ ㅈㅊ`): the text of `suggest_fts`, and of its queries. */
export function initialsText(choseong: string): string {
  const chars = [...choseong];
  return chars
    .slice(0, -1)
    .map((c, i) => c + chars[i + 1]!)
    .join(' ');
}

/** Words of a title for `title_words`: runs of letters and digits, two characters or more. */
export function titleWords(title: string): string[] {
  return [...new Set(normalizeText(title).split(/[^\p{L}\p{N}]+/u))].filter((w) => [...w].length >= 2);
}

const chr = (code: number) => String.fromCodePoint(code);
/** The initial of one syllable, by arithmetic (what getChoseong gives, without its per-call cost in a hot loop). */
const choseongOf = (syllable: string) =>
  CHOSEONG[Math.floor((syllable.codePointAt(0)! - SYLLABLE_FIRST) / PER_CHOSEONG)]!;
const isSyllable = (c: string) => c.codePointAt(0)! >= SYLLABLE_FIRST && c.codePointAt(0)! <= SYLLABLE_LAST;
const globLiteral = (c: string) => (/[*?[]/.test(c) ? `[${c}]` : c);

/** One position of a typing pattern: a literal character or a range of syllables. */
type Slot = string | { from: number; to: number };

const choseongSlot = (choseong: string): Slot => {
  const from = SYLLABLE_FIRST + CHOSEONG.indexOf(choseong) * PER_CHOSEONG;
  return { from, to: from + PER_CHOSEONG - 1 };
};

/**
 * What the user may be typing, as alternatives of slots: a lone initial stands for any syllable it begins
 * (`주ㅊ` → `주[차-칳]`); the last syllable may still take a final (`주차` → `주[차-찿]`), or its final may be the
 * next syllable's initial (`주찾` is on the way to `주차장`: also `주차[자-짛]`).
 */
function typingSlots(text: string): Slot[][] {
  const chars = [...text];
  const head = chars.slice(0, -1).map((c) => (CHOSEONG.includes(c) ? choseongSlot(c) : c));
  const last = chars.at(-1)!;
  if (CHOSEONG.includes(last)) return [[...head, choseongSlot(last)]];
  if (!isSyllable(last)) return [[...head, last]];
  const code = last.codePointAt(0)!;
  const final = (code - SYLLABLE_FIRST) % 28;
  if (final === 0) return [[...head, { from: code, to: code + 27 }]];
  const moved = JONGSEONG[final]!;
  const alternatives: Slot[][] = [[...head, last]];
  if (moved && CHOSEONG.includes(moved)) alternatives.push([...head, chr(code - final), choseongSlot(moved)]);
  return alternatives;
}

const globOf = (slots: Slot[]) =>
  slots.map((s) => (typeof s === 'string' ? globLiteral(s) : `[${chr(s.from)}-${chr(s.to)}]`)).join('');
const slotMatches = (slot: Slot, c: string) =>
  typeof slot === 'string' ? slot === c : c.codePointAt(0)! >= slot.from && c.codePointAt(0)! <= slot.to;

/**
 * Whether the slots match the title starting at the beginning of one of its words, comparing each character
 * (its initial, for initials-only queries). A title whose words begin where the query begins reads as the
 * intended one (`ㅂㅅㅈㅊ`: `부산 주차…` before `…특별시 자치…`).
 */
function matchesAtWordStart(title: string, alternatives: Slot[][], initials: boolean): boolean {
  const chars: string[] = [];
  const starts: boolean[] = [];
  let boundary = true;
  for (const c of normalizeText(title)) {
    if (/[\p{L}\p{N}]/u.test(c)) {
      chars.push(initials && isSyllable(c) ? choseongOf(c) : c);
      starts.push(boundary);
      boundary = false;
    } else if (/\s/.test(c)) boundary = true;
    else {
      boundary = true;
      chars.push(c);
      starts.push(false);
    }
  }
  return alternatives.some((slots) =>
    starts.some(
      (start, i) => start && slots.every((slot, k) => chars[i + k] !== undefined && slotMatches(slot, chars[i + k]!)),
    ),
  );
}

/** The SQL condition over `package_suggest s` for titles matching what is typed, and how it was read. */
interface TypedTitle {
  initials: boolean;
  alternatives: Slot[][];
  sql: string;
  params: unknown[];
}

/**
 * Initials only are a plain substring of `choseong`; typed text is narrowed first (a head of whole Hangul
 * syllables by the title's FTS5 columns, milliseconds instead of a scan; else `instr`), then matched by GLOB.
 */
function typedTitle(text: string): TypedTitle {
  const initials = [...text].every((c) => CHOSEONG.includes(c));
  const alternatives = initials ? [[...text]] : typingSlots(text);
  if (initials) {
    // Two initials or more: a phrase of their pairs in suggest_fts is exactly "contains them, in a row".
    if ([...text].length < 2) return { initials, alternatives, sql: 'instr(s.choseong, ?) > 0', params: [text] };
    return {
      initials,
      alternatives,
      sql: 's.package IN (SELECT rowid FROM suggest_fts WHERE suggest_fts MATCH ?)',
      params: [`"${initialsText(text)}"`],
    };
  }
  const [a, b = a] = alternatives.map(globOf) as [string, string?];
  const head = alternatives.map(literalHead).reduce((x, y) => {
    let n = 0;
    while (n < x.length && x[n] === y[n]) n++;
    return x.slice(0, n);
  });
  // Hangul typed before the part being composed narrows by the title's FTS5 columns first, milliseconds instead of
  // a scan of every title (one syllable: anywhere; two or more: within one word of the title, as bigrams are).
  const headMatch = /^[\uac00-\ud7a3]+$/.test(head) ? termExpression(head) : null;
  const narrow = headMatch
    ? 's.package IN (SELECT rowid FROM package_fts WHERE package_fts MATCH ?)'
    : 'instr(s.compact, ?) > 0';
  return {
    initials,
    alternatives,
    sql: `${narrow} AND (s.compact GLOB ? OR s.compact GLOB ?)`,
    params: [headMatch ? `{title title1} : (${headMatch})` : head, `*${a}*`, `*${b}*`],
  };
}

/** Whether a query word holds a lone consonant (ㄱ…ㅎ): initials, or a syllable still being composed. */
export const hasLoneInitial = (word: string) => [...compact(word)].some((c) => CHOSEONG.includes(c));

/**
 * A SQL predicate over `packages p` for a word with lone initials (`ㅂㅅㅈㅊ`, `주ㅊ`), so that `package_search`,
 * which `<bdw-dataset-search>` asks for its suggestions, understands them as `package_autocomplete` does (on
 * titles). FTS5 cannot: its tokens are whole syllables.
 */
export function typedTitlePredicate(word: string): { sql: string; params: unknown[] } {
  const { sql, params } = typedTitle(compact(word));
  return { sql: `p.rowid IN (SELECT s.package FROM package_suggest s WHERE ${sql})`, params };
}

/** One `package_autocomplete` result, in CKAN's shape. */
export interface PackageSuggestion {
  name: string;
  title: string;
  match_field: 'title' | 'name';
  match_displayed: string;
}

/** How many matches, the most viewed first, are ranked in JS: enough for any page of suggestions. */
const CANDIDATES = 300;
const ASCII_NAME = /^[\x21-\x7e]+$/;

/** The characters before the first syllable range: a substring every match of these slots contains. */
const literalHead = (slots: Slot[]) => {
  const head: string[] = [];
  for (const slot of slots) {
    if (typeof slot !== 'string') break;
    head.push(slot);
  }
  return head.join('');
};

/**
 * `package_autocomplete`: datasets whose title contains what is typed (or, for initials only such as `ㅂㅅㅈㅊ`,
 * whose titles' initials contain them), or whose name contains it. Ranked: title matches, then those matching at
 * the start of a word, then titles that start with it, then the most viewed. CKAN's result shape. (Typed Hangul
 * before the part being composed must be in the title's words: `부산ㅈ` does not match across a space, `부산 ㅈ`.)
 */
export function suggestPackages(db: Database.Database, q: string, limit: number): PackageSuggestion[] {
  const text = compact(q);
  if (!text || limit === 0) return [];
  const { initials, alternatives, sql: inTitle, params: titleParams } = typedTitle(text);
  const byName = ASCII_NAME.test(text);
  const rows = prepare(
    db,
    `SELECT p.name, p.title, s.compact, m.in_title FROM (
       SELECT package, (${inTitle}) AS in_title, views FROM package_suggest s
       WHERE (${inTitle})${byName ? ' OR instr(s.name, ?) > 0' : ''}
       ORDER BY in_title DESC, views DESC, package LIMIT ${CANDIDATES}
     ) m JOIN packages p ON p.rowid = m.package JOIN package_suggest s ON s.package = m.package
     ORDER BY m.in_title DESC, m.views DESC, m.package`,
  ).all(...titleParams, ...titleParams, ...(byName ? [text] : [])) as {
    name: string;
    title: string;
    compact: string;
    in_title: number;
  }[];
  const startsWith = (compactTitle: string) => {
    const chars = [...compactTitle]
      .filter((c) => !initials || isSyllable(c))
      .map((c) => (initials ? choseongOf(c) : c));
    return alternatives.some((slots) =>
      slots.every((slot, k) => chars[k] !== undefined && slotMatches(slot, chars[k])),
    );
  };
  const ranked = rows.map((r, order) => ({
    r,
    order,
    wordStart: r.in_title && matchesAtWordStart(r.title, alternatives, initials) ? 0 : 1,
    prefix: r.in_title && startsWith(r.compact) ? 0 : 1,
  }));
  ranked.sort(
    (x, y) => y.r.in_title - x.r.in_title || x.wordStart - y.wordStart || x.prefix - y.prefix || x.order - y.order,
  );
  return ranked.slice(0, limit).map(({ r }) => ({
    name: r.name,
    title: r.title,
    match_field: r.in_title ? 'title' : 'name',
    match_displayed: r.in_title ? r.title : `${r.name} (${r.title})`,
  }));
}

const LONGEST_WORD = 12;

/**
 * Splits a query with no results into title words that exist in the catalogue, covering as much of it as
 * possible with as few (so the longest) words: `해운대해수욕장주차장실시간` → the catalogue's own words, never
 * arbitrary two-syllable fragments. Words of a several-word query are split each.
 */
export function splitIntoTitleWords(db: Database.Database, q: string): string[] {
  const words = normalizeText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    const chars = [...word];
    const substrings = new Set<string>();
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 2; j <= Math.min(chars.length, i + LONGEST_WORD); j++)
        substrings.add(chars.slice(i, j).join(''));
    }
    const known = new Set(
      (
        prepare(db, 'SELECT word FROM title_words WHERE word IN (SELECT value FROM json_each(?))').all(
          JSON.stringify([...substrings]),
        ) as { word: string }[]
      ).map((r) => r.word),
    );
    // best[i]: the best split of chars[0..i): most characters covered, then fewest words.
    type Split = { covered: number; parts: string[] };
    const best: Split[] = [{ covered: 0, parts: [] }];
    for (let j = 1; j <= chars.length; j++) {
      let choice: Split = { ...best[j - 1]!, parts: best[j - 1]!.parts }; // chars[j-1] left uncovered
      for (let i = Math.max(0, j - LONGEST_WORD); i <= j - 2; i++) {
        const piece = chars.slice(i, j).join('');
        if (!known.has(piece)) continue;
        const candidate = { covered: best[i]!.covered + (j - i), parts: [...best[i]!.parts, piece] };
        if (
          candidate.covered > choice.covered ||
          (candidate.covered === choice.covered && candidate.parts.length < choice.parts.length)
        ) {
          choice = candidate;
        }
      }
      best.push(choice);
    }
    out.push(...best[chars.length]!.parts);
  }
  return [...new Set(out)];
}
