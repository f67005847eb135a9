import { datastoreSearchSql, SQL_ROWS_MAX, SQL_TIME_LIMIT_MS } from '../datastore-sql.js';
import { datastoreInfo, datastoreSearch } from '../datastore.js';
import { notFound } from '../errors.js';
import { stringParam } from '../params.js';
import { BDW_ACTIONS, loadMeetings } from './bdw.js';
import type { Action, ActionDef } from './context.js';
import { ORGANIZATION_ACTIONS } from './organization.js';
import { PACKAGE_ACTIONS } from './package.js';
import { VOCABULARY_ACTIONS } from './vocabulary.js';

const SITE_ACTIONS: Record<string, ActionDef> = {
  status_show: {
    doc: "Return a dictionary with information about the site's configuration.\n\n:rtype: dictionary",
    run: () => ({
      site_title: 'Big-Data Wave catalogue',
      site_description: '부산 빅데이터웨이브 위젯의 내장 카탈로그 (CKAN Action API v3 호환)',
      site_url: '',
      ckan_version: '2.10.0',
      error_emails_to: null,
      locale_default: 'ko',
      extensions: ['bdw_catalog', 'datastore', 'bdw_market', 'bdw_council'],
    }),
  },
  site_read: {
    doc: 'Return True.\n\n:rtype: bool',
    run: () => true,
  },
  help_show: {
    doc: 'Return the help string for a particular API action.\n\n:param name: Action function name (eg `user_create`, `package_search`)\n:type name: string\n:returns: The help string for the action function, or None if the function does not have a docstring.\n:rtype: string',
    run: (ctx, params) => {
      const name = stringParam(params, 'name');
      const def = Object.hasOwn(DEFS, name) && !ctx.withoutActions?.has(name) ? DEFS[name] : undefined;
      if (!def) throw notFound('Action function not found');
      return def.doc;
    },
  },
  datastore_search: {
    doc: 'Search a DataStore resource.\n\n:param resource_id: id of the resource to be searched against\n:param filters: a dictionary of {field: value} or {field: [values]} (a JSON object; a list is OR within a field)\n:param q: full text query: a string (any text field contains it) or a dictionary {field: text}\n:param distinct: return only distinct rows (default: False)\n:param fields: fields to return (a list, or a comma-separated string), in that order; default all\n:param sort: field names with optional asc/desc (a list, or comma-separated)\n:param limit: at most 32000 (CKAN rows_max; default 100), echoed\n:param offset:\n:param include_total: True (default) to include the total\n:param total_estimation_threshold: accepted; the total is always counted exactly (total_was_estimated: False)\n:param records_format: objects (default), lists, csv or tsv (rows without a header, in the order of fields)\n:rtype: dictionary with fields, records, total, total_was_estimated, limit, offset and _links',
    run: (ctx, params) => datastoreSearch(ctx.db, params, ctx.actionUrl),
  },
  datastore_search_sql: {
    doc: `Execute SQL queries on the DataStore.\n\nThe datastore_search_sql action allows a user to search data in a resource or connect multiple resources with join expressions. The underlying SQL engine is SQLite: one read-only SELECT (or WITH … SELECT) over datastore tables, named by their resource ids in double quotes; SQLite's aggregate, window, text, number and date functions.\n\n:param sql: a single SQL select statement\n:type sql: string\n\nThe result is cut at ${SQL_ROWS_MAX} records (records_truncated: true) and a query running over ${SQL_TIME_LIMIT_MS} ms is stopped (Query took too long).\n\n:rtype: dictionary with sql, records, fields and records_truncated`,
    run: (ctx, params) => datastoreSearchSql(ctx.db, params),
  },
  datastore_info: {
    doc: 'Return the metadata and field definitions of a DataStore resource.\n\n:param id: id of the resource (or resource_id)\n:rtype: dictionary with meta (count, table_type, size) and fields (schema.is_index: the field is in an index)',
    run: (ctx, params) => datastoreInfo(ctx.db, params),
  },
};

const DEFS: Record<string, ActionDef> = {
  ...PACKAGE_ACTIONS,
  ...ORGANIZATION_ACTIONS,
  ...VOCABULARY_ACTIONS,
  ...SITE_ACTIONS,
  ...BDW_ACTIONS,
};

/** Every action of the API: CKAN's read actions and the Big-Data Wave extension actions. */
export const ACTIONS: Record<string, Action> = Object.fromEntries(
  Object.entries(DEFS).map(([name, def]) => [name, def.run]),
);

/** Each action's documentation string (what `help_show` returns). */
export const ACTION_DOCS: Record<string, string> = Object.fromEntries(
  Object.entries(DEFS).map(([name, def]) => [name, def.doc]),
);

/** Actions that write: answered with CKAN's authorisation error, as this API is read-only. */
export function isWriteAction(name: string): boolean {
  return (
    /_(create|update|patch|delete|purge|upsert)$/.test(name) ||
    (name.startsWith('datastore_') && !Object.hasOwn(DEFS, name))
  );
}

export { ActionError } from '../errors.js';
export { ROWS_MAX, type Action, type ActionContext, type ActionDef } from './context.js';
export { loadMeetings };
