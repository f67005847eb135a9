import type { MarketListing } from '@bdw/core';
import type Database from 'better-sqlite3';
import type { StoredMeeting } from '../meetings.js';
import type { Params } from '../params.js';

export interface ActionContext {
  db: Database.Database;
  listings: MarketListing[];
  meetings: StoredMeeting[];
  /** Absolute URL of the action root (`…/api/3/action`), for links. */
  actionUrl: string;
  /** Absolute URL where resource files are served. */
  filesUrl: string;
  /** Actions this instance does not offer (`datastore_search_sql` where SQL search is off): unknown to `help_show`. */
  withoutActions?: ReadonlySet<string>;
}

export type Action = (ctx: ActionContext, params: Params) => unknown;

/** An action and its documentation string, which `help_show` returns and every response's `help` links to. */
export interface ActionDef {
  doc: string;
  run: Action;
}

/** CKAN caps `rows` at `ckan.search.rows_max` (1000) silently; so do we. */
export const ROWS_MAX = 1000;
