import type Database from 'better-sqlite3';
import { LIST_TYPE_FORMATS } from '../categories.js';
import { notFound, validationError } from '../errors.js';
import { packageByIdOrName, packageDicts, resourceById } from '../package-dict.js';
import { booleanParam, limitParam, listParam, naturalParam, stringParam, type Params } from '../params.js';
import { searchPackages } from '../search.js';
import { prepare } from '../statements.js';
import { suggestPackages } from '../suggest.js';
import { ROWS_MAX, type ActionContext, type ActionDef } from './context.js';
import { requireId } from './organization.js';

function fqList(params: Params): string[] {
  const fq = stringParam(params, 'fq');
  return [...(fq ? [fq] : []), ...listParam(params, 'fq_list')];
}

/** The search parameters CKAN's `package_search` reads (and the market search shares). */
export function searchRequest(params: Params) {
  // Accepted as CKAN accepts them; there are no private or draft datasets to include.
  booleanParam(params, 'include_private');
  booleanParam(params, 'include_drafts');
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

/** `fl`: a list, or one string of names separated by commas or spaces (CKAN joins the list with spaces for Solr). */
function fieldList(params: Params): string[] | null {
  const raw = params['fl'];
  if (raw === undefined || raw === null || raw === '') return null;
  const listed = Array.isArray(raw) || (typeof raw === 'string' && raw.trim().startsWith('['));
  const names = listed ? listParam(params, 'fl') : stringParam(params, 'fl').split(/[\s,]+/);
  const fields = names.map((n) => n.trim()).filter(Boolean);
  if (fields.some((f) => !/^[\w.-]+$/.test(f))) throw validationError('fl: must be a list of field names');
  return fields.length ? fields : null;
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
  const fields = fieldList(params);
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
  const dicts = packageDicts(ctx.db, hits.rowids, ctx.filesUrl);
  return {
    count: hits.count,
    sort: hits.sort,
    facets,
    search_facets: searchFacets,
    // With `fl`, CKAN returns only those fields of each result (Solr leaves out fields a dataset lacks).
    results: fields
      ? dicts.map((d) =>
          Object.fromEntries(fields.filter((f) => Object.hasOwn(d, f)).map((f) => [f, d[f as keyof typeof d]])),
        )
      : dicts,
  };
}

const PACKAGE_SEARCH_DOC = `Searches for packages satisfying a given search criteria (Solr/Lucene query syntax, mapped onto SQLite FTS5).

:param q: the query, e.g. "주차", "title:주차 AND res_format:CSV", "주차 OR 버스", "-주차", "\\"공영 주차장\\"", "주차*", "*:*".
  Fields: title, notes, tags, res_format, organization, groups, license_id, name, id, dataset_type, text; AND/OR/NOT/+/-, phrases, parentheses.
  Words without an operator are AND-ed. A query that cannot be expressed is a 409 Search Error, never a silent 0.
:param fq: filter query in the same syntax (e.g. "+dataset_type:dataset", "organization:org-6260000")
:param fq_list: a list of filter queries, AND-ed
:param sort: comma-separated "field direction": score desc, metadata_modified, metadata_created, views_recent, title_string, name, num_resources, num_tags (asc/desc)
:param rows: at most 1000 (default 10)
:param start: offset of the first result
:param facet.field: JSON list of fields to facet on (organization, groups, res_format, tags, license_id)
:param facet.limit: values per facet (default 50, -1 for all)
:param facet.mincount: minimum count of a facet value (default 1)
:param fl: fields to return in each result (comma or space separated, or a list); default the full dataset dictionaries
:param include_private: accepted; there are no private datasets
:rtype: dictionary with count, results, facets, search_facets and sort`;

/** Dataset and resource actions. */
export const PACKAGE_ACTIONS: Record<string, ActionDef> = {
  package_search: { doc: PACKAGE_SEARCH_DOC, run: packageSearch },
  package_show: {
    doc: 'Return the metadata of a dataset (package) and its resources.\n\n:param id: the id or name of the dataset',
    run: (ctx, params) => {
      const id = requireId(params);
      const dict = packageByIdOrName(ctx.db, id, ctx.filesUrl);
      if (!dict) throw notFound();
      return dict;
    },
  },
  package_list: {
    doc: "Return a list of the names of the site's datasets (packages), sorted by name.\n\n:param limit: at most 1000\n:param offset:",
    run: (ctx, params) => {
      const limit = naturalParam(params, 'limit', 1000, 1000);
      const offset = naturalParam(params, 'offset', 0);
      return (
        prepare(ctx.db, 'SELECT name FROM packages ORDER BY name LIMIT ? OFFSET ?').all(limit, offset) as {
          name: string;
        }[]
      ).map((r) => r.name);
    },
  },
  current_package_list_with_resources: {
    doc: "Return a list of the site's datasets and their resources, most recently modified first.\n\n:param limit: at most 1000 (default 1000)\n:param offset:\n:param page: a page number (with limit), instead of offset",
    run: (ctx, params) => {
      const limit = naturalParam(params, 'limit', 1000, 1000);
      const page = naturalParam(params, 'page', 0);
      if (params['page'] !== undefined && page < 1) throw validationError('page: Must be a positive integer');
      const offset = page ? (page - 1) * limit : naturalParam(params, 'offset', 0);
      const rowids = (
        prepare(ctx.db, 'SELECT rowid FROM packages ORDER BY modified DESC, rowid LIMIT ? OFFSET ?').all(
          limit,
          offset,
        ) as { rowid: number }[]
      ).map((r) => r.rowid);
      return packageDicts(ctx.db, rowids, ctx.filesUrl);
    },
  },
  package_autocomplete: {
    doc: 'Return a list of datasets whose titles or names match a string, for suggestions while typing.\n\nMatches normalised text anywhere in the title; initials (choseong, "ㅂㅅㅈㅊ" → 부산 주차…) and a last syllable still being composed ("주ㅊ", "부산ㅈ") are understood.\n\n:param q: the string to search for\n:param limit: the maximum number of datasets to return (default 10)\n:rtype: list of dictionaries with name, title, match_field and match_displayed',
    run: (ctx, params) => {
      const q = stringParam(params, 'q') || stringParam(params, 'incomplete');
      return suggestPackages(ctx.db, q, naturalParam(params, 'limit', 10, 100));
    },
  },
  resource_show: {
    doc: 'Return the metadata of a resource.\n\n:param id: the id of the resource',
    run: (ctx, params) => {
      const resource = resourceById(ctx.db, requireId(params), ctx.filesUrl);
      if (!resource) throw notFound('Resource was not found.');
      return resource;
    },
  },
};
