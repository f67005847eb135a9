import type { MarketListing } from '@bdw/core';
import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_TYPE_FORMATS } from './categories.js';
import { datastoreSearch } from './datastore.js';
import { ActionError, notFound, validationError } from './errors.js';
import { marketSearch, marketShow } from './market.js';
import { localizeMeeting, type StoredMeeting } from './meetings.js';
import { groupDict, organizationDict, packageByIdOrName, packageDicts } from './package-dict.js';
import { booleanParam, limitParam, listParam, naturalParam, stringParam, type Params } from './params.js';
import { DATA_DIR } from './paths.js';
import { searchPackages } from './search.js';
import { prepare } from './statements.js';

export interface ActionContext {
  db: Database.Database;
  listings: MarketListing[];
  meetings: StoredMeeting[];
  /** Absolute URL of the action root (`…/api/3/action`), for links. */
  actionUrl: string;
  /** Absolute URL where resource files are served. */
  filesUrl: string;
}

export type Action = (ctx: ActionContext, params: Params) => unknown;

/** CKAN caps `rows` at `ckan.search.rows_max` (1000) silently; so do we. */
export const ROWS_MAX = 1000;

export function loadMeetings(file = join(DATA_DIR, 'meetings.json')): StoredMeeting[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { meetings: StoredMeeting[] }).meetings;
}

function fqList(params: Params): string[] {
  const fq = stringParam(params, 'fq');
  return [...(fq ? [fq] : []), ...listParam(params, 'fq_list')];
}

function searchRequest(params: Params) {
  return {
    q: stringParam(params, 'q'),
    fq: fqList(params),
    sort: stringParam(params, 'sort'),
    rows: naturalParam(params, 'rows', 10, ROWS_MAX),
    start: naturalParam(params, 'start', 0),
    facetFields: listParam(params, 'facet.field'),
    facetLimit: limitParam(params, 'facet.limit', 50),
    facetMinCount: naturalParam(params, 'facet.mincount', 1),
  };
}

const ORG_TITLE = 'SELECT name, title, code FROM organizations WHERE name IN (SELECT value FROM json_each(?))';
const GROUP_TITLE = 'SELECT name, title FROM groups WHERE name IN (SELECT value FROM json_each(?))';

/** Display names of facet values: organisation and group titles, format names. */
function displayNames(db: Database.Database, field: string, values: string[]): Map<string, string> {
  if (field === 'organization' || field === 'groups') {
    const rows = prepare(db, field === 'organization' ? ORG_TITLE : GROUP_TITLE).all(JSON.stringify(values)) as {
      name: string;
      title: string;
    }[];
    return new Map(rows.map((r) => [r.name, r.title]));
  }
  if (field === 'res_format') return new Map(values.map((v) => [v, LIST_TYPE_FORMATS[v] ?? v]));
  return new Map();
}

function packageSearch(ctx: ActionContext, params: Params) {
  const request = searchRequest(params);
  const hits = searchPackages(ctx.db, request);
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: { name: string; display_name: string; count: number }[] }
  > = {};
  for (const [field, items] of hits.facets) {
    const names = displayNames(
      ctx.db,
      field,
      items.map((i) => i.value),
    );
    facets[field] = Object.fromEntries(items.map((i) => [i.value, i.count]));
    searchFacets[field] = {
      title: field,
      items: items.map((i) => ({ name: i.value, display_name: names.get(i.value) ?? i.value, count: i.count })),
    };
  }
  return {
    count: hits.count,
    sort: hits.sort,
    facets,
    search_facets: searchFacets,
    results: packageDicts(ctx.db, hits.rowids, ctx.filesUrl),
  };
}

function requireId(params: Params): string {
  const id = stringParam(params, 'id');
  if (!id) throw validationError('id: Missing value');
  return id;
}

