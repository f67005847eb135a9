import type { SearchBackend } from '@bdw/core';
import { normalizeText } from './text/normalize.js';

/** Suggestions shown. */
export const SUGGESTIONS = 6;

/**
 * Whether the text is still being typed in a way a word search cannot match: initials (`ㅂㅅㅈㅊ`), a lone jamo
 * (`주ㅊ`, `부산ㅈ`), or a syllable the IME is still composing (`줓` on the way to `주차`).
 */
export function isIncomplete(text: string, composing: boolean): boolean {
  return composing || /[\u3131-\u3163]/.test(text);
}

/**
 * Title suggestions for what is typed. Whole words are searched with `package_search` (full text, relevance), as
 * any CKAN answers them. Text still being typed is handled by `suggest-typing.js`, loaded then.
 */
export async function suggestTitles(
  backend: SearchBackend,
  text: string,
  composing: boolean,
  signal: AbortSignal,
): Promise<string[]> {
  const q = normalizeText(text).trim();
  if (isIncomplete(q, composing))
    return (await import('./suggest-typing.js')).suggestTyping(backend, q, composing, signal);
  const result = await backend.packageSearch({ q, pageSize: SUGGESTIONS, sort: 'relevance' }, { signal });
  return [...new Set(result.items.map((d) => d.title))].slice(0, SUGGESTIONS);
}
