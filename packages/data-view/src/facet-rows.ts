import type { FacetValue } from '@bdw/core/data';

export interface FacetRow {
  value: string;
  /** Rows with the value under the other fields' filters; `null` when the facet did not reach it. */
  count: number | null;
  checked: boolean;
}

/**
 * The values a filter lists: the first `shown` of the facet (largest counts first), then every checked value the
 * cut left out, so that a person always sees (and can uncheck) what they chose. When the facet holds every distinct
 * value (`complete`), a checked value it lacks has no row under the other filters: its count is 0, not unknown.
 */
export function facetRows(
  values: readonly FacetValue[],
  selected: readonly string[],
  shown: number,
  complete = false,
): FacetRow[] {
  const chosen = new Set(selected);
  const rows: FacetRow[] = values.slice(0, Math.max(0, shown)).map(({ value, count }) => ({
    value,
    count,
    checked: chosen.has(value),
  }));
  const listed = new Set(rows.map((row) => row.value));
  for (const value of selected) {
    if (listed.has(value)) continue;
    const found = values.find((v) => v.value === value);
    rows.push({ value, count: found ? found.count : complete ? 0 : null, checked: true });
  }
  return rows;
}
