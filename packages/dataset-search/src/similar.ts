import type { CallOptions, SearchBackend } from '@bdw/core';
import { optionalAction } from './missing-action.js';

/** Other queries that do find something, offered when a search finds nothing. */
export interface Similar {
  q: string;
  count: number;
}

/**
 * Other queries worth trying when a search finds nothing: each word of a several-word
 * query, and for one long Korean word its leading and trailing two-syllable parts
 * (`공영주차장요금` → `공영`, `요금`, …), as Korean compounds usually join such parts.
 * The fallback for portals without a vocabulary of title words (see `findSimilar`).
 */
export function similarQueries(q: string, max = 4): string[] {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const candidates: string[] = [];
  if (words.length > 1) candidates.push(...words);
  else if (words.length === 1) {
    const syllables = [...words[0]!];
    if (/^[\uac00-\ud7a3]+$/.test(words[0]!) && syllables.length >= 4) {
      for (let i = 0; i + 2 <= syllables.length; i += 2) candidates.push(syllables.slice(i, i + 2).join(''));
      if (syllables.length % 2 === 1) candidates.push(syllables.slice(-2).join(''));
    } else if (syllables.length > 3) {
      candidates.push(words[0]!.slice(0, -1));
    }
  }
  return [...new Set(candidates)].filter((c) => c !== q.trim() && c.length >= 2).slice(0, max);
}

/** `[{ q, count }]` as the catalogue sends it, keeping only well-formed entries that find something. */
function readSimilar(value: unknown, max: number): Similar[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .flatMap((item: unknown) => {
      const { q, count } = (item ?? {}) as { q?: unknown; count?: unknown };
      return typeof q === 'string' && typeof count === 'number' && Number.isFinite(count) && count > 0
        ? [{ q, count }]
        : [];
    })
    .slice(0, max);
}

/**
 * Similar searches: the query split into real title words of the catalogue, each with its count
 * (`bdw_similar_queries`: 해운대해수욕장주차장실시간 → 해운대해수욕장, 주차장, 실시간), where the portal
 * has that action; else the query's words or two-syllable parts, counted with `package_search`.
 */
export async function findSimilar(backend: SearchBackend, q: string, options: CallOptions & { signal: AbortSignal }) {
  const max = 4;
  const fromServer = await optionalAction(backend, 'bdw_similar_queries', { q, limit: String(max) }, options.signal)
    .then((value) => readSimilar(value, max))
    .catch(() => undefined);
  if (fromServer) return fromServer;
  const candidates = similarQueries(q, max);
  const counts = await Promise.all(
    candidates.map((candidate) =>
      backend.packageSearch({ q: candidate, pageSize: 0 }, options).then(
        (r) => r.count,
        () => 0,
      ),
    ),
  );
  return candidates.map((c, i) => ({ q: c, count: counts[i] ?? 0 })).filter((s) => s.count > 0);
}
