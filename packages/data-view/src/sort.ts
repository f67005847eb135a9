import type { SortKey } from '@bdw/core/data';

/** What a click (or Enter) on a column's header does: ascending, then descending, then unsorted. */
export function nextSort(sort: readonly SortKey[], field: string): SortKey[] {
  const current = sort.find((key) => key.field === field);
  if (!current) return [{ field }];
  if (!current.desc) return [{ field, desc: true }];
  return [];
}

/** `aria-sort` of a column's header. */
export function ariaSort(sort: readonly SortKey[], field: string): 'ascending' | 'descending' | 'none' {
  const current = sort.find((key) => key.field === field);
  return current ? (current.desc ? 'descending' : 'ascending') : 'none';
}

/** The sort as an attribute: `field`, `-field` (descending); several comma-separated. */
export function parseSort(text: string | null | undefined): SortKey[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (part.startsWith('-') ? { field: part.slice(1), desc: true } : { field: part }));
}
