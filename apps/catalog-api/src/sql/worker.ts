/**
 * An SQL worker process for `datastore_search_sql`: it opens the catalogue read-only, names each datastore table by
 * its resource id (a temporary view), and runs one guarded query at a time. It is a process, not a worker thread,
 * because better-sqlite3 cannot interrupt a running statement: the API process ends a query past its time limit by
 * killing this process (a worker thread cannot be terminated while SQLite runs).
 */
import Database from 'better-sqlite3';
import { quoteIdent } from '../datastore-load.js';
import { checkStatement, SqlRefusal, type AllowedTable } from './guard.js';
import type { SqlAnswer, SqlField, SqlJob } from './protocol.js';

/** How much of the catalogue file a worker maps (the 1,000,000-row bench table with its indexes is ~450 MB). */
const SQL_MMAP_BYTES = 1 << 30;

const dbPath = process.argv[2];
if (!dbPath || !process.send) throw new Error('usage: fork(worker, [dbPath]) with an IPC channel');

const db = new Database(dbPath, { readonly: true, fileMustExist: true });
// A grouped query over a large table reads its rows by index: mapped pages are read in place, without a copy
// into SQLite's cache per page (read-only, so the mapping is safe; it counts as page cache, not as this heap).
db.pragma(`mmap_size = ${SQL_MMAP_BYTES}`);
const tables = new Map<number, AllowedTable>();
const names = new Map<number, string>();
for (const row of db.prepare('SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0').all() as {
  name: string;
  rootpage: number;
}[]) {
  names.set(row.rootpage, row.name);
}
const datastore = db.prepare('SELECT id, datastore_table FROM resources WHERE datastore_table IS NOT NULL').all() as {
  id: string;
  datastore_table: string;
}[];
for (const { id, datastore_table: table } of datastore) {
  // The table's b-tree and those of its indexes (as CKAN indexes datastore fields).
  const pages = db.prepare('SELECT rootpage FROM sqlite_schema WHERE tbl_name = ? AND rootpage > 0').pluck().all(table);
  for (const rootpage of pages as number[]) tables.set(rootpage, { rootpage, resourceId: id });
  // CKAN's table names are resource ids: `SELECT … FROM "<resource_id>"`.
  db.exec(`CREATE TEMP VIEW ${quoteIdent(id)} AS SELECT * FROM main.${quoteIdent(table)}`);
}

const TYPES: Record<string, string> = { INTEGER: 'int', REAL: 'float8', TEXT: 'text' };

/** A column's datastore type: the table column's declared type, else what its values are. */
function fieldType(declared: string | null, values: unknown[]): string {
  if (declared && TYPES[declared.toUpperCase()]) return TYPES[declared.toUpperCase()]!;
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (present.length && present.every((v) => typeof v === 'number')) return 'float8';
  return 'text';
}

function run(job: SqlJob): SqlAnswer {
  let statement: Database.Statement;
  try {
    // Compiled (never run) as written first: SQLite knows whether it is one statement and whether it writes.
    const sql = job.sql.replace(/[\s;]+$/, '');
    const own = db.prepare(sql);
    if (!own.readonly) throw new SqlRefusal('authorization', 'Not authorized to read resource.');
    // CKAN's own wrapping (`SELECT * FROM (<sql>) AS blah LIMIT <rows_max + 1>`): only a query fits in it. The
    // newlines end a trailing `--` comment inside the brackets.
    statement = db.prepare(`SELECT * FROM (\n${sql}\n) LIMIT ${job.rowsMax + 1}`);
    checkStatement(db, statement, tables, names);
  } catch (error) {
    if (error instanceof SqlRefusal) return { id: job.id, ok: false, kind: error.kind, message: error.message };
    const message = (error as Error).message;
    // better-sqlite3's words for stacked statements; CKAN's are these.
    const single = /more than one statement/.test(message) ? 'Query is not a single statement.' : message;
    return { id: job.id, ok: false, kind: 'validation', message: single };
  }
  const records: Record<string, unknown>[] = [];
  let truncated = false;
  try {
    for (const record of statement.iterate() as IterableIterator<Record<string, unknown>>) {
      if (records.length === job.rowsMax) {
        truncated = true;
        break;
      }
      // A blob crosses as hex text (Postgres shows bytea as `\\x…`), not as a list of bytes.
      for (const [key, value] of Object.entries(record)) {
        if (Buffer.isBuffer(value)) record[key] = `\\x${value.toString('hex')}`;
      }
      records.push(record);
    }
  } catch (error) {
    return { id: job.id, ok: false, kind: 'validation', message: (error as Error).message };
  }
  const fields: SqlField[] = statement.columns().map((column) => ({
    id: column.name,
    type: fieldType(
      column.type,
      records.map((r) => r[column.name]),
    ),
  }));
  return { id: job.id, ok: true, fields, records, truncated };
}

process.on('message', (job: SqlJob) => process.send!(run(job)));
// The API process is gone: so is the reason to live.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
