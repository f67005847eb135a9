/** A page button, or a gap (`…`) between page buttons. */
export type PageItem = { page: number; current: boolean } | { gap: true };

/**
 * Pages that exist: from the total and the page size the server really used, so the
 * widget never offers a page the server will not return.
 */
export function lastPage(count: number, pageSize: number): number {
  return pageSize > 0 ? Math.max(1, Math.ceil(count / pageSize)) : 1;
}

/** First, last, and the pages around the current one: `1 … 4 5 [6] 7 8 … 20`. */
export function pageItems(current: number, last: number, around = 2): PageItem[] {
  const pages = new Set([1, last]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PageItem[] = [];
  sorted.forEach((page, i) => {
    if (i > 0 && page - sorted[i - 1]! > 1) items.push({ gap: true });
    items.push({ page, current: page === current });
  });
  return items;
}
