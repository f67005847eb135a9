import { normalizeText } from './text/normalize.js';

/** A piece of text, marked when it matches a query word. Rendered as text, never HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Query words, longest first so that `주차장` wins over `주차` where both match (NFKC, typed jamo kept). */
export function queryWords(q: string): string[] {
  return [...new Set(normalizeText(q).split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** Splits `text` into segments, marking every case-insensitive occurrence of a query word. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  if (!text || words.length === 0) return text ? [{ text, match: false }] : [];
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: words.some((w) => w.toLowerCase() === part.toLowerCase()) }));
}

/**
 * A window of about `length` characters from `text` around the first query word
 * (whole text when short), with ellipses where it was cut. Markdown symbols and
 * line breaks are flattened: the excerpt is a one-line preview.
 */
export function excerpt(text: string, words: readonly string[], length = 160): string {
  const flat = text
    .replace(/[#*_`>[\]()!-]{1,3}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= length) return flat;
  const lower = flat.toLowerCase();
  const first = Math.min(
    ...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  const start = Number.isFinite(first)
    ? Math.max(0, Math.min(first - Math.floor(length / 3), flat.length - length))
    : 0;
  const slice = flat.slice(start, start + length).trim();
  return `${start > 0 ? '… ' : ''}${slice}${start + length < flat.length ? ' …' : ''}`;
}
