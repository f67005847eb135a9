import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CATEGORY_GROUPS } from './categories.js';
import { orgName, packageFromRow, type ListRow, type PackageRecord } from './catalog-row.js';
import { parseTable } from './csv.js';
import { loadDatastoreTable } from './datastore-load.js';
import { CATALOG_CSV_GZ, FILES_DIR } from './paths.js';
import { SCHEMA } from './schema.js';
import { SHIPPED_DATASETS, resourceId, shippedOrgName } from './shipped.js';
import { initialsText, suggestRow, titleWords } from './suggest.js';
import { indexText, unigramText } from './tokenize.js';

/** Bump when the schema or the mapping changes: a DB of another version is rebuilt. */
export const SEED_VERSION = '11';

export interface SeedOptions {
  /** Replicate the list (with distinct ids) until there are this many packages; for scale benchmarks. */
  size?: number;
}

export interface SeedReport {
  packages: number;
  organizations: number;
  ms: number;
  rebuilt: boolean;
}

function sourceStamp(options: SeedOptions): string {
  return JSON.stringify({ version: SEED_VERSION, source: statSync(CATALOG_CSV_GZ).size, size: options.size ?? null });
}

/** The stamp of an existing DB, or null when it is missing or unreadable. */
function existingStamp(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (
        (db.prepare("SELECT value FROM meta WHERE key = 'stamp'").get() as { value: string } | undefined)?.value ?? null
      );
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export function readCatalogRows(): ListRow[] {
  const text = gunzipSync(readFileSync(CATALOG_CSV_GZ)).toString('utf8');
  return parseTable(text).rows as ListRow[];
}

/**
 * Builds the catalogue DB at `path` unless one of the same version, source and size is
 * already there (idempotent). Builds into a temporary file and renames it into place, so a
 * running reader never sees half a catalogue.
 */
export function seed(path: string, options: SeedOptions = {}): SeedReport {
  const started = performance.now();
  const stamp = sourceStamp(options);
  if (existingStamp(path) === stamp) {
    const db = new Database(path, { readonly: true });
    const count = (db.prepare('SELECT COUNT(*) AS n FROM packages').get() as { n: number }).n;
    const orgs = (db.prepare('SELECT COUNT(*) AS n FROM organizations').get() as { n: number }).n;
    db.close();
    return { packages: count, organizations: orgs, ms: performance.now() - started, rebuilt: false };
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  const rows = readCatalogRows();
  const report = db.transaction(() => fill(db, rows, options))();
  db.exec("INSERT INTO package_fts(package_fts) VALUES('optimize')");
  db.exec("INSERT INTO suggest_fts(suggest_fts) VALUES('optimize')");
  db.prepare("INSERT INTO meta (key, value) VALUES ('stamp', ?)").run(stamp);
  db.exec('ANALYZE');
  db.close();
  renameSync(tmp, path);
  return { ...report, ms: performance.now() - started, rebuilt: true };
}

function fill(db: Database.Database, rows: ListRow[], options: SeedOptions): Omit<SeedReport, 'ms' | 'rebuilt'> {
  const insertOrg = db.prepare('INSERT OR IGNORE INTO organizations (name, code, title) VALUES (?, ?, ?)');
  const insertGroup = db.prepare('INSERT INTO groups (name, title, title_en) VALUES (?, ?, ?)');
  const insertPackage = db.prepare(`INSERT INTO packages
    (id, name, title, org_name, group_name, list_type, created, modified, views, license_id, shipped)
    VALUES (@id, @name, @title, @orgName, @groupName, @listType, @created, @modified, @views, @licenseId, @shipped)`);
  const insertText = db.prepare('INSERT INTO package_text (package, notes, url) VALUES (?, ?, ?)');
  const insertTag = db.prepare('INSERT OR IGNORE INTO package_tags (package, tag) VALUES (?, ?)');
  const insertFormat = db.prepare('INSERT OR IGNORE INTO package_formats (package, format) VALUES (?, ?)');
  const insertFts = db.prepare(
    'INSERT INTO package_fts (rowid, title, notes, org, tags, title1, notes1, org1, tags1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSuggest = db.prepare(
    'INSERT INTO package_suggest (package, compact, choseong, name, views) VALUES (?, ?, ?, ?, ?)',
  );
  const insertInitials = db.prepare('INSERT INTO suggest_fts (rowid, initials) VALUES (?, ?)');
  const orgTitles = new Map<string, string>();
  const words = new Map<string, number>();

  for (const [title, group] of Object.entries(CATEGORY_GROUPS)) insertGroup.run(group.name, title, group.titleEn);

  const add = (record: PackageRecord, shipped: boolean): number => {
    const { notes: _notes, url: _url, ...columns } = record;
    const rowid = Number(insertPackage.run({ ...columns, shipped: shipped ? 1 : 0 }).lastInsertRowid);
    insertText.run(rowid, record.notes, record.url);
    for (const tag of record.tags) insertTag.run(rowid, tag);
    for (const format of record.formats) insertFormat.run(rowid, format);
    const org = orgTitles.get(record.orgName) ?? '';
    const tags = record.tags.join(' ');
    insertFts.run(
      rowid,
      indexText(record.title),
      indexText(record.notes),
      indexText(org),
      indexText(tags),
      unigramText(record.title),
      unigramText(record.notes),
      unigramText(org),
      unigramText(tags),
    );
    const suggest = suggestRow(record.title);
    insertSuggest.run(rowid, suggest.compact, suggest.choseong, record.name, record.views);
    insertInitials.run(rowid, initialsText(suggest.choseong));
    for (const word of titleWords(record.title)) words.set(word, (words.get(word) ?? 0) + 1);
    return rowid;
  };

  for (const row of rows) {
    const name = orgName(row['기관코드']);
    if (!orgTitles.has(name)) {
      orgTitles.set(name, row['기관명'].trim());
      insertOrg.run(name, row['기관코드'].trim(), row['기관명'].trim());
    }
  }
  addShipped(db, add, insertOrg, orgTitles);
  const target = Math.max(options.size ?? 0, rows.length);
  let count = SHIPPED_DATASETS.length;
  for (let copy = 0; count < target + SHIPPED_DATASETS.length; copy++) {
    for (const row of rows) {
      if (count >= target + SHIPPED_DATASETS.length) break;
      add(packageFromRow(row, copy), false);
      count++;
    }
  }
  const insertWord = db.prepare('INSERT INTO title_words (word, count) VALUES (?, ?)');
  for (const [word, count] of words) insertWord.run(word, count);
  db.exec(`UPDATE organizations SET
             package_count = (SELECT COUNT(*) FROM packages p WHERE p.org_name = organizations.name),
             created = (SELECT MIN(created) FROM packages p WHERE p.org_name = organizations.name);
           UPDATE groups SET
             package_count = (SELECT COUNT(*) FROM packages p WHERE p.group_name = groups.name),
             created = (SELECT MIN(created) FROM packages p WHERE p.group_name = groups.name);`);
  return { packages: count, organizations: orgTitles.size };
}

function addShipped(
  db: Database.Database,
  add: (record: PackageRecord, shipped: boolean) => number,
  insertOrg: Database.Statement,
  orgTitles: Map<string, string>,
): void {
  const insertResource = db.prepare(`INSERT INTO resources
    (id, package, position, name, description, format, file, size, datastore_table, datastore_fields)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let tables = 0;
  SHIPPED_DATASETS.forEach((dataset) => {
    const org = shippedOrgName(dataset);
    if (!orgTitles.has(org)) {
      orgTitles.set(org, dataset.orgTitle);
      insertOrg.run(org, dataset.orgCode, dataset.orgTitle);
    }
    const rowid = add(
      {
        id: `bdw-${dataset.name}`,
        name: dataset.name,
        title: dataset.title,
        notes: dataset.notes,
        url: null,
        orgName: org,
        groupName: dataset.group,
        listType: 'FILE',
        created: dataset.modified,
        modified: dataset.modified,
        views: 0,
        licenseId: dataset.licenseId,
        tags: dataset.tags,
        formats: [...new Set(dataset.resources.map((r) => r.format))],
      },
      true,
    );
    dataset.resources.forEach((resource, position) => {
      const id = resourceId(dataset, position);
      const path = join(FILES_DIR, resource.file);
      const tabular = resource.format === 'CSV' || resource.format === 'TSV';
      const table = tabular ? `ds_${++tables}` : null;
      const fields =
        table &&
        loadDatastoreTable(db, table, readFileSync(path, 'utf8'), resource.format as 'CSV' | 'TSV', {
          ...(resource.labels ? { labels: resource.labels } : {}),
          ...(resource.indexes ? { indexes: resource.indexes } : {}),
        });
      insertResource.run(
        id,
        rowid,
        position,
        resource.name,
        resource.description,
        resource.format,
        resource.file,
        statSync(path).size,
        table,
        fields ? JSON.stringify(fields) : null,
      );
    });
  });
}
