/**
 * An http(s) address for an image or link, or `null`: `javascript:`, `data:` and
 * anything unparsable are refused. Relative addresses resolve against `base`.
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
