/**
 * Classification of a choropleth's values into classes. Breaks are `k + 1` ascending bounds
 * `[min, b1, …, max]`: class `i` holds `breaks[i] ≤ v < breaks[i+1]`, the last class also `max`.
 * Equal bounds (many equal values) are merged, so fewer classes than asked can result.
 */

export type Classification = 'quantile' | 'equal-interval' | 'natural-breaks';
export const CLASSIFICATIONS: readonly Classification[] = ['quantile', 'equal-interval', 'natural-breaks'];

/** Finite numbers of `values`, sorted ascending. */
export function sortedFinite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

function dedupe(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]!);
}

/** Linear-interpolated quantile of sorted values (R type 7, as spreadsheets compute it). */
export function quantileOf(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Each class holds about the same number of values. */
export function quantileBreaks(values: readonly (number | null | undefined)[], k: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const breaks = Array.from({ length: k + 1 }, (_, i) => quantileOf(sorted, i / k));
  return dedupe(breaks);
}

/** Classes of equal width between the minimum and the maximum. */
export function equalIntervalBreaks(values: readonly (number | null | undefined)[], k: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const breaks = Array.from({ length: k + 1 }, (_, i) => (i === k ? max : min + ((max - min) * i) / k));
  return dedupe(breaks);
}

/**
 * Optimal 1-D k-means (Ckmeans, Wang & Song 2011; the method behind "natural breaks"):
 * groups sorted values so that the sum of squared distances to each group's mean is least.
 * Returns the groups; O(k·n²), so at most `MAX_EXACT` values are used (an even sample beyond).
 */
export function ckmeans(values: readonly number[], k: number): number[][] {
  const MAX_EXACT = 2000;
  let sorted = sortedFinite(values);
  if (sorted.length > MAX_EXACT) {
    const all = sorted;
    sorted = Array.from({ length: MAX_EXACT }, (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_EXACT - 1))]!);
  }
  const n = sorted.length;
  if (n === 0) return [];
  const unique = new Set(sorted).size;
  const groups = Math.max(1, Math.min(k, unique));
  if (groups === 1) return [sorted];
  const prefix = new Float64Array(n + 1);
  const prefixSq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + sorted[i]!;
    prefixSq[i + 1] = prefixSq[i]! + sorted[i]! * sorted[i]!;
  }
  // Sum of squared deviations of sorted[a..b] (inclusive).
  const ssq = (a: number, b: number) => {
    const count = b - a + 1;
    const sum = prefix[b + 1]! - prefix[a]!;
    return prefixSq[b + 1]! - prefixSq[a]! - (sum * sum) / count;
  };
  const cost = Array.from({ length: groups }, () => new Float64Array(n).fill(Infinity));
  const back = Array.from({ length: groups }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) cost[0]![i] = ssq(0, i);
  for (let g = 1; g < groups; g++) {
    for (let i = g; i < n; i++) {
      let best = Infinity;
      let arg = g;
      for (let m = g; m <= i; m++) {
        const c = cost[g - 1]![m - 1]! + ssq(m, i);
        if (c < best) {
          best = c;
          arg = m;
        }
      }
      cost[g]![i] = best;
      back[g]![i] = arg;
    }
  }
  const result: number[][] = [];
  let end = n - 1;
  for (let g = groups - 1; g >= 0; g--) {
    const start = g === 0 ? 0 : back[g]![end]!;
    result.unshift(sorted.slice(start, end + 1));
    end = start - 1;
  }
  return result;
}

/** Natural breaks: each class's lower bound is the smallest value of a Ckmeans group. */
export function naturalBreaks(values: readonly (number | null | undefined)[], k: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const groups = ckmeans(sorted, k);
  return dedupe([...groups.map((g) => g[0]!), sorted.at(-1)!]);
}

export function breaksFor(method: Classification, values: readonly (number | null | undefined)[], k: number): number[] {
  const classes = Math.max(1, Math.min(9, Math.round(k) || 5));
  if (method === 'equal-interval') return equalIntervalBreaks(values, classes);
  if (method === 'natural-breaks') return naturalBreaks(values, classes);
  return quantileBreaks(values, classes);
}

/** The class of `value` (0-based), or -1 when it has none (missing value or no breaks). */
export function classOf(value: number | null | undefined, breaks: readonly number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || breaks.length === 0) return -1;
  const last = breaks.length - 2;
  if (last < 0) return value === breaks[0] ? 0 : -1;
  if (value < breaks[0]! || value > breaks.at(-1)!) return -1;
  for (let i = 0; i < last; i++) if (value < breaks[i + 1]!) return i;
  return last;
}

/** Number of classes given by a set of breaks. */
export function classCount(breaks: readonly number[]): number {
  return breaks.length === 1 ? 1 : Math.max(0, breaks.length - 1);
}

/** The 9-step shade (0 lightest … 8 darkest) of class `i` of `k`, spread across the palette. */
export function shadeStep(i: number, k: number): number {
  if (k <= 1) return 8;
  return Math.round(1 + (7 * i) / (k - 1));
}
