/** The catalogue's SQLite schema. Rebuilt from scratch by the seed; the API opens it read-only. */
export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE organizations (
  name TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  package_count INTEGER NOT NULL DEFAULT 0,
  -- The first dataset's creation: the list has no date for organisations.
  created TEXT
);

CREATE TABLE groups (
  name TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  title_en TEXT NOT NULL,
  package_count INTEGER NOT NULL DEFAULT 0,
  created TEXT
);

-- Narrow on purpose: facet counts join every match to this table, and short rows
-- fit more to a page (twice as fast at 145k). The long texts live in package_text.
CREATE TABLE packages (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  org_name TEXT NOT NULL REFERENCES organizations(name),
  group_name TEXT REFERENCES groups(name),
  list_type TEXT NOT NULL,
  created TEXT,
  modified TEXT,
  views INTEGER NOT NULL DEFAULT 0,
  license_id TEXT,
  shipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE package_text (package INTEGER PRIMARY KEY, notes TEXT NOT NULL, url TEXT);
CREATE INDEX packages_org ON packages(org_name);
CREATE INDEX packages_group ON packages(group_name);
CREATE INDEX packages_license ON packages(license_id);
CREATE INDEX packages_modified ON packages(modified DESC);
CREATE INDEX packages_created ON packages(created DESC);
CREATE INDEX packages_views ON packages(views DESC);
CREATE INDEX packages_title ON packages(title);

CREATE TABLE package_tags (package INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (tag, package)) WITHOUT ROWID;
CREATE TABLE package_formats (package INTEGER NOT NULL, format TEXT NOT NULL, PRIMARY KEY (format, package)) WITHOUT ROWID;
CREATE INDEX package_tags_package ON package_tags(package);
CREATE INDEX package_formats_package ON package_formats(package);

-- Resources of the shipped datasets; the list's datasets get one resource derived from their row.
CREATE TABLE resources (
  id TEXT PRIMARY KEY,
  package INTEGER NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  format TEXT NOT NULL,
  file TEXT NOT NULL,
  size INTEGER,
  datastore_table TEXT,
  datastore_fields TEXT
);
CREATE INDEX resources_package ON resources(package);

-- Hangul-bigram tokens (see tokenize.ts) in title..tags, and each column's distinct syllables in title1..tags1
-- (one-syllable queries: any position in a word); contentless, rowid = packages.rowid.
CREATE VIRTUAL TABLE package_fts USING fts5(title, notes, org, tags, title1, notes1, org1, tags1,
  content='', tokenize='unicode61 remove_diacritics 0');
INSERT INTO package_fts(package_fts, rank) VALUES('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 10.0, 1.0, 3.0, 2.0)');

-- Suggestions while typing: each title without spaces, normalised, and its syllables' initials (suggest.ts);
-- name and views copied from packages, so one scan of this narrow table finds and orders the matches.
CREATE TABLE package_suggest (
  package INTEGER PRIMARY KEY,
  compact TEXT NOT NULL,
  choseong TEXT NOT NULL,
  name TEXT NOT NULL,
  views INTEGER NOT NULL
);

-- The initials of each title (package_suggest.choseong) as bigrams, so initials typed (ㅂㅅㅈㅊ) are a phrase
-- lookup, not a scan; contentless, rowid = packages.rowid.
CREATE VIRTUAL TABLE suggest_fts USING fts5(initials, content='', tokenize='unicode61 remove_diacritics 0');

-- Every word of every title and how many titles have it: the vocabulary "try instead" suggestions come from.
CREATE TABLE title_words (word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
`;
