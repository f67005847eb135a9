import { startModuleWorker } from '@bdw/core';

/** The Trusted Types policy the map worker is started through; list it in a page's `trusted-types` directive. */
export const MAP_WORKER_POLICY = 'bdw-map-worker';

/**
 * Starts the map worker (this package's own `points.worker.js`, through the `bdw-map-worker` policy; from a page of
 * another origin than the bundle, through a same-origin wrapper). Throws where none can start: the map then reads its
 * data on the main thread.
 */
export function startMapWorker(): Worker {
  return startModuleWorker(MAP_WORKER_POLICY, new URL('./points.worker.js', import.meta.url).href, 'bdw-map');
}
