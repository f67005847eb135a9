import { trustedPolicy } from './trusted-types.js';

/** The Trusted Types policy the widgets write their JSON-LD through; list it in a page's `trusted-types` directive. */
export const JSON_LD_POLICY = 'bdw-json-ld';

/**
 * Sets the text of a light-DOM `<script type="application/ld+json">`. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) accepts script text only from a policy, even for JSON-LD, so the text goes
 * through the `bdw-json-ld` policy, which passes nothing but valid JSON. Where the page does not allow that policy,
 * the script is removed instead of throwing: JSON-LD is an extra for search engines, never worth breaking a widget.
 * Returns whether the text is in place.
 */
export function setJsonLdText(script: HTMLScriptElement, text: string): boolean {
  if (script.textContent === text) return true;
  const policy = trustedPolicy(JSON_LD_POLICY, { createScript: (s) => (JSON.parse(s), s) });
  try {
    script.textContent = policy?.createScript ? policy.createScript(text) : text;
    return true;
  } catch {
    script.remove();
    return false;
  }
}
