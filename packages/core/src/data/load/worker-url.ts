import { startModuleWorker } from '../../trusted-types.js';

/**
 * The Trusted Types policy the data worker is started through; a page that enforces Trusted Types lists it in its
 * `trusted-types` directive (without it, files are read on the main thread, in chunks).
 */
export const DATA_WORKER_POLICY = 'bdw-data-worker';

/** How long a worker may take to say it is ready before the page reads the file itself (a hang only). */
const READY_TIMEOUT_MS = 5000;

/**
 * Starts the data worker (core's own `data.worker.js`, next to this module, through the `bdw-data-worker` policy;
 * from a page of another origin than the bundle, through a same-origin wrapper). Throws where none can start.
 */
export function startDataWorker(): Worker {
  return startModuleWorker(DATA_WORKER_POLICY, new URL('./data.worker.js', import.meta.url).href, 'bdw-data');
}

/**
 * The data worker once it has said it is ready; `null` when module workers (or the worker file) are unavailable: a
 * bundler that does not emit `data.worker.js`, a CSP without `worker-src` for it, Trusted Types without the policy.
 */
export function workerReady(): Promise<Worker | null> {
  let worker: Worker;
  try {
    worker = startDataWorker();
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const fail = () => {
      worker.terminate();
      resolve(null);
    };
    const timer = setTimeout(fail, READY_TIMEOUT_MS);
    const onError = (event: Event) => {
      event.preventDefault();
      clearTimeout(timer);
      fail();
    };
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type !== 'ready') return;
        clearTimeout(timer);
        worker.removeEventListener('error', onError);
        resolve(worker);
      },
      { once: true },
    );
    worker.addEventListener('error', onError, { once: true });
  });
}
