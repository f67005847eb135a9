import type Database from 'better-sqlite3';
import { CATEGORY_GROUPS, LIST_TYPE_FORMATS } from './categories.js';
import { LICENSES } from './shipped.js';
import { prepare } from './statements.js';

/**
 * CKAN package dictionaries, in the exact shape CKAN 2.10's `package_show` returns (the
 * keys CKAN clients read), built from the catalogue tables.
 */

interface PackageRow {
  rowid: number;
  id: string;
  name: string;
  title: string;
  notes: string;
  url: string | null;
  org_name: string;
  org_title: string;
  org_code: string;
  org_created: string | null;
  group_name: string | null;
  group_title: string | null;
  group_created: string | null;
  list_type: string;
  created: string | null;
  modified: string | null;
  views: number;
  license_id: string | null;
  shipped: number;
}

interface ResourceRow {
  id: string;
  position: number;
  name: string;
  description: string;
  format: string;
  file: string;
  size: number | null;
  datastore_table: string | null;
}

const SELECT_PACKAGES = `SELECT p.*, t.notes, t.url, o.title AS org_title, o.code AS org_code, o.created AS org_created, g.title AS group_title, g.created AS group_created
  FROM packages p JOIN package_text t ON t.package = p.rowid JOIN organizations o ON o.name = p.org_name
  LEFT JOIN groups g ON g.name = p.group_name`;

/** `created` of an organisation or group without datasets. */
const FALLBACK_CREATED = '2000-01-01T00:00:00';

/** `creator_user_id` of every dataset: the (virtual) user that seeded the catalogue. */
export const SEED_USER_ID = 'bdw-catalog-seed';

/** Keys every CKAN resource has, which nothing here fills (no file cache, no hashes, no zipped files). */
const RESOURCE_CACHE_FIELDS = { cache_url: null, cache_last_updated: null, hash: '', mimetype_inner: null };

const MIME: Record<string, string> = {
  CSV: 'text/csv',
  TSV: 'text/tab-separated-values',
  GEOJSON: 'application/geo+json',
};

/** An organisation as stored: `created` is its first dataset's creation (the list has no date for organisations). */
export interface OrganizationRow {
  name: string;
  title: string;
  code: string;
  created: string | null;
}

/** CKAN's organisation dictionary; `package_count` where CKAN gives it (lists and show, not inside datasets). */
export function organizationDict({ name, title, code, created }: OrganizationRow, packageCount?: number) {
  return {
    id: name,
    name,
    title,
    created: created ?? FALLBACK_CREATED,
    display_name: title,
    description: '',
    image_url: '',
    image_display_url: '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
    num_followers: 0,
    ...(packageCount === undefined ? {} : { package_count: packageCount }),
    extras: [{ key: 'org_code', value: code }],
  };
}

/** CKAN's group dictionary, for the data.go.kr category of the same title. */
export function groupDict(
  name: string,
  title: string,
  titleEn: string,
  packageCount?: number,
  created?: string | null,
) {
  return {
    id: name,
    name,
    title,
    created: created ?? FALLBACK_CREATED,
    display_name: title,
    description: titleEn,
    image_url: '',
    image_display_url: '',
    type: 'group',
    is_organization: false,
    state: 'active',
    num_followers: 0,
    ...(packageCount === undefined ? {} : { package_count: packageCount }),
  };
}

function resourceDicts(db: Database.Database, row: PackageRow, filesUrl: string) {
  if (row.shipped) {
    const rows = prepare(db, 'SELECT * FROM resources WHERE package = ? ORDER BY position').all(
      row.rowid,
    ) as ResourceRow[];
    return rows.map((r) => ({
      id: r.id,
      package_id: row.id,
      position: r.position,
      name: r.name,
      description: r.description,
      format: r.format,
      mimetype: MIME[r.format] ?? null,
      url: `${filesUrl}/${r.file}`,
      url_type: null,
      size: r.size,
      datastore_active: r.datastore_table !== null,
      created: row.created,
      last_modified: row.modified,
      resource_type: r.datastore_table ? 'datastore' : 'file',
      state: 'active',
      ...RESOURCE_CACHE_FIELDS,
    }));
  }
  // A data.go.kr list entry: one resource, the data.go.kr page of the file or API.
  return [
    {
      id: `${row.id}-0`,
      package_id: row.id,
      position: 0,
      name: `${row.title} (${LIST_TYPE_FORMATS[row.list_type] ?? row.list_type})`,
      description: '',
      format: row.list_type,
      mimetype: null,
      url: row.url ?? '',
      url_type: null,
      size: null,
      datastore_active: false,
      created: row.created,
      last_modified: row.modified,
      resource_type: row.list_type === 'API' ? 'api' : 'file',
      state: 'active',
      ...RESOURCE_CACHE_FIELDS,
    },
  ];
}

