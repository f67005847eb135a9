/**
 * Unicode normalisation of what the widget sends and matches.
 *
 * NFKC composes text pasted from macOS (NFD: `ᄒ` + `ᅢ` → `해`) and folds full-width forms (`ＣＳＶ` → `CSV`), but it
 * also turns the compatibility jamo people type (`ㅂㅅ`, the `ㅊ` of `주ㅊ`) into conjoining jamo (U+1107 …), which no
 * choseong search recognises. So the jamo that NFKC leaves standing alone are mapped back to compatibility jamo.
 */

const LEADS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'; // U+1100–U+1112
const TAILS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'; // U+11A8–U+11C2

function compatibilityJamo(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x1100 && code <= 0x1112) return LEADS[code - 0x1100]!;
  if (code >= 0x1161 && code <= 0x1175) return String.fromCharCode(0x314f + code - 0x1161); // ㅏ … ㅣ
  if (code >= 0x11a8 && code <= 0x11c2) return TAILS[code - 0x11a8]!;
  return char;
}

/** NFKC, with lone jamo kept as the compatibility jamo a keyboard types (`ㅂㅅ` stays `ㅂㅅ`). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\u1100-\u1112\u1161-\u1175\u11a8-\u11c2]/g, compatibilityJamo);
}

/** {@link normalizeText} and lower case: the form two texts are compared in. */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}
