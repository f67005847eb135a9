import { startModuleWorker } from '@bdw/core';

/** The Trusted Types policy the CSV worker is started through; list it in a page's `trusted-types` directive. */
export const WORKER_POLICY = 'bdw-chart-worker';

/**
 * Starts the CSV worker (this package's own `csv.worker.js`, through the `bdw-chart-worker` policy; from a page of
 * another origin than the bundle, through a same-origin wrapper). Throws where none can start: the CSV is then parsed
 * on the main thread.
 */
export function startCsvWorker(): Worker {
  return startModuleWorker(WORKER_POLICY, new URL('./csv.worker.js', import.meta.url).href);
}