function packageDict(db: Database.Database, row: PackageRow, tagNames: string[], filesUrl: string) {
  const tags = tagNames.map((tag) => ({ id: tag, name: tag, display_name: tag, state: 'active', vocabulary_id: null }));
  const license = row.license_id ? LICENSES[row.license_id as keyof typeof LICENSES] : undefined;
  const resources = resourceDicts(db, row, filesUrl);
  const groupEn = Object.values(CATEGORY_GROUPS).find((g) => g.name === row.group_name)?.titleEn ?? '';
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    notes: row.notes,
    url: row.url,
    type: 'dataset',
    state: 'active',
    private: false,
    // The catalogue is seeded, not edited by users: every dataset is the seed's.
    creator_user_id: SEED_USER_ID,
    author: '',
    author_email: '',
    maintainer: row.org_title,
    maintainer_email: '',
    version: '',
    license_id: row.license_id,
    license_title: license?.title ?? null,
    license_url: license?.url ?? null,
    isopen: row.license_id !== null,
    metadata_created: row.created,
    metadata_modified: row.modified,
    owner_org: row.org_name,
    organization: organizationDict({
      name: row.org_name,
      title: row.org_title,
      code: row.org_code,
      created: row.org_created,
    }),
    groups: row.group_name
      ? [groupDict(row.group_name, row.group_title ?? row.group_name, groupEn, undefined, row.group_created)]
      : [],
    tags,
    num_tags: tags.length,
    resources,
    num_resources: resources.length,
    extras: [
      { key: 'list_type', value: row.list_type },
      { key: 'views', value: String(row.views) },
    ],
    tracking_summary: { total: row.views, recent: 0 },
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

export type PackageDict = ReturnType<typeof packageDict>;

/** Tags of many packages in one query. */
function tagsOf(db: Database.Database, rowids: number[]): Map<number, string[]> {
  const rows = prepare(
    db,
    'SELECT package, tag FROM package_tags WHERE package IN (SELECT value FROM json_each(?)) ORDER BY tag',
  ).all(JSON.stringify(rowids)) as { package: number; tag: string }[];
  const tags = new Map<number, string[]>();
  for (const { package: rowid, tag } of rows) tags.set(rowid, [...(tags.get(rowid) ?? []), tag]);
  return tags;
}

/** Package dicts for rowids, in the order given. */
export function packageDicts(db: Database.Database, rowids: number[], filesUrl: string): PackageDict[] {
  if (rowids.length === 0) return [];
  const rows = prepare(db, `${SELECT_PACKAGES} WHERE p.rowid IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(rowids),
  ) as PackageRow[];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  const tags = tagsOf(db, rowids);
  return rowids.flatMap((rowid) => {
    const row = byRowid.get(rowid);
    return row ? [packageDict(db, row, tags.get(rowid) ?? [], filesUrl)] : [];
  });
}

/** One package by id or name, or null. */
export function packageByIdOrName(db: Database.Database, idOrName: string, filesUrl: string): PackageDict | null {
  const row = prepare(db, `${SELECT_PACKAGES} WHERE p.id = ? OR p.name = ?`).get(idOrName, idOrName) as
    PackageRow | undefined;
  return row ? packageDict(db, row, tagsOf(db, [row.rowid]).get(row.rowid) ?? [], filesUrl) : null;
}

/**
 * One resource by id, or null: a shipped file (`<dataset>-<n>`) or the data.go.kr page of a list entry
 * (`<목록키>-0`).
 */
export function resourceById(db: Database.Database, id: string, filesUrl: string) {
  const shipped = prepare(db, 'SELECT package FROM resources WHERE id = ?').get(id) as { package: number } | undefined;
  const listKey = /^(.+)-0$/.exec(id)?.[1];
  const row = shipped
    ? (prepare(db, `${SELECT_PACKAGES} WHERE p.rowid = ?`).get(shipped.package) as PackageRow | undefined)
    : listKey
      ? (prepare(db, `${SELECT_PACKAGES} WHERE p.id = ? AND p.shipped = 0`).get(listKey) as PackageRow | undefined)
      : undefined;
  return row ? (resourceDicts(db, row, filesUrl).find((r) => r.id === id) ?? null) : null;
}
