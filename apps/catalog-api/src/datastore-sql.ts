import type Database from 'better-sqlite3';
import { ActionError, validationError } from './errors.js';
import { stringParam, type Params } from './params.js';
import { SqlPool } from './sql/pool.js';

/** CKAN's `ckan.datastore.search.rows_max` (default 32000): at most this many records, then `records_truncated`. */
export const SQL_ROWS_MAX = 32000;
/** A query running longer is stopped and answered "Query took too long" (CKAN's `statement_timeout`, 60 s there). */
export const SQL_TIME_LIMIT_MS = 3000;
/** Longer SQL is refused before it is parsed. */
export const SQL_MAX_CHARS = 8000;

const pools = new Map<string, SqlPool>();

/** The worker pool for a database file, started on the first query. */
function poolFor(db: Database.Database): SqlPool {
  let pool = pools.get(db.name);
  if (!pool) {
    pool = new SqlPool(db.name, { timeLimitMs: SQL_TIME_LIMIT_MS });
    pools.set(db.name, pool);
  }
  return pool;
}

/** Stops the SQL worker processes of a database (when its API closes). */
export function closeSqlPool(db: Database.Database): void {
  pools.get(db.name)?.close();
  pools.delete(db.name);
}

/** CKAN's NotAuthorized, as its API view answers it: 403 `Authorization Error`, `Access denied: …`. */
const notAuthorized = (message: string) => new ActionError(403, 'Authorization Error', `Access denied: ${message}`);

/**
 * `datastore_search_sql`: one read-only SELECT (or WITH … SELECT) over datastore tables, named by their resource ids
 * (`SELECT "발생지시군구", count(*) FROM "<resource_id>" GROUP BY 1`). Answers CKAN's `{ sql, records, fields }`,
 * with `records_truncated: true` past `SQL_ROWS_MAX` rows. Refusals are CKAN's: a ValidationError under `query`
 * for SQL that is not one query or does not run (`Query is not a single statement.`, SQLite's message, `Query took
 * too long`), NotAuthorized for other tables (`Not authorized to access system tables`, `… to read resource.`) and
 * for functions outside the allowed list (`Not authorized to call function load_extension`).
 */
export async function datastoreSearchSql(db: Database.Database, params: Params) {
  const sql = stringParam(params, 'sql').trim();
  if (!sql) throw validationError('sql: Missing value');
  if (sql.length > SQL_MAX_CHARS) throw validationError(`query: at most ${SQL_MAX_CHARS} characters`);
  const outcome = await poolFor(db).run(sql, SQL_ROWS_MAX);
  if (!outcome.ok) {
    if (outcome.kind === 'authorization') throw notAuthorized(outcome.message);
    throw new ActionError(409, 'Validation Error', outcome.message, { query: [outcome.message] });
  }
  return {
    sql,
    records: outcome.records,
    fields: outcome.fields,
    ...(outcome.truncated ? { records_truncated: true } : {}),
  };
}
