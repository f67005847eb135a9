/**
 * A view's filter state: field → the values kept (OR within a field) or a `{ min, max }` range for numbers, dates and
 * periods; fields combine with AND. Pure functions over plain objects, so the state can be set from a page, read back,
 * put in the URL and compared.
 */

/** Values kept (any of them) or an inclusive range (either end may be open). */
export type FilterValue = readonly string[] | FilterRange;

export interface FilterRange {
  readonly min?: number | null;
  readonly max?: number | null;
}

export type ViewFilters = Readonly<Record<string, FilterValue>>;

export const isRange = (value: FilterValue): value is FilterRange => !Array.isArray(value);

/** A finite number, or `null` (an open end). */
const bound = (value: unknown): number | null => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/**
 * Filters as given by a page (a property, JSON in an attribute, a URL) made well-formed: lists of text without
 * duplicates and ranges of finite numbers; empty lists and ranges open at both ends are dropped. Never throws.
 */
export function normalizeFilters(input: unknown): ViewFilters {
  const out: Record<string, FilterValue> = Object.create(null) as Record<string, FilterValue>;
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out;
  for (const [field, raw] of Object.entries(input as Record<string, unknown>)) {
    if (!field) continue;
    if (Array.isArray(raw) || typeof raw === 'string' || typeof raw === 'number') {
      const list = (Array.isArray(raw) ? raw : [raw])
        .filter((v) => v !== null && v !== undefined && typeof v !== 'object')
        .map((v) => String(v));
      const unique = [...new Set(list)];
      if (unique.length) out[field] = unique;
    } else if (raw && typeof raw === 'object') {
      const { min, max } = raw as { min?: unknown; max?: unknown };
      const range = { min: bound(min), max: bound(max) };
      if (range.min !== null || range.max !== null) out[field] = range;
    }
  }
  return out;
}

/** Adds the value to the field's list, or removes it when it is there (a click on a bar, a map feature, a facet). */
export function toggleValue(filters: ViewFilters, field: string, value: string): ViewFilters {
  const current = filters[field];
  const list = current && !isRange(current) ? current : [];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return setFilter(filters, field, next);
}

/** The filters with one field set (an empty list or open range removes it). */
export function setFilter(filters: ViewFilters, field: string, value: FilterValue | null): ViewFilters {
  const rest = withoutField(filters, field);
  return value === null ? rest : normalizeFilters({ ...rest, [field]: value });
}

/** The filters without one field (a facet's counts leave out its own field's filter). */
export function withoutField(filters: ViewFilters, field: string): ViewFilters {
  const out: Record<string, FilterValue> = Object.create(null) as Record<string, FilterValue>;
  for (const [key, value] of Object.entries(filters)) if (key !== field) out[key] = value;
  return out;
}

export function hasFilters(filters: ViewFilters): boolean {
  return Object.keys(filters).length > 0;
}

/** The values kept on a field, or `[]` when the field is not filtered by values. */
export function selectedValues(filters: ViewFilters, field: string): readonly string[] {
  const value = filters[field];
  return value && !isRange(value) ? value : [];
}

/** Whether two filter states keep the same rows (order of fields and of values does not matter). */
export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return filtersKey(a) === filtersKey(b);
}

/** A canonical text of the filters (sorted), for comparing and caching. */
export function filtersKey(filters: ViewFilters): string {
  const entries = Object.keys(filters)
    .sort()
    .map((field) => {
      const value = filters[field]!;
      return [field, isRange(value) ? { min: value.min ?? null, max: value.max ?? null } : [...value].sort()];
    });
  return JSON.stringify(entries);
}

/**
 * The filters as URL parameters under a prefix: `{prefix}{field}=value` once per value, `{prefix}{field}:min` and
 * `:max` for ranges. Other parameters of the page are kept as they are.
 */
export function writeFiltersToParams(params: URLSearchParams, prefix: string, filters: ViewFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(prefix)) out.append(key, value);
  for (const field of Object.keys(filters).sort()) {
    const value = filters[field]!;
    if (isRange(value)) {
      if (value.min !== null && value.min !== undefined) out.append(`${prefix}${field}:min`, String(value.min));
      if (value.max !== null && value.max !== undefined) out.append(`${prefix}${field}:max`, String(value.max));
    } else for (const v of value) out.append(`${prefix}${field}`, v);
  }
  return out;
}

/** The filters read back from URL parameters written by {@link writeFiltersToParams}. */
export function readFiltersFromParams(params: URLSearchParams, prefix: string): ViewFilters {
  const raw: Record<string, string[] | { min?: string; max?: string }> = Object.create(null) as Record<
    string,
    string[] | { min?: string; max?: string }
  >;
  for (const [key, value] of params) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    const end = /:(min|max)$/.exec(name);
    if (end) {
      const field = name.slice(0, -end[0].length);
      const range = raw[field] && !Array.isArray(raw[field]) ? raw[field] : (raw[field] = {});
      (range as { min?: string; max?: string })[end[1] as 'min' | 'max'] = value;
    } else {
      const list = Array.isArray(raw[name]) ? raw[name] : (raw[name] = []);
      (list as string[]).push(value);
    }
  }
  return normalizeFilters(raw);
}