function listOf(
  ctx: ActionContext,
  params: Params,
  table: 'organizations' | 'groups',
  toDict: (row: Record<string, string | number>) => unknown,
) {
  const allFields = booleanParam(params, 'all_fields');
  const sort = stringParam(params, 'sort', 'name asc').trim().toLowerCase();
  const order = {
    'name asc': 'name ASC',
    'name desc': 'name DESC',
    'package_count desc': 'package_count DESC, name',
    title: 'title',
  }[sort];
  if (!order) throw validationError(`sort: cannot sort by "${sort}"`);
  const limit = naturalParam(params, 'limit', 1000, 1000);
  const offset = naturalParam(params, 'offset', 0);
  const rows = prepare(ctx.db, `SELECT * FROM ${table} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    limit,
    offset,
  ) as Record<string, string | number>[];
  return allFields ? rows.map(toDict) : rows.map((r) => r['name']);
}

const orgFromRow = (r: Record<string, string | number>) =>
  organizationDict(String(r['name']), String(r['title']), String(r['code']), Number(r['package_count']));
const groupFromRow = (r: Record<string, string | number>) =>
  groupDict(String(r['name']), String(r['title']), String(r['title_en']), Number(r['package_count']));

function showOne(
  ctx: ActionContext,
  params: Params,
  table: 'organizations' | 'groups',
  toDict: (row: Record<string, string | number>) => unknown,
) {
  const id = requireId(params);
  const row = prepare(ctx.db, `SELECT * FROM ${table} WHERE name = ?`).get(id) as
    Record<string, string | number> | undefined;
  if (!row) throw notFound();
  return toDict(row);
}

function meetingLang(params: Params): 'ko' | 'en' {
  const lang = stringParam(params, 'lang', 'ko');
  if (lang !== 'ko' && lang !== 'en') throw validationError('lang: must be ko or en');
  return lang;
}

function instant(params: Params, name: string): number | null {
  const value = stringParam(params, name);
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw validationError(`${name}: not an ISO 8601 date-time`);
  return time;
}

/** Every action of the API: CKAN's read actions and the Big-Data Wave extension actions. */
export const ACTIONS: Record<string, Action> = {
  package_search: packageSearch,
  package_show: (ctx, params) => {
    const dict = packageByIdOrName(ctx.db, requireId(params), ctx.filesUrl);
    if (!dict) throw notFound();
    return dict;
  },
  package_list: (ctx, params) => {
    const limit = naturalParam(params, 'limit', 1000, 1000);
    const offset = naturalParam(params, 'offset', 0);
    return (
      prepare(ctx.db, 'SELECT name FROM packages ORDER BY name LIMIT ? OFFSET ?').all(limit, offset) as {
        name: string;
      }[]
    ).map((r) => r.name);
  },
  organization_list: (ctx, params) => listOf(ctx, params, 'organizations', orgFromRow),
  organization_show: (ctx, params) => showOne(ctx, params, 'organizations', orgFromRow),
  group_list: (ctx, params) => listOf(ctx, params, 'groups', groupFromRow),
  group_show: (ctx, params) => showOne(ctx, params, 'groups', groupFromRow),
  status_show: () => ({
    site_title: 'Big-Data Wave catalogue',
    site_description: '부산 빅데이터웨이브 위젯의 내장 카탈로그 (CKAN Action API v3 호환)',
    site_url: '',
    ckan_version: '2.10.0',
    error_emails_to: null,
    locale_default: 'ko',
    extensions: ['bdw_catalog', 'datastore', 'bdw_market', 'bdw_council'],
  }),
  datastore_search: (ctx, params) => datastoreSearch(ctx.db, params, ctx.actionUrl),
  bdw_market_search: (ctx, params) => {
    const { facetMinCount: _unused, ...request } = searchRequest(params);
    return marketSearch(ctx.listings, request);
  },
  bdw_market_show: (ctx, params) => marketShow(ctx.listings, requireId(params)),
  bdw_meeting_list: (ctx, params) => {
    const lang = meetingLang(params);
    const from = instant(params, 'from');
    const to = instant(params, 'to');
    const sort = stringParam(params, 'sort', 'start asc');
    if (sort !== 'start asc' && sort !== 'start desc')
      throw validationError('sort: must be "start asc" or "start desc"');
    const rows = naturalParam(params, 'rows', 100, 1000);
    const meetings = ctx.meetings
      .filter((m) => from === null || Date.parse(m.end ?? m.start) >= from)
      .filter((m) => to === null || Date.parse(m.start) < to)
      .sort((a, b) => (Date.parse(a.start) - Date.parse(b.start)) * (sort === 'start asc' ? 1 : -1));
    return { count: meetings.length, results: meetings.slice(0, rows).map((m) => localizeMeeting(m, lang)) };
  },
  bdw_meeting_show: (ctx, params) => {
    const id = requireId(params);
    const meeting = ctx.meetings.find((m) => m.id === id);
    if (!meeting) throw notFound();
    return localizeMeeting(meeting, meetingLang(params));
  },
};

/** Actions that write: answered with CKAN's authorisation error, as this API is read-only. */
export function isWriteAction(name: string): boolean {
  return (
    /_(create|update|patch|delete|purge|upsert)$/.test(name) ||
    (name.startsWith('datastore_') && name !== 'datastore_search')
  );
}

export { ActionError };
