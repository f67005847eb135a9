import type Database from 'better-sqlite3';
import { searchError, validationError } from './errors.js';
import { compileQuery } from './lucene-query.js';
import { prepare } from './statements.js';

/** Facetable and filterable fields, with the SQL that yields a package's values of each. */
const FIELDS = {
  organization: { column: 'p.org_name' },
  groups: { column: 'p.group_name' },
  license_id: { column: 'p.license_id' },
  res_format: { table: 'package_formats', value: 'format' },
  tags: { table: 'package_tags', value: 'tag' },
} as const;
type Field = keyof typeof FIELDS;
export const SEARCH_FIELDS: ReadonlySet<string> = new Set(Object.keys(FIELDS));

const NUM_RESOURCES =
  'CASE WHEN p.shipped THEN (SELECT COUNT(*) FROM resources r WHERE r.package = p.rowid) ELSE 1 END';
const NUM_TAGS = '(SELECT COUNT(*) FROM package_tags x WHERE x.package = p.rowid)';

const SORTS: Record<string, string> = {
  'metadata_modified desc': 'p.modified DESC, p.rowid',
  'metadata_modified asc': 'p.modified ASC, p.rowid',
  'metadata_created desc': 'p.created DESC, p.rowid',
  'metadata_created asc': 'p.created ASC, p.rowid',
  'views_recent desc': 'p.views DESC, p.rowid',
  'views_total desc': 'p.views DESC, p.rowid',
  'title_string asc': 'p.title COLLATE BINARY ASC, p.rowid',
  'title_string desc': 'p.title COLLATE BINARY DESC, p.rowid',
  'name asc': 'p.name ASC',
  'name desc': 'p.name DESC',
  // A list entry has one resource, a shipped dataset its files.
  'num_resources desc': `${NUM_RESOURCES} DESC, p.rowid`,
  'num_resources asc': `${NUM_RESOURCES} ASC, p.rowid`,
  'num_tags desc': `${NUM_TAGS} DESC, p.rowid`,
  'num_tags asc': `${NUM_TAGS} ASC, p.rowid`,
};

/**
 * A search's time budget (ms), checked between its statements (count, page, each facet): past it the request
 * ends with a 409 naming the limit instead of running the remaining statements. better-sqlite3 cannot interrupt a
 * statement that has started; the query bounds (MAX_QUERY_CHARS, MAX_QUERY_TERMS) keep each one short.
 */
export const SEARCH_TIME_LIMIT_MS = 2000;

export interface SearchRequest {
  q: string;
  /** Every `fq` / `fq_list` string; their clauses are AND-ed. */
  fq: string[];
  sort: string;
  rows: number;
  start: number;
  facetFields: string[];
  /** -1: no limit. */
  facetLimit: number;
  facetMinCount: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchHits {
  count: number;
  rowids: number[];
  facets: Map<string, FacetCount[]>;
  sort: string;
}

/**
 * Counts of column `index`'s values over rows, as the facet query would give them: nulls skipped, at least
 * `minCount`, largest first, ties by value in SQLite's BINARY order (code points, which JS's `<` matches for the
 * catalogue's text), at most `limit`.
 */
function topCounts(rows: readonly (string | null)[][], index: number, minCount: number, limit: number): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row[index];
    if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}

function normalizeSort(sort: string, hasQuery: boolean): { sql: string; label: string } {
  const parts = sort
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  if (parts.length === 0) parts.push(hasQuery ? 'score desc' : 'metadata_modified desc');
  const sql = parts.map((part) => {
    if (part === 'score desc') return hasQuery ? 'm.rank' : null;
    const clause = SORTS[part];
    if (!clause) throw validationError(`sort: cannot sort by "${part}"`);
    return clause;
  });
  const clauses = sql.filter((s): s is string => s !== null);
  if (clauses.length === 0) clauses.push(SORTS['metadata_modified desc']!);
  return { sql: clauses.join(', '), label: parts.join(', ') };
}

/**
 * Runs a package search: the page of matching rowids, the total and facet counts, all over the same match
 * (FTS5 on Hangul bigrams and syllables) and filters (`q` and `fq` in Lucene syntax, see lucene-query.ts), in SQL.
 */
export function searchPackages(db: Database.Database, request: SearchRequest): SearchHits {
  try {
    return runSearch(db, request);
  } catch (error) {
    // FTS5 refuses what it cannot run (an expression nested deeper than its parser's stack): the query's fault.
    if (error instanceof Error && error.message.startsWith('fts5:')) {
      throw searchError(`the query is too complex for the full-text index (${error.message})`);
    }
    throw error;
  }
}

