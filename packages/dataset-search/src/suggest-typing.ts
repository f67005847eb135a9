import { isRecord, type SearchBackend } from '@bdw/core';
import { optionalAction } from './missing-action.js';
/** Suggestions shown (as in suggest-titles.ts). */
const SUGGESTIONS = 6;
import { rankMatches } from './text/hangul-match.js';

/** Titles searched in the browser when the portal cannot match a syllable being typed. */
const FALLBACK_ROWS = 30;
const JAMO = /[\u3131-\u3163]/;
const TRAILING_JAMO = /[\u3131-\u3163\s]+$/;

/** `[{ name, title }]` (CKAN's `package_autocomplete`) as titles, or `null` when it is not that shape. */
function readTitles(result: unknown): string[] | null {
  if (!Array.isArray(result)) return null;
  return result.flatMap((entry) => (isRecord(entry) && typeof entry['title'] === 'string' ? [entry['title']] : []));
}

const unique = (titles: string[]) => [...new Set(titles)].slice(0, SUGGESTIONS);

/**
 * Suggestions for text still being typed (`q` already normalised). It goes raw to `package_autocomplete`, which the
 * embedded catalogue matches by initials (`ㅂㅅㅈㅊ`) and by a syllable being composed (`주ㅊ`, `부산ㅈ`). Where the
 * portal lacks it (or finds nothing, as CKAN's own prefix-only one may), the complete part is searched with
 * `package_search` and its titles are matched here with es-hangul.
 */
export async function suggestTyping(
  backend: SearchBackend,
  q: string,
  composing: boolean,
  signal: AbortSignal,
): Promise<string[]> {
  const titles = readTitles(
    await optionalAction(backend, 'package_autocomplete', { q, limit: String(SUGGESTIONS) }, signal),
  );
  if (titles?.length) return unique(titles);
  // The complete part: without trailing jamo, and without the syllable still being composed.
  const stripped = q.replace(TRAILING_JAMO, '');
  const words = (composing && stripped === q ? [...q].slice(0, -1).join('') : stripped).trim();
  if (!words || JAMO.test(words)) return [];
  const result = await backend.packageSearch({ q: words, pageSize: FALLBACK_ROWS, sort: 'relevance' }, { signal });
  return unique(
    rankMatches(
      result.items.map((d) => d.title),
      q,
      (title) => title,
    ),
  );
}
