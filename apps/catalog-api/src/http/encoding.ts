/**
 * Whether a request target has a malformed percent-encoding anywhere (`%`, `%G1`, `%E0%A4%A`, an encoded
 * lone surrogate): in the path (action names, `/files/…`) or in any query key or value. Such a request is a
 * 400, never a 500 from a `decodeURIComponent` deep in a handler, and never silently read with U+FFFD.
 */
export function hasMalformedEncoding(target: string): boolean {
  const hash = target.indexOf('#');
  const [path, query = ''] = (hash < 0 ? target : target.slice(0, hash)).split(/\?(.*)/s, 2);
  const parts = [path!, ...query.split('&').flatMap((pair) => pair.split('='))];
  for (const part of parts) {
    if (!part.includes('%')) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return true;
    }
  }
  return false;
}
