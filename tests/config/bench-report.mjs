import { appendFileSync } from 'node:fs';

/** The `p`-th percentile (nearest rank) of samples. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The median (nearest rank) of samples. */
export const median = (samples) => percentile(samples, 50);

/**
 * Records one benchmark result for `pnpm bench`'s summary table: appended as a JSON line to the file in
 * `BENCH_RESULTS` when it is set (the benches still print their own detailed tables).
 * A ratio is `ms / baselineMs`; `goal` says what the result is held to, in words and as numbers.
 */
export function recordResult(result) {
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
}
