/**
 * Properties as text (no imports: the map worker names points with these too). Everything from data is a string shown with textContent: no HTML,
 * no links, no markup, whatever the value holds.
 */

const NAME_KEYS = [
  'name',
  'title',
  '이름',
  '명칭',
  'nm',
  'sggnm',
  'name_ko',
  'name_kor',
  'label',
  'name_eng',
  'name_en',
];

/** The property a feature's name is read from: an explicit field, else the first name-like key. */
export function nameKey(keys: readonly string[], explicit?: string | null): string | null {
  if (explicit && keys.includes(explicit)) return explicit;
  const lower = keys.map((k) => k.toLowerCase());
  for (const candidate of NAME_KEYS) {
    const i = lower.indexOf(candidate);
    if (i >= 0) return keys[i]!;
  }
  const suffixed = keys.find((k) => /(명|이름|name|nm)$/i.test(k));
  return suffixed ?? null;
}

/** Any value as a short display string (objects as JSON, null/undefined empty). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A feature's label: its name property, else `fallback` (e.g. "지점 12"). */
export function featureName(
  properties: Record<string, unknown> | null | undefined,
  key: string | null,
  fallback: string,
): string {
  const text = key && properties ? valueText(properties[key]).trim() : '';
  return text || fallback;
}

/** `[key, text]` pairs of a feature's properties, in order, for popups and the table. */
export function propertyRows(properties: Record<string, unknown> | null | undefined, limit = 40): [string, string][] {
  return Object.entries(properties ?? {})
    .slice(0, limit)
    .map(([k, v]) => [k, valueText(v)]);
}
