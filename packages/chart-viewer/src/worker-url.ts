import { trustedPolicy } from '@bdw/core';

/** The Trusted Types policy the CSV worker is started through; list it in a page's `trusted-types` directive. */
export const WORKER_POLICY = 'bdw-chart-worker';

/**
 * The URL of the CSV worker as `new Worker()` accepts it. A page that enforces Trusted Types takes script URLs only
 * from a policy, so the URL goes through the `bdw-chart-worker` policy, which passes nothing but this package's own
 * `csv.worker.js`. Where the page does not allow that policy, the plain URL is returned: the worker is then refused
 * and the CSV is parsed on the main thread instead.
 */
export function csvWorkerUrl(): string {
  const url = new URL('./csv.worker.js', import.meta.url).href;
  const policy = trustedPolicy(WORKER_POLICY, {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`${WORKER_POLICY}: only ${url} may start`);
      return input;
    },
  });
  return policy?.createScriptURL ? policy.createScriptURL(url) : url;
}
