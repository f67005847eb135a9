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
 * An FTS5 MATCH expression for a user's query, or null when it has no searchable token.
 * Each word becomes a phrase of its tokens (so `방사선` must appear as `방사 사선`,
 * adjacent, and finds `환경방사선`); words are AND-ed. A lone syllable becomes a
 * prefix query (`차*`). Only our own tokens reach FTS5, so query syntax in the
 * input (quotes, `NEAR`, `*`, column filters) cannot inject anything.
 */
export function matchExpression(query: string): string | null {
  const phrases = query
    .split(/\s+/)
    .map(wordTokens)
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => {
      if (tokens.length === 1 && [...tokens[0]!].length === 1 && HANGUL.test(tokens[0]!)) return `"${tokens[0]}"*`;
      return `"${tokens.join(' ')}"`;
    });
  return phrases.length ? phrases.join(' AND ') : null;
}
