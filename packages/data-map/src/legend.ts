import { classCount, classOf, shadeStep } from './classify.js';

export interface LegendRange {
  /** Class index, 0-based. */
  index: number;
  from: number;
  to: number;
  /** True for the last class, which includes its upper bound. */
  closed: boolean;
  /** Features in the class. */
  count: number;
  /** Palette step 0–8 used to colour the class. */
  shade: number;
}

/** The legend of a choropleth: one range per class with the number of features in it. */
export function legendRanges(breaks: readonly number[], values: readonly (number | null | undefined)[]): LegendRange[] {
  const k = classCount(breaks);
  const counts = new Array<number>(k).fill(0);
  for (const v of values) {
    const c = classOf(v, breaks);
    if (c >= 0) counts[c]!++;
  }
  return counts.map((count, index) => ({
    index,
    from: breaks[index]!,
    to: breaks[Math.min(index + 1, breaks.length - 1)]!,
    closed: index === k - 1,
    count,
    shade: shadeStep(index, k),
  }));
}

/** `1,000 – 2,000` (the formatter decides the digits and grouping). */
export function rangeLabel(range: LegendRange, format: (n: number) => string): string {
  return range.from === range.to ? format(range.from) : `${format(range.from)} – ${format(range.to)}`;
}
