/**
 * An absolute http(s) address, or `null`: stream and document links come from data, and a
 * `javascript:` or `data:` URL must never become an `href` (Lit does not filter them).
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
