import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { DatastoreFieldDef } from './datastore-load.js';
import { indexedFields, quoteIdent } from './datastore-load.js';
import { SQL_ROWS_MAX } from './datastore-sql.js';
import { notFound, validationError } from './errors.js';
import { normalizeText } from './normalize.js';
import { booleanParam, listParam, naturalParam, stringParam, type Params } from './params.js';
import { prepare } from './statements.js';

/** CKAN's default `limit`. */
const DEFAULT_LIMIT = 100;
/**
 * The cap on `limit`: CKAN's `ckan.datastore.search.rows_max` (default 32000), so a client reading every row (a
 * view without `datastore_search_sql`) pages as it would on CKAN. It was 1000: reading 1,000,000 rows took 1,000
 * pages, each skipping all the rows before it (`OFFSET`), minutes instead of seconds.
 */
const MAX_LIMIT = SQL_ROWS_MAX;

interface DatastoreResource {
  id: string;
  datastore_table: string;
  datastore_fields: string;
}

/** The texts of `q`, each for one field or (null) for any text field, normalised; `q` may be a JSON object string. */
function textQuery(raw: unknown): [string | null, string][] {
  let value = raw;
  if (typeof raw === 'string' && raw.trim().startsWith('{')) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw validationError('q: not a string or a JSON object');
    }
  }
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string' || typeof value === 'number') {
    const text = normalizeText(String(value).trim());
    return text ? [[null, text]] : [];
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError('q: not a string or a JSON object');
  return Object.entries(value).map(([field, text]) => {
    if (typeof text !== 'string' && typeof text !== 'number')
      throw validationError(`q: the text for "${field}" must be a string`);
    return [field, normalizeText(String(text).trim())];
  });
}

/** CKAN's `records_format` values: rows as objects (default), as lists in `fields` order, or as CSV/TSV text. */
const RECORDS_FORMATS = ['objects', 'lists', 'csv', 'tsv'] as const;
type RecordsFormat = (typeof RECORDS_FORMATS)[number];

