/**
 * Other queries worth trying when a search finds nothing: each word of a several-word
 * query, and for one long Korean word its leading and trailing two-syllable parts
 * (`공영주차장요금` → `공영`, `요금`, …), as Korean compounds usually join such parts.
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
