export interface BenchResult {
  /** The package or app measured, e.g. `@bdw/chart-viewer`. */
  bench: string;
  /** What was timed, in words. */
  measure: string;
  /** The statistic reported: `median`, `p95`, `max` (the worst of the runs), or `once` (a single timing). */
  stat: 'median' | 'p95' | 'max' | 'once';
  ms: number;
  /** The raw baseline measured in the same run, if there is one. */
  baseline?: { label: string; ms: number };
  /** The goal: a ratio to the baseline and/or an absolute time. */
  goal?: { ratio?: number; ms?: number };
}
export declare function percentile(samples: readonly number[], p: number): number;
export declare function median(samples: readonly number[]): number;
export declare function recordResult(result: BenchResult): void;