/** A comma-separated string or a list (`sort`, `fields`), trimmed, without empty parts. */
function partsParam(params: Params, name: string): string[] {
  const parts = Array.isArray(params[name]) ? listParam(params, name) : stringParam(params, name).split(',');
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The records in the asked format: lists and CSV/TSV rows (no header) follow the order of `fields`. */
function formatRecords(records: Record<string, unknown>[], fields: DatastoreFieldDef[], format: RecordsFormat) {
  if (format === 'objects') return records;
  const lists = records.map((record) => fields.map((f) => record[f.id] ?? null));
  if (format === 'lists') return lists;
  if (lists.length === 0) return '';
  return `${Papa.unparse(lists, { delimiter: format === 'tsv' ? '\t' : ',', newline: '\r\n' })}\r\n`;
}

/**
 * `datastore_search`: filters (JSON object; a list is OR within a field), q (text contains: a string, or
 * `{ field: text }`), distinct, fields, sort (several fields), records_format, limit (capped and echoed), offset,
 * include_total and total_estimation_threshold.
 */
export function datastoreSearch(db: Database.Database, params: Params, actionUrl: string) {
  const resourceId = stringParam(params, 'resource_id') || stringParam(params, 'id');
  if (!resourceId) throw validationError('resource_id: Missing value');
  const resource = prepare(db, 'SELECT id, datastore_table, datastore_fields FROM resources WHERE id = ?').get(
    resourceId,
  ) as DatastoreResource | undefined;
  if (!resource?.datastore_table) throw notFound(`Resource "${resourceId}" was not found in the datastore.`);
  const fields: DatastoreFieldDef[] = [{ id: '_id', type: 'int' }, ...JSON.parse(resource.datastore_fields)];
  const known = new Set(fields.map((f) => f.id));
  const limit = naturalParam(params, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  const offset = naturalParam(params, 'offset', 0);
  const includeTotal = booleanParam(params, 'include_total', true);
  const distinct = booleanParam(params, 'distinct', false);
  // CKAN estimates the total of an unfiltered table from Postgres' statistics past this threshold; SQLite counts a
  // whole table from its b-tree as fast as an estimate, so the total here is always exact (`total_was_estimated`).
  const threshold = params['total_estimation_threshold'];
  if (threshold !== undefined && threshold !== null && threshold !== '')
    naturalParam(params, 'total_estimation_threshold', 0);
  const format = stringParam(params, 'records_format', 'objects') as RecordsFormat;
  if (!RECORDS_FORMATS.includes(format)) {
    throw validationError(`records_format: Value must be one of ${RECORDS_FORMATS.join(', ')}`);
  }

  const where: string[] = [];
  const values: unknown[] = [];
  const filtersRaw = params['filters'];
  if (filtersRaw !== undefined && filtersRaw !== '') {
    let filters: unknown = filtersRaw;
    if (typeof filtersRaw === 'string') {
      try {
        filters = JSON.parse(filtersRaw);
      } catch {
        throw validationError('filters: not a JSON object');
      }
    }
    if (typeof filters !== 'object' || filters === null || Array.isArray(filters)) {
      throw validationError('filters: not a JSON object');
    }
    for (const [field, value] of Object.entries(filters)) {
      if (!known.has(field)) throw validationError(`filters: field "${field}" not in table`);
      const list = Array.isArray(value) ? value : [value];
      if (!list.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
        throw validationError(`filters: values of "${field}" must be strings or numbers`);
      }
      where.push(`${quoteIdent(field)} IN (${list.map(() => '?').join(', ')})`);
      values.push(...list.map((v) => (typeof v === 'boolean' ? String(v) : v)));
    }
  }
  // `q`: a string any text field contains, or CKAN's {field: text} for one field each; normalised like the data.
  const q = textQuery(params['q']);
  const textFields = fields.filter((f) => f.type === 'text').map((f) => f.id);
  for (const [field, text] of q) {
    if (field !== null && !known.has(field)) throw validationError(`q: field "${field}" not in table`);
    const columns = (field === null ? textFields : [field]).map((f) => `instr(lower(${quoteIdent(f)}), ?) > 0`);
    where.push(columns.length ? `(${columns.join(' OR ')})` : '0');
    values.push(...columns.map(() => text));
  }
  // `fields`: a list, or CKAN's comma-separated string.
  const chosen = [...new Set(partsParam(params, 'fields'))];
  for (const field of chosen) if (!known.has(field)) throw validationError(`fields: field "${field}" not in table`);
  // In the order asked for, as CKAN returns them.
  const selected = chosen.length ? chosen.map((id) => fields.find((f) => f.id === id)!) : fields;
  const order = partsParam(params, 'sort').map((part) => {
    const [, field = '', dir = 'asc'] = /^(.+?)(?:\s+(asc|desc))?$/i.exec(part) ?? [];
    const name = field.replace(/^"(.*)"$/, '$1');
    if (!known.has(name)) throw validationError(`sort: field "${name}" not in table`);
    return `${quoteIdent(name)} ${dir.toUpperCase()}`;
  });
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const table = resource.datastore_table;
  const columns = selected.map((f) => quoteIdent(f.id)).join(', ');
  // Distinct rows have no `_id` of their own: without a sort they come in the order of their values.
  const orderSql = order.length ? order.join(', ') : distinct ? columns : '_id';
  const select = `SELECT ${distinct ? 'DISTINCT ' : ''}${columns} FROM ${table} ${whereSql}`;
  const records = prepare(db, `${select} ORDER BY ${orderSql} LIMIT ? OFFSET ?`).all(
    ...values,
    limit,
    offset,
  ) as Record<string, unknown>[];
  const countSql = distinct
    ? `SELECT COUNT(*) AS n FROM (${select})`
    : `SELECT COUNT(*) AS n FROM ${table} ${whereSql}`;
  const total = includeTotal ? (prepare(db, countSql).get(...values) as { n: number }).n : undefined;
  const link = (start: number) =>
    `${actionUrl}/datastore_search?${new URLSearchParams({ resource_id: resource.id, limit: String(limit), offset: String(start) })}`;
  return {
    include_total: includeTotal,
    resource_id: resource.id,
    fields: selected,
    records_format: format,
    records: formatRecords(records, selected, format),
    limit,
    offset,
    ...(distinct ? { distinct } : {}),
    ...(total === undefined ? {} : { total, total_was_estimated: false }),
    _links: { start: link(0), next: link(offset + limit) },
  };
}

/** `datastore_info`: the table's row count and its fields (without `_id`), in CKAN's shape. */
export function datastoreInfo(db: Database.Database, params: Params) {
  const resourceId = stringParam(params, 'id') || stringParam(params, 'resource_id');
  if (!resourceId) throw validationError('id: Missing value');
  const resource = prepare(db, 'SELECT id, datastore_table, datastore_fields FROM resources WHERE id = ?').get(
    resourceId,
  ) as DatastoreResource | undefined;
  if (!resource?.datastore_table) throw notFound(`Resource "${resourceId}" was not found in the datastore.`);
  const fields = JSON.parse(resource.datastore_fields) as DatastoreFieldDef[];
  const count = (prepare(db, `SELECT COUNT(*) AS n FROM ${resource.datastore_table}`).get() as { n: number }).n;
  const nativeType: Record<string, string> = { int: 'int4', float8: 'float8', text: 'text' };
  const indexed = indexedFields(db, resource.datastore_table);
  return {
    meta: { id: resource.id, count, table_type: 'BASE TABLE', aliases: [] },
    fields: fields.map((f) => ({
      id: f.id,
      type: f.type,
      schema: {
        native_type: nativeType[f.type] ?? f.type,
        is_index: indexed.has(f.id),
        notnull: false,
        uniquekey: false,
      },
      // The data dictionary entry, as CKAN's datastore_info returns it.
      ...(f.info ? { info: f.info } : {}),
    })),
  };
}
