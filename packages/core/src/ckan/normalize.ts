import type {
  Dataset,
  DatastoreField,
  DatastorePage,
  FacetField,
  FacetItem,
  Group,
  License,
  Organization,
  Resource,
  StatusInfo,
  Tag,
} from '../model.js';

/**
 * Normalisation of CKAN Action API results into the model. CKAN servers differ
 * (versions, extensions, hand-edited records): every reader tolerates missing or
 * mistyped fields and returns a complete object instead of throwing.
 */

type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function textOrNull(value: unknown): string | null {
  const s = text(value);
  return s === '' ? null : s;
}

function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * A count from the API (results, rows, packages): a non-negative safe integer, else `null`. `1e15` passes;
 * `1e309` (JSON's Infinity), `-1`, `2.5`, `"12"` do not.
 */
export function safeCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function records(value: unknown): Raw[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * CKAN stores UTC but prints timestamps without a zone (`2019-06-10T13:09:12.713162`).
 * Returns ISO 8601 with `Z` (milliseconds precision), or null when unparseable.
 */
export function ckanDate(value: unknown): string | null {
  const s = text(value).trim();
  if (!s) return null;
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(s);
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(s);
  const candidate = dateOnly ? `${s}T00:00:00Z` : hasZone ? s : `${s}Z`;
  // Date parses at most milliseconds; trim CKAN's microseconds first.
  const time = Date.parse(candidate.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function normalizeOrganization(raw: unknown): Organization | null {
  if (!isRecord(raw)) return null;
  const name = text(raw['name']);
  return {
    id: text(raw['id']),
    name,
    title: text(raw['title']) || text(raw['display_name']) || name,
    description: text(raw['description']),
    imageUrl: textOrNull(raw['image_display_url']) ?? textOrNull(raw['image_url']),
    packageCount: safeCount(numberOrNull(raw['package_count'])),
  };
}

/** Groups and organisations share CKAN's group schema. */
export const normalizeGroup: (raw: unknown) => Group | null = normalizeOrganization;

export function normalizeTag(raw: unknown): Tag | null {
  if (typeof raw === 'string') return { name: raw, displayName: raw, vocabularyId: null };
  if (!isRecord(raw)) return null;
  const name = text(raw['name']);
  if (!name) return null;
  return {
    name,
    displayName: text(raw['display_name']) || name,
    vocabularyId: textOrNull(raw['vocabulary_id']),
  };
}

export function normalizeResource(raw: unknown): Resource | null {
  if (!isRecord(raw)) return null;
  return {
    id: text(raw['id']),
    name: text(raw['name']),
    description: text(raw['description']),
    format: text(raw['format']).trim().toUpperCase(),
    url: text(raw['url']),
    size: numberOrNull(raw['size']),
    mimetype: textOrNull(raw['mimetype']),
    created: ckanDate(raw['created']),
    lastModified: ckanDate(raw['last_modified']),
    datastoreActive: raw['datastore_active'] === true || raw['datastore_active'] === 'true',
  };
}

function normalizeLicense(raw: Raw): License | null {
  const id = text(raw['license_id']);
  const title = text(raw['license_title']);
  if (!id && !title) return null;
  return {
    id,
    title: title || id,
    url: textOrNull(raw['license_url']),
    isOpen: typeof raw['isopen'] === 'boolean' ? raw['isopen'] : null,
  };
}

/** An object without a prototype: keys from data (`__proto__`, `constructor`) are entries like any other. */
export function dataRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** An own property of parsed JSON, read so that a key `__proto__` gives its value, not Object.prototype. */
function own(object: Raw, key: string): unknown {
  return Object.getOwnPropertyDescriptor(object, key)?.value;
}

function normalizeExtras(value: unknown): Record<string, string> {
  const extras = dataRecord<string>();
  for (const extra of records(value)) {
    const key = text(extra['key']);
    if (key) extras[key] = text(extra['value']);
  }
  return extras;
}

function views(raw: Raw, extras: Record<string, string>): number | null {
  const tracking = isRecord(raw['tracking_summary']) ? raw['tracking_summary']['total'] : undefined;
  return numberOrNull(raw['views']) ?? numberOrNull(tracking) ?? numberOrNull(extras['views']);
}

function compact<T>(items: (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

export function normalizeDataset(raw: unknown): Dataset {
  const r = isRecord(raw) ? raw : {};
  const extras = normalizeExtras(r['extras']);
  const name = text(r['name']);
  const resources = compact(records(r['resources']).map(normalizeResource));
  return {
    id: text(r['id']),
    name,
    title: text(r['title']) || name,
    notes: text(r['notes']),
    url: textOrNull(r['url']),
    organization: normalizeOrganization(r['organization']),
    groups: compact(records(r['groups']).map(normalizeGroup)),
    tags: compact((Array.isArray(r['tags']) ? r['tags'] : []).map(normalizeTag)),
    license: normalizeLicense(r),
    resources,
    metadataCreated: ckanDate(r['metadata_created']),
    metadataModified: ckanDate(r['metadata_modified']),
    author: text(r['author']),
    maintainer: text(r['maintainer']),
    version: text(r['version']),
    views: views(r, extras),
    extras,
  };
}

/**
 * Facets: prefer `search_facets` (has display names); fall back to `facets` (name → count).
 * Items are sorted by count, then name, as CKAN's UI shows them.
 */
export function normalizeFacets(result: Raw): Record<string, FacetField> {
  const facets = dataRecord<FacetField>();
  const searchFacets = isRecord(result['search_facets']) ? result['search_facets'] : {};
  const plainFacets = isRecord(result['facets']) ? result['facets'] : {};
  const fields = new Set([...Object.keys(searchFacets), ...Object.keys(plainFacets)]);
  for (const field of fields) {
    const rich = own(searchFacets, field);
    let items: FacetItem[];
    let title = field;
    if (isRecord(rich)) {
      title = text(rich['title']) || field;
      items = records(rich['items']).map((item) => ({
        name: text(item['name']),
        displayName: text(item['display_name']) || text(item['name']),
        count: safeCount(numberOrNull(item['count'])) ?? 0,
      }));
    } else {
      const counts = own(plainFacets, field);
      items = Object.entries(isRecord(counts) ? counts : {}).map(([name, count]) => ({
        name,
        displayName: name,
        count: safeCount(numberOrNull(count)) ?? 0,
      }));
    }
    items.sort((a, b) => b.count - a.count || a.displayName.localeCompare(b.displayName));
    facets[field] = { field, title, items };
  }
  return facets;
}

export function normalizeDatastoreFields(value: unknown): DatastoreField[] {
  return records(value).map((field) => {
    const info = isRecord(field['info']) ? field['info'] : {};
    return {
      id: text(field['id']),
      type: text(field['type']) || 'text',
      description: textOrNull(info['notes']) ?? textOrNull(info['label']),
      label: textOrNull(info['label']),
      notes: textOrNull(info['notes']),
      typeOverride: textOrNull(info['type_override']),
    };
  });
}

/** A `datastore_search` result; `requested` fills in what an older server does not echo. */
export function normalizeDatastorePage(
  result: Raw,
  requested: { resourceId: string; offset: number; limit: number },
): DatastorePage {
  const rows = records(result['records']);
  return {
    resourceId: text(result['resource_id']) || requested.resourceId,
    fields: normalizeDatastoreFields(result['fields']),
    records: rows,
    total: numberOrNull(result['total']),
    offset: numberOrNull(result['offset']) ?? requested.offset,
    limit: numberOrNull(result['limit']) ?? requested.limit,
  };
}

export function normalizeStatus(result: Raw): StatusInfo {
  return {
    siteTitle: text(result['site_title']),
    siteUrl: text(result['site_url']),
    ckanVersion: text(result['ckan_version']),
    extensions: Array.isArray(result['extensions']) ? result['extensions'].map(text) : [],
  };
}
