/** The rules of a Trusted Types policy; each returns the input it accepts (or throws). */
export interface TrustedRules {
  createHTML?(input: string): string;
  createScript?(input: string): string;
  createScriptURL?(input: string): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: TrustedRules): TrustedRules;
}

const policies = new Map<string, TrustedRules | null>();

/**
 * The widgets' Trusted Types policy named `name`, created once per page; `null` where the browser has no Trusted
 * Types or the page's `trusted-types` directive does not allow the name. Callers then use plain strings, which a page
 * that does not enforce Trusted Types accepts and one that does refuses (each caller says what then happens).
 * What a policy returns is a Trusted* object, typed here as the string it stands for, as DOM sinks take either.
 */
export function trustedPolicy(name: string, rules: TrustedRules): TrustedRules | null {
  if (!policies.has(name)) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    let policy: TrustedRules | null = null;
    try {
      policy = factory?.createPolicy(name, rules) ?? null;
    } catch {
      // The page's CSP does not allow this policy name.
    }
    policies.set(name, policy);
  }
  return policies.get(name)!;
}

/** The script URLs each worker policy passes: a widget's own worker file, and the blob wrappers made for it. */
const workerScripts = new Map<string, Set<string>>();

/**
 * A widget's own worker script `url` as `new Worker()` accepts it: through the policy `name`, which passes that URL
 * (and the wrappers `startModuleWorker` makes for it) and nothing else; a page enforcing Trusted Types lists the name
 * in its `trusted-types` directive. Where the policy is not allowed, the plain URL: the worker is then refused, and the
 * widget does the work on the main thread.
 */
export function trustedWorkerUrl(name: string, url: string): string {
  let allowed = workerScripts.get(name);
  if (!allowed) workerScripts.set(name, (allowed = new Set()));
  allowed.add(url);
  const policy = trustedPolicy(name, {
    createScriptURL: (input) => {
      if (!workerScripts.get(name)?.has(input)) throw new TypeError(`${name}: only the widget's own worker may start`);
      return input;
    },
  });
  return policy?.createScriptURL ? policy.createScriptURL(url) : url;
}

/**
 * Starts a widget's module worker from `url`. A page may load the widgets from another origin (the CDN bundle on an
 * institution's site), and a worker must come from the page's own origin: then the worker is a one-line module of the
 * page's origin (a `blob:` URL) that imports `url` (served with CORS, as the CDN is). Throws where no worker can start
 * (a CSP without `blob:` in `worker-src` for that case, Trusted Types without the policy): callers fall back to the main
 * thread.
 */
export function startModuleWorker(policy: string, url: string, name?: string): Worker {
  const options: WorkerOptions = { type: 'module', ...(name ? { name } : {}) };
  if (new URL(url).origin === globalThis.location?.origin) return new Worker(trustedWorkerUrl(policy, url), options);
  const wrapper = URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' }));
  try {
    return new Worker(trustedWorkerUrl(policy, wrapper), options);
  } finally {
    // The worker has its script once it starts; the wrapper URL is no longer needed (nor allowed again).
    setTimeout(() => {
      URL.revokeObjectURL(wrapper);
      workerScripts.get(policy)?.delete(wrapper);
    }, 10_000);
  }
}
