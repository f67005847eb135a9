/**
 * Korean-aware tokens for SQLite FTS5. FTS5's own tokenizers split Korean on spaces only
 * (`공영주차장` is one token, so `주차` never matches) and the trigram tokenizer misses
 * every two-syllable word. We index Hangul as overlapping syllable bigrams instead
 * (`공영주차장` → `공영 영주 주차 차장`) and Latin/digit runs as whole lowercase words, and
 * hand FTS5 the tokens separated by spaces (its `unicode61` tokenizer then keeps them).
 */

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
// Runs of Hangul, or of other letters and digits (`CCTV설치` → `CCTV`, `설치`).
const RUNS = /[\u3131-\u318e\uac00-\ud7a3]+|(?:(?![\u3131-\u318e\uac00-\ud7a3])[\p{L}\p{N}])+/gu;

function hangulTokens(run: string): string[] {
  const syllables = [...run];
  if (syllables.length === 1) return syllables;
  const bigrams: string[] = [];
  for (let i = 0; i < syllables.length - 1; i++) bigrams.push(syllables[i]! + syllables[i + 1]!);
  return bigrams;
}

/** Tokens of one word (no spaces), in order. */
function wordTokens(word: string): string[] {
  const tokens: string[] = [];
  for (const run of word.normalize('NFKC').toLowerCase().match(RUNS) ?? []) {
    if (HANGUL.test(run)) tokens.push(...hangulTokens(run));
    else tokens.push(run);
  }
  return tokens;
}

/** The text to store in an FTS5 column: every token, space-separated. */
export function indexText(text: string): string {
  return text.split(/\s+/).flatMap(wordTokens).join(' ');
}

/**
 * The text of a unigram column: every distinct Hangul syllable of the text, once. A one-syllable query matches
 * these, so `물` finds `건축물` and `간행물` (the bigram columns only know `축물`, `행물`), at any position; order and
 * repetition do not matter for a single-token match, so each syllable is stored once (a smaller index).
 */
export function unigramText(text: string): string {
  return [...new Set(text.normalize('NFKC').match(/[\uac00-\ud7a3]/g) ?? [])].join(' ');
}

/** The FTS5 columns of a field: its bigram column and its unigram column. */
export const FIELD_COLUMNS = {
  title: ['title', 'title1'],
  notes: ['notes', 'notes1'],
} as const;
const BIGRAM_COLUMNS = '{title notes org tags}';

export interface TermOptions {
  /** A trailing `*`: the last token is a prefix (a lone syllable then matches it followed by another syllable). */
  prefix?: boolean;
}

/**
 * The FTS5 expression of one term (a word, or the words of a quoted phrase), or null when it has no searchable
 * token: its tokens as one phrase, so `방사선` must appear as `방사 사선`, adjacent, and finds `환경방사선`. A lone
 * syllable is a token of the unigram columns (any position in a word); with `prefix` it is a prefix query on the
 * bigram columns (the syllable followed by another, as one-syllable queries worked before the unigram columns). Only our own tokens reach FTS5, quoted, so no FTS5 syntax can be
 * injected through the text.
 */
export function termExpression(text: string, options: TermOptions = {}): string | null {
  const tokens = text.split(/\s+/).flatMap(wordTokens);
  if (tokens.length === 0) return null;
  const phrase = `"${tokens.join(' ')}"`;
  const lone = tokens.length === 1 && [...tokens[0]!].length === 1 && HANGUL.test(tokens[0]!);
  if (options.prefix) return lone ? `${BIGRAM_COLUMNS} : ${phrase}*` : `${phrase}*`;
  return phrase;
}

/**
 * An FTS5 MATCH expression for plain words (no query syntax), or null when they have no searchable token: each
 * word a {@link termExpression}, AND-ed (CKAN's default for short queries). Quotes, `NEAR`, `*` and column filters
 * in the input are plain text here.
 */
export function matchExpression(query: string): string | null {
  const phrases = query
    .split(/\s+/)
    .map((word) => termExpression(word))
    .filter((p): p is string => p !== null);
  return phrases.length ? phrases.join(' AND ') : null;
}
