import { notFound } from '../errors.js';
import { likeContains, normalizeText } from '../normalize.js';
import { packageDicts } from '../package-dict.js';
import { booleanParam, naturalParam, stringParam, type Params } from '../params.js';
import { LICENSES } from '../shipped.js';
import { prepare } from '../statements.js';
import type { ActionContext, ActionDef } from './context.js';

/** CKAN's tag dictionary (free tags: no vocabulary). */
export const tagDict = (name: string) => ({
  id: name,
  name,
  display_name: name,
  state: 'active',
  vocabulary_id: null,
});

/** The text to look for: `q`, or `query` as CKAN's `tag_list` / `tag_search` call it; normalised. */
const searchText = (params: Params) => normalizeText((stringParam(params, 'q') || stringParam(params, 'query')).trim());

/**
 * Names in `table.column` containing `q` (SQLite's LIKE: case-insensitive for ASCII, which is all the formats;
 * tags are Korean and compared after normalisation), those starting with it first, then the most used.
 */
function containing(ctx: ActionContext, table: string, column: string, q: string, limit: number): string[] {
  const rows = prepare(
    ctx.db,
    `SELECT ${column} AS value, COUNT(*) AS n FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\'
     GROUP BY ${column} ORDER BY (${column} LIKE ? ESCAPE '\\') DESC, n DESC, ${column} LIMIT ?`,
  ).all(likeContains(q), `${likeContains(q).slice(1)}`, limit) as { value: string }[];
  return rows.map((r) => r.value);
}

/** Tags, formats, licences and vocabularies. */
export const VOCABULARY_ACTIONS: Record<string, ActionDef> = {
  tag_list: {
    doc: "Return a list of the site's tags.\n\n:param query: a tag name query to search for, if given only tags whose names contain this string are returned\n:param vocabulary_id: only free tags exist here, so any vocabulary gives an empty list\n:param all_fields: return full tag dictionaries instead of just names (default False)",
    run: (ctx, params) => {
      if (stringParam(params, 'vocabulary_id')) return [];
      const q = searchText(params);
      const names = containing(ctx, 'package_tags', 'tag', q, 1_000_000).sort();
      return booleanParam(params, 'all_fields') ? names.map(tagDict) : names;
    },
  },
  tag_show: {
    doc: "Return the details of a tag and (with include_datasets) its datasets.\n\n:param id: the name of the tag\n:param include_datasets: include a list of the tag's datasets (at most 1000; default False)",
    run: (ctx, params) => {
      const id = normalizeText(stringParam(params, 'id').trim());
      const rows = prepare(
        ctx.db,
        'SELECT x.package AS rowid FROM package_tags x JOIN packages p ON p.rowid = x.package WHERE x.tag = ? ORDER BY p.modified DESC LIMIT 1000',
      ).all(id) as { rowid: number }[];
      if (!id || rows.length === 0) throw notFound('Could not find tag');
      const dict = tagDict(id);
      if (!booleanParam(params, 'include_datasets')) return dict;
      return {
        ...dict,
        packages: packageDicts(
          ctx.db,
          rows.map((r) => r.rowid),
          ctx.filesUrl,
        ),
      };
    },
  },
  tag_autocomplete: {
    doc: 'Return a list of tag names that contain a given string (those starting with it first, then the most used); with an empty string, the most used tags.\n\n:param query: the string to search for (or q)\n:param limit: the maximum number of tags to return (default 10)\n:rtype: list of strings',
    run: (ctx, params) => {
      // An empty query lists the most used tags (CKAN answers it with []), so a tag picker has something to show.
      return containing(ctx, 'package_tags', 'tag', searchText(params), naturalParam(params, 'limit', 10, 1000));
    },
  },
  format_autocomplete: {
    doc: 'Return a list of resource formats whose names contain a string, lowercase as CKAN returns them, the most used first.\n\n:param q: the string to search for\n:param limit: the maximum number of formats to return (default 5)\n:rtype: list of strings',
    run: (ctx, params) => {
      const q = searchText(params);
      if (!q) return [];
      return containing(ctx, 'package_formats', 'format', q, naturalParam(params, 'limit', 5, 1000)).map((f) =>
        f.toLowerCase(),
      );
    },
  },
  license_list: {
    doc: 'Return the list of licenses available for datasets on the site.\n\n:rtype: list of dictionaries',
    run: () =>
      Object.entries(LICENSES).map(([id, license]) => ({
        id,
        title: license.title,
        url: license.url,
        status: 'active',
        maintainer: '',
        family: '',
        is_generic: false,
        domain_content: true,
        domain_data: true,
        domain_software: false,
        od_conformance: id === 'kogl-type1' ? 'not reviewed' : 'approved',
        osd_conformance: 'not reviewed',
        is_okd_compliant: id !== 'kogl-type1',
        is_osi_compliant: false,
      })),
  },
  vocabulary_list: {
    doc: "Return a list of all the site's tag vocabularies (none: every tag here is a free tag).\n\n:rtype: list of dictionaries",
    run: () => [],
  },
};
