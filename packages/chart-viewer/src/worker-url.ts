import { trustedWorkerUrl } from '@bdw/core';

/** The Trusted Types policy the CSV worker is started through; list it in a page's `trusted-types` directive. */
export const WORKER_POLICY = 'bdw-chart-worker';

/**
 * The URL of the CSV worker (this package's own `csv.worker.js`) as `new Worker()` accepts it, through the
 * `bdw-chart-worker` policy. Where the page does not allow that policy the worker is refused and the CSV is parsed on
 * the main thread instead.
 */
export function csvWorkerUrl(): string {
  return trustedWorkerUrl(WORKER_POLICY, new URL('./csv.worker.js', import.meta.url).href);
}
