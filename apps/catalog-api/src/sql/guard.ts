import type Database from 'better-sqlite3';

/** Why a statement is refused: CKAN answers a bad query with a ValidationError, a forbidden one with NotAuthorized. */
export class SqlRefusal extends Error {
  constructor(
    readonly kind: 'validation' | 'authorization',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The functions a query may call (lower case), as CKAN's `ckan.datastore.sqlsearch.allowed_functions_file` lists the
 * Postgres functions it may call: SQLite's aggregate, window, text, number and date functions. Not allowed: anything
 * that touches files or loads code (`load_extension`, `readfile`, `writefile`, `edit`), that reads the engine's state
 * (`sqlite_*`, `changes`, `last_insert_rowid`), or that makes a large value from a small query (`zeroblob`,
 * `randomblob`, `printf`/`format` with a width), so memory stays bounded by the tables' own sizes.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // aggregate
  'avg',
  'count',
  'group_concat',
  'string_agg',
  'max',
  'min',
  'sum',
  'total',
  'median',
  'percentile',
  'percentile_cont',
  'percentile_disc',
  // window
  'row_number',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'ntile',
  'lag',
  'lead',
  'first_value',
  'last_value',
  'nth_value',
  // scalar
  'abs',
  'char',
  'coalesce',
  'concat',
  'concat_ws',
  'glob',
  'hex',
  'ifnull',
  'iif',
  'if',
  'instr',
  'length',
  'like',
  'likelihood',
  'likely',
  'lower',
  'ltrim',
  'nullif',
  'octet_length',
  'quote',
  'replace',
  'round',
  'rtrim',
  'sign',
  'substr',
  'substring',
  'trim',
  'typeof',
  'unhex',
  'unicode',
  'unlikely',
  'upper',
  'unistr',
  // math
  'acos',
  'asin',
  'atan',
  'atan2',
  'ceil',
  'ceiling',
  'cos',
  'degrees',
  'exp',
  'floor',
  'ln',
  'log',
  'log10',
  'log2',
  'mod',
  'pi',
  'pow',
  'power',
  'radians',
  'sin',
  'sqrt',
  'tan',
  'trunc',
  // JSON values (the table-valued json_each/json_tree are virtual tables, refused with them)
  'json',
  'json_array',
  'json_array_length',
  'json_extract',
  'json_group_array',
  'json_group_object',
  'json_object',
  'json_quote',
  'json_type',
  'json_valid',
  '->',
  '->>',
  // date and time
  'date',
  'time',
  'datetime',
  'julianday',
  'strftime',
  'unixepoch',
  'timediff',
]);

/** Bytecode that reads something other than a plain table, or changes something: never in an allowed query. */
const FORBIDDEN_OPCODES = new Set([
  'VOpen', // virtual tables: FTS5 (and its shadow tables' contents), pragma_* table functions, json_each, dbstat…
  'VFilter',
  'VUpdate',
  'VCreate',
  'VDestroy',
  'OpenWrite',
  'ParseSchema',
  'CreateBtree',
  'Destroy',
  'Clear',
  'Vacuum',
  'SqlExec',
  'Expire',
  'Offset', // sqlite_offset(): where a value lies in the file (an inline function, so not a Function opcode)
]);
const FUNCTION_OPCODES = new Set(['Function', 'PureFunc', 'AggStep', 'AggStep1', 'AggInverse', 'AggValue', 'AggFinal']);

interface ExplainRow {
  opcode: string;
  p2: number;
  p3: number;
  p4: string | null;
}

/** A datastore b-tree (a table's or one of its indexes') as the guard knows it: its root page in `main`, its resource. */
export interface AllowedTable {
  rootpage: number;
  resourceId: string;
}

/**
 * Refuses a prepared statement unless it only reads datastore tables and calls allowed functions. The check is on
 * the statement's own bytecode (`EXPLAIN`), which is what SQLite will run, not on the SQL text: every b-tree it opens
 * must be a datastore table's (`OpenRead` of an allowed root page in `main`), no virtual table is opened, no schema
 * is read or written, and every function (`Function`, `AggStep`…, named in P4 as `name(nArg)`) is in the list.
 * `tables` maps root pages to datastore tables; `names` maps every other root page to its name, for the message.
 */
export function checkStatement(
  db: Database.Database,
  statement: Database.Statement,
  tables: ReadonlyMap<number, AllowedTable>,
  names: ReadonlyMap<number, string>,
): void {
  if (!statement.reader || !statement.readonly) {
    throw new SqlRefusal('validation', 'Query is not a single SELECT statement.');
  }
  const program = db.prepare(`EXPLAIN ${statement.source}`).all() as ExplainRow[];
  for (const { opcode, p2, p3, p4 } of program) {
    if (FORBIDDEN_OPCODES.has(opcode)) {
      throw new SqlRefusal('authorization', 'Not authorized to read resource.');
    }
    if (opcode === 'OpenRead' || opcode === 'ReopenIdx') {
      if (p3 !== 0 || !tables.has(p2)) {
        const name = p3 === 0 ? names.get(p2) : undefined;
        throw new SqlRefusal(
          'authorization',
          name?.startsWith('sqlite_') || p2 === 1
            ? 'Not authorized to access system tables'
            : 'Not authorized to read resource.',
        );
      }
    }
    if (FUNCTION_OPCODES.has(opcode)) {
      const name = /^([^(]+)\(/.exec(p4 ?? '')?.[1]?.toLowerCase() ?? String(p4);
      if (!ALLOWED_FUNCTIONS.has(name))
        throw new SqlRefusal('authorization', `Not authorized to call function ${name}`);
    }
  }
}
