import { DataError } from './errors.js';
import type { LayerSpec } from './layers.js';

/** Reads `layers` given as an attribute (JSON array) or property. Throws a `spec` DataError. */
export function normalizeSpecs(value: unknown): LayerSpec[] {
  let specs = value;
  if (typeof value === 'string') {
    if (!value.trim()) return [];
    try {
      specs = JSON.parse(value);
    } catch {
      throw new DataError('spec', 'the layers attribute is not JSON', 'notJson');
    }
  }
  if (specs === null || specs === undefined) return [];
  if (!Array.isArray(specs)) specs = [specs];
  return (specs as unknown[]).map((spec, i) => {
    if (typeof spec !== 'object' || spec === null)
      throw new DataError('spec', `layer ${i + 1} is not an object`, 'notObject', String(i + 1));
    const s = spec as LayerSpec;
    if (!s.src && s.data === undefined && !s.dataset) {
      throw new DataError('spec', `layer ${i + 1} has no src, data or dataset`, 'noSource', String(i + 1));
    }
    return { ...s, id: s.id ?? `layer-${i + 1}` };
  });
}
