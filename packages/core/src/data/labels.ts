import { dictionary } from './dictionary.js';

/**
 * `POPU_ALL:총인구, SGGNM:구·군` (or a JSON object) → labels by column name. A label may itself hold
 * a colon; the column name is what comes before the first one.
 */
export function parseLabels(text: string | null | undefined): Record<string, string> {
  const labels = dictionary<string>();
  const source = (text ?? '').trim();
  if (!source) return labels;
  if (source.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(source);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, label] of Object.entries(value)) if (typeof label === 'string') labels[name] = label;
      }
    } catch {
      // not JSON: no labels, as for an empty attribute
    }
    return labels;
  }
  for (const part of source.split(',')) {
    const at = part.indexOf(':');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const label = part.slice(at + 1).trim();
    if (name && label) labels[name] = label;
  }
  return labels;
}
