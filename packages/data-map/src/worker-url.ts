import { trustedWorkerUrl } from '@bdw/core';

/** The Trusted Types policy the map worker is started through; list it in a page's `trusted-types` directive. */
export const MAP_WORKER_POLICY = 'bdw-map-worker';

/**
 * The URL of the map worker (this package's own `points.worker.js`) as `new Worker()` accepts it, through the
 * `bdw-map-worker` policy. Where the page does not allow the policy the worker is refused, and the map reads its
 * data on the main thread instead.
 */
export function mapWorkerUrl(): string {
  return trustedWorkerUrl(MAP_WORKER_POLICY, new URL('./points.worker.js', import.meta.url).href);
}
