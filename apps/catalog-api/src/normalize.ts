/**
 * Text normalisation shared by every place that matches user text against the catalogue.
 *
 * NFKC folds what users paste (an NFD string from macOS, full-width Latin, compatibility forms) onto the
 * catalogue's NFC text; but NFKC also turns the compatibility jamo users type for initials (`ㅂ`, U+3142) into
 * conjoining jamo (U+1107), which no longer read as choseong. So compatibility jamo are kept, and lone conjoining
 * initials (what an NFD string of a half-composed syllable holds) are mapped back to them.
 */

const COMPAT_CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const COMPAT_JAMO = /[\u3131-\u318e]+/g;

/** NFC + NFKC outside compatibility jamo, lowercase: the form every match compares. */
export function normalizeText(text: string): string {
  const composed = text.normalize('NFC').replace(/[\u1100-\u1112]/g, (c) => COMPAT_CHOSEONG[c.charCodeAt(0) - 0x1100]!);
  let out = '';
  let last = 0;
  for (const match of composed.matchAll(COMPAT_JAMO)) {
    out += composed.slice(last, match.index).normalize('NFKC') + match[0];
    last = match.index + match[0].length;
  }
  return (out + composed.slice(last).normalize('NFKC')).toLowerCase();
}

/** LIKE pattern for "contains `text`", with LIKE's wildcards escaped (use with `ESCAPE '\'`). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
