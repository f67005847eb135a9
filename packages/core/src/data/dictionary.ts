/**
 * A lookup by column name without a prototype, so that a column named `constructor`, `toString` or
 * `__proto__` is data like any other (a plain `{}` would answer with Object's own members).
 */
export function dictionary<T>(...sources: (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const source of sources) {
    if (source) for (const key of Object.keys(source)) out[key] = source[key]!;
  }
  return out;
}
