import type Database from 'better-sqlite3';
import { notFound, validationError } from '../errors.js';
import { normalizeText } from '../normalize.js';
import { groupDict, organizationDict, packageDicts } from '../package-dict.js';
import { booleanParam, naturalParam, stringParam, type Params } from '../params.js';
import { prepare } from '../statements.js';
import type { ActionContext, ActionDef } from './context.js';

type Table = 'organizations' | 'groups';
type Row = Record<string, string | number | null>;

/** CKAN includes at most this many datasets in `organization_show` / `group_show` with `include_datasets`. */
const SHOW_DATASETS_MAX = 1000;

/** The `id` parameter, required (CKAN's `Missing value`). */
export function requireId(params: Params): string {
  const id = stringParam(params, 'id');
  if (!id) throw validationError('id: Missing value');
  return id;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : String(value);
const orgFromRow = (r: Row) =>
  organizationDict(
    { name: String(r['name']), title: String(r['title']), code: String(r['code']), created: text(r['created']) },
    Number(r['package_count']),
  );
const groupFromRow = (r: Row) =>
  groupDict(
    String(r['name']),
    String(r['title']),
    String(r['title_en']),
    Number(r['package_count']),
    text(r['created']),
  );
const DICT = { organizations: orgFromRow, groups: groupFromRow };
const MEMBER_COLUMN = { organizations: 'org_name', groups: 'group_name' };

function listOf(ctx: ActionContext, params: Params, table: Table) {
  const allFields = booleanParam(params, 'all_fields');
  const sort = stringParam(params, 'sort', 'name asc').trim().toLowerCase();
  const order = {
    'name asc': 'name ASC',
    'name desc': 'name DESC',
    'package_count desc': 'package_count DESC, name',
    'package_count asc': 'package_count ASC, name',
    'title asc': 'title ASC',
    'title desc': 'title DESC',
    title: 'title',
  }[sort];
  if (!order) throw validationError(`sort: cannot sort by "${sort}"`);
  const limit = naturalParam(params, 'limit', 1000, 1000);
  const offset = naturalParam(params, 'offset', 0);
  const rows = prepare(ctx.db, `SELECT * FROM ${table} ORDER BY ${order} LIMIT ? OFFSET ?`).all(limit, offset) as Row[];
  return allFields ? rows.map(DICT[table]) : rows.map((r) => r['name']);
}

/**
 * `organization_show` / `group_show`: by name (which is also the id here; an organisation also by its data.go.kr
 * code), with CKAN's `created`, `package_count`, and with `include_datasets` the datasets, newest first.
 */
function showOne(ctx: ActionContext, params: Params, table: Table) {
  const id = requireId(params);
  const row = prepare(ctx.db, `SELECT * FROM ${table} WHERE name = ? OR (? = 'organizations' AND code = ?)`).get(
    id,
    table,
    id,
  ) as Row | undefined;
  if (!row) throw notFound(`${table === 'organizations' ? 'Organization' : 'Group'} was not found`);
  const column = MEMBER_COLUMN[table];
  const dict = {
    ...DICT[table](row),
    groups: [],
    tags: [],
    users: [],
  };
  if (!booleanParam(params, 'include_datasets')) return dict;
  const rowids = (
    prepare(
      ctx.db,
      `SELECT rowid FROM packages WHERE ${column} = ? ORDER BY modified DESC, rowid LIMIT ${SHOW_DATASETS_MAX}`,
    ).all(row['name']) as { rowid: number }[]
  ).map((r) => r.rowid);
  return { ...dict, packages: packageDicts(ctx.db, rowids, ctx.filesUrl) };
}

interface Candidate {
  name: string;
  title: string;
  normName: string;
  normTitle: string;
  count: number;
}
const candidates = new WeakMap<Database.Database, Map<Table, Candidate[]>>();

/** Every organisation or group with its normalised title and name, loaded once per DB (there are ~1,000). */
function loadCandidates(db: Database.Database, table: Table): Candidate[] {
  let byTable = candidates.get(db);
  if (!byTable) candidates.set(db, (byTable = new Map()));
  let list = byTable.get(table);
  if (!list) {
    list = (prepare(db, `SELECT name, title, package_count FROM ${table}`).all() as Row[]).map((r) => ({
      name: String(r['name']),
      title: String(r['title']),
      normName: normalizeText(String(r['name'])),
      normTitle: normalizeText(String(r['title'])),
      count: Number(r['package_count']),
    }));
    byTable.set(table, list);
  }
  return list;
}

/** How well a candidate matches: 0 exact, 1 title starts with q, 2 a title word starts with q, 3 contains; or null. */
function matchRank(c: Candidate, q: string): number | null {
  if (c.normTitle === q || c.normName === q) return 0;
  if (c.normTitle.startsWith(q) || c.normName.startsWith(q)) return 1;
  const at = c.normTitle.indexOf(q);
  if (at > 0 && /[\s(·,_-]/.test(c.normTitle[at - 1]!)) return 2;
  if (at >= 0 || c.normName.includes(q)) return 3;
  return null;
}

/**
 * `organization_autocomplete` / `group_autocomplete`: `{ id, name, title }` of those whose title or name contains
 * `q` (normalised, case-insensitive), best matches first (exact, prefix, word prefix, anywhere; then more datasets).
 */
function autocomplete(ctx: ActionContext, params: Params, table: Table) {
  const q = normalizeText(stringParam(params, 'q').trim());
  const limit = naturalParam(params, 'limit', 20, 1000);
  if (!q) return [];
  return loadCandidates(ctx.db, table)
    .flatMap((c) => {
      const rank = matchRank(c, q);
      return rank === null ? [] : [{ c, rank }];
    })
    .sort((a, b) => a.rank - b.rank || b.c.count - a.c.count || (a.c.title < b.c.title ? -1 : 1))
    .slice(0, limit)
    .map(({ c }) => ({ id: c.name, name: c.name, title: c.title }));
}

/** Organisation and group actions. */
export const ORGANIZATION_ACTIONS: Record<string, ActionDef> = {
  organization_list: {
    doc: 'Return a list of the names of the site\'s organizations.\n\n:param sort: "name asc" (default), "name desc", "title asc", "package_count desc"\n:param limit: at most 1000\n:param offset:\n:param all_fields: return full organization dictionaries instead of names',
    run: (ctx, params) => listOf(ctx, params, 'organizations'),
  },
  organization_show: {
    doc: "Return the details of an organization.\n\n:param id: the id or name of the organization (or its data.go.kr code)\n:param include_datasets: include a list of the organization's datasets (at most 1000, newest first; default False)",
    run: (ctx, params) => showOne(ctx, params, 'organizations'),
  },
  organization_autocomplete: {
    doc: 'Return a list of organization names that contain a string.\n\n:param q: the string to search for (matched against title and name, normalised and case-insensitive)\n:param limit: the maximum number of organizations to return (default 20)\n:rtype: list of dictionaries with id, name and title',
    run: (ctx, params) => autocomplete(ctx, params, 'organizations'),
  },
  group_list: {
    doc: 'Return a list of the names of the site\'s groups.\n\n:param sort: "name asc" (default), "name desc", "title asc", "package_count desc"\n:param limit:\n:param offset:\n:param all_fields: return full group dictionaries instead of names',
    run: (ctx, params) => listOf(ctx, params, 'groups'),
  },
  group_show: {
    doc: "Return the details of a group.\n\n:param id: the id or name of the group\n:param include_datasets: include a list of the group's datasets (at most 1000; default False)",
    run: (ctx, params) => showOne(ctx, params, 'groups'),
  },
  group_autocomplete: {
    doc: 'Return a list of group names that contain a string.\n\n:param q: the string to search for\n:param limit: the maximum number of groups to return (default 20)\n:rtype: list of dictionaries with id, name and title',
    run: (ctx, params) => autocomplete(ctx, params, 'groups'),
  },
};
