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

/**
 * A widget's own worker script `url` as `new Worker()` accepts it: through the policy `name`, which passes that one
 * URL and nothing else (a page enforcing Trusted Types lists the name in its `trusted-types` directive). Where the
 * policy is not allowed, the plain URL: the worker is then refused, and the widget does the work on the main thread.
 */
export function trustedWorkerUrl(name: string, url: string): string {
  const policy = trustedPolicy(name, {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`${name}: only ${url} may start`);
      return input;
    },
  });
  return policy?.createScriptURL ? policy.createScriptURL(url) : url;
}
