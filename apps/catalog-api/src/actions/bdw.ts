import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound, validationError } from '../errors.js';
import { marketSearch, marketShow } from '../market.js';
import { localizeMeeting, type StoredMeeting } from '../meetings.js';
import { naturalParam, stringParam, type Params } from '../params.js';
import { DATA_DIR } from '../paths.js';
import { searchPackages } from '../search.js';
import { splitIntoTitleWords } from '../suggest.js';
import type { ActionDef } from './context.js';
import { requireId } from './organization.js';
import { searchRequest } from './package.js';

/** The council meetings as published (`data/meetings.json`), in their stored, bilingual form. */
export function loadMeetings(file = join(DATA_DIR, 'meetings.json')): StoredMeeting[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { meetings: StoredMeeting[] }).meetings;
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

/** The Big-Data Wave extension actions: data market, council meetings, and search suggestions. */
export const BDW_ACTIONS: Record<string, ActionDef> = {
  bdw_market_search: {
    doc: 'Search the data-market listings (samples).\n\n:param q: words, all of which must appear\n:param fq: filters on category, price_model, provider_type, format\n:param sort: metadata_modified desc, views_recent desc, title_string asc, price asc/desc\n:param rows:\n:param start:\n:param facet.field:',
    run: (ctx, params) => {
      const { facetMinCount: _unused, ...request } = searchRequest(params);
      return marketSearch(ctx.listings, request);
    },
  },
  bdw_market_show: {
    doc: 'Return one data-market listing.\n\n:param id: the listing id',
    run: (ctx, params) => marketShow(ctx.listings, requireId(params)),
  },
  bdw_meeting_list: {
    doc: "List the data council's meetings in Asia/Seoul.\n\n:param lang: ko (default) or en\n:param from: ISO 8601 date-time\n:param to: ISO 8601 date-time\n:param sort: start asc (default) or start desc\n:param rows: at most 1000 (default 100)",
    run: (ctx, params) => {
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
  },
  bdw_meeting_show: {
    doc: 'Return one council meeting.\n\n:param id: the meeting id\n:param lang: ko (default) or en',
    run: (ctx, params) => {
      const id = requireId(params);
      const meeting = ctx.meetings.find((m) => m.id === id);
      if (!meeting) throw notFound();
      return localizeMeeting(meeting, meetingLang(params));
    },
  },
  bdw_similar_queries: {
    doc: "Other queries to try when a search finds nothing: the query split into words that exist in the catalogue's titles (해운대해수욕장주차장실시간 → 해운대, 해수욕장, 주차장, 실시간, as the titles spell them), each with the number of datasets package_search finds for it.\n\n:param q: the query that found nothing\n:param limit: at most this many (default 4)\n:rtype: list of dictionaries with q and count",
    run: (ctx, params) => {
      const q = stringParam(params, 'q');
      const limit = naturalParam(params, 'limit', 4, 20);
      return splitIntoTitleWords(ctx.db, q)
        .filter((word) => word !== q.trim())
        .map((word) => ({
          q: word,
          count: searchPackages(ctx.db, { ...searchRequest({}), q: word, rows: 0 }).count,
        }))
        .filter((s) => s.count > 0)
        .slice(0, limit);
    },
  },
};