function runSearch(db: Database.Database, request: SearchRequest): SearchHits {
  const started = performance.now();
  const inTime = () => {
    if (performance.now() - started > SEARCH_TIME_LIMIT_MS) {
      throw searchError(`the search took longer than its limit of ${SEARCH_TIME_LIMIT_MS} ms; narrow it`);
    }
  };
  for (const field of request.facetFields) {
    if (!SEARCH_FIELDS.has(field)) throw validationError(`facet.field: cannot facet on "${field}"`);
  }
  const { match, where, params } = compileQuery(request.q, request.fq);
  // The text match is computed once, first (MATERIALIZED), and the filters then test its rows.
  // bm25 (`rank`) costs per row: only the page query under relevance sort asks for it.
  const cteWith = (columns: string) =>
    match ? `WITH m AS MATERIALIZED (SELECT ${columns} FROM package_fts WHERE package_fts MATCH ?) ` : '';
  const cte = cteWith('rowid');
  const from = match ? 'm JOIN packages p ON p.rowid = m.rowid' : 'packages p';
  const allParams = match ? [match, ...params] : params;
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sort = normalizeSort(request.sort, match !== null);
  // Text alone, by relevance: FTS5 answers the total and the page without joining
  // `packages` (bm25 ties, which the secondary sort would break, are rare).
  const ftsOnly = match !== null && where.length === 0 && sort.sql.startsWith('m.rank');
  const countSql = ftsOnly
    ? 'SELECT COUNT(*) AS n FROM package_fts WHERE package_fts MATCH ?'
    : `${cte}SELECT COUNT(*) AS n FROM ${from} ${whereSql}`;
  const pageSql = ftsOnly
    ? 'SELECT rowid FROM package_fts WHERE package_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'
    : `${cteWith(sort.sql.includes('m.rank') ? 'rowid, rank' : 'rowid')}SELECT p.rowid AS rowid FROM ${from} ${whereSql} ORDER BY ${sort.sql} LIMIT ? OFFSET ?`;

  const facets = new Map<string, FacetCount[]>();
  const fields = [...new Set(request.facetFields)] as Field[];
  const limit = request.facetLimit < 0 ? Infinity : request.facetLimit;
  const minCount = Math.max(1, request.facetMinCount);
  // Under a text match, the column facets are counted in one pass over the matched rows, so the FTS5 match is not
  // run again for each of them; without one, SQLite's GROUP BY over the column's index is faster.
  const oneMatchPass = match ? fields.filter((f) => 'column' in FIELDS[f]) : [];
  // That pass also yields the total: one row per matched package.
  let passCount: number | null = null;
  if (oneMatchPass.length > 0) {
    const columns = oneMatchPass.map((f) => (FIELDS[f] as { column: string }).column);
    const rows = prepare(db, `${cte}SELECT ${columns.join(', ')} FROM ${from} ${whereSql}`)
      .raw()
      .all(...allParams) as (string | null)[][];
    passCount = rows.length;
    oneMatchPass.forEach((field, i) => facets.set(field, topCounts(rows, i, minCount, limit)));
  }
  const count = passCount ?? (prepare(db, countSql).get(...allParams) as { n: number }).n;
  inTime();
  const rowids =
    request.rows === 0 || count === 0
      ? []
      : (prepare(db, pageSql).all(...allParams, request.rows, request.start) as { rowid: number }[]).map(
          (r) => r.rowid,
        );

  for (const field of fields) {
    if (facets.has(field)) continue;
    inTime();
    const def = FIELDS[field];
    const [valueSql, join] =
      'column' in def ? [def.column, ''] : [`fx.${def.value}`, `JOIN ${def.table} fx ON fx.package = p.rowid`];
    const sql = `${cte}SELECT ${valueSql} AS value, COUNT(*) AS count FROM ${from} ${join} ${whereSql}
      ${whereSql ? 'AND' : 'WHERE'} ${valueSql} IS NOT NULL
      GROUP BY ${valueSql} HAVING COUNT(*) >= ? ORDER BY count DESC, value ASC LIMIT ?`;
    facets.set(
      field,
      count === 0
        ? []
        : (prepare(db, sql).all(...allParams, minCount, limit === Infinity ? -1 : limit) as FacetCount[]),
    );
  }
  return { count, rowids, facets, sort: sort.label };
}
