/** The Trusted Types policy the CSV worker is started through; list it in a page's `trusted-types` directive. */
export const WORKER_POLICY = 'bdw-chart-worker';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/**
 * The URL of the CSV worker as `new Worker()` accepts it. A page that enforces Trusted Types takes script URLs only
 * from a policy, so the URL goes through the `bdw-chart-worker` policy, which passes nothing but this package's own
 * `csv.worker.js`. Where the page does not allow that policy, the plain URL is returned: the worker is then refused
 * and the CSV is parsed on the main thread instead.
 */
export function csvWorkerUrl(): string | URL {
  const url = new URL('./csv.worker.js', import.meta.url).href;
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy =
        factory?.createPolicy(WORKER_POLICY, {
          createScriptURL: (input) => {
            if (input !== url) throw new TypeError(`${WORKER_POLICY}: only ${url} may start`);
            return input;
          },
        }) ?? null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}
