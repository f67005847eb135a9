import { ApiError } from '../../ckan/ApiError.js';
import { AnswerCache } from './answer-cache.js';
import type { CkanClient } from '../../ckan/CkanClient.js';
import { withoutField, type ViewFilters } from '../filters.js';
import { rowsToTable } from '../table.js';
import { datastoreTypeHint } from '../typing.js';
import type { Cell, ColumnType } from '../types.js';
import { LocalEngine } from './local-engine.js';
import { LocalTable } from './local-query.js';
import { additive, mergeFacets, mergeGroups, perValue, splitField } from './split-values.js';
import { ident, keyText, literal, measureSql, orderSql, whereSql } from './sql.js';
import type {
  DataEngine,
  EngineField,
  EngineMode,
  Facet,
  FacetQuery,
  GroupQuery,
  GroupRow,
  QueryOptions,
  Range,
  RowPage,
  RowQuery,
} from './types.js';

/** A facet asks for at least this many values (see `facetValues`). */
const FACET_ROWS = 200;
/** Rows read to type the columns (as the chart samples a file). */
const SAMPLE_ROWS = 1000;
/** Where the server cannot aggregate, at most this many rows are read into the browser. */
export const BROWSER_MAX_ROWS = 1_000_000;

/**
 * A CKAN datastore resource. Where the server offers `datastore_search_sql` (ours does; a CKAN has it only when
 * `ckan.datastore.sqlsearch.enabled`), every filter change is one grouped query on the server. Where it refuses
 * (the action unknown, not authorised), the engine reads the rows once with `datastore_search` paging and answers in
 * the browser (`mode` becomes `browser`), with the same results.
 */
export class DatastoreEngine implements DataEngine {
  mode: EngineMode = 'server';
  private described: Promise<EngineField[]> | null = null;
  private local: Promise<LocalEngine> | null = null;
  private readonly abort = new AbortController();
  /** Answers by their SQL (the same question asked again, by another widget or after a toggle back). */
  private readonly answers = new AnswerCache<Record<string, unknown>[]>();
  /** Set `false` to skip `datastore_search_sql` (tests, and the side-by-side benchmark). */
  constructor(
    private readonly client: CkanClient,
    readonly resourceId: string,
    private readonly options: { sql?: boolean; maxRows?: number } = {},
  ) {
    if (options.sql === false) this.mode = 'browser';
  }

  fields(options: QueryOptions = {}): Promise<EngineField[]> {
    this.described ??= this.describe().catch((error: unknown) => {
      this.described = null;
      throw error;
    });
    return withSignal(this.described, options.signal);
  }

  async rows(query: RowQuery): Promise<RowPage> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).rows(query);
    const where = whereSql(query.filters ?? {}, fields, query.q);
    const table = ident(this.resourceId);
    const limit = Math.max(0, Math.floor(query.limit ?? 100));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const columns = fields.map((f) => ident(f.id)).join(', ');
    const [page, count] = await Promise.all([
      this.sql(
        `SELECT ${columns} FROM ${table}${where}${orderSql(query.sort ?? [], fields)} LIMIT ${limit} OFFSET ${offset}`,
        query,
      ),
      this.sql(`SELECT count(*) AS n FROM ${table}${where}`, query),
    ]);
    if (page === null || count === null) return (await this.browser(query)).rows(query);
    return {
      fields,
      rows: page.map((record) => fields.map((f) => cell(record[f.id]))),
      total: Number(count[0]?.['n'] ?? 0),
    };
  }

  async facet(query: FacetQuery): Promise<Facet> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).facet(query);
    if (!fields.some((f) => f.id === query.field)) return { values: [], distinct: 0 };
    const filters = withoutField(query.filters ?? {}, query.field);
    const limit = Math.max(1, Math.floor(query.limit ?? 50));
    const split = splitField(filters, fields);
    if (split) {
      const parts = await Promise.all(perValue(filters, split).map((f) => this.facetValues(query, f, fields)));
      // Exact only when every part is whole; a long tail (a column of names) is asked in one query.
      if (parts.every((p) => p !== null && p.values.length === p.distinct))
        return mergeFacets(
          parts.map((p) => p!.values),
          limit,
        );
    }
    const whole = await this.facetValues(query, filters, fields);
    if (whole === null) return (await this.browser(query)).facet(query);
    return { values: whole.values.slice(0, limit), distinct: whole.distinct };
  }

  /**
   * A facet's values under `filters`, at least {@link FACET_ROWS} of them (more when asked): one answer serves every
   * `limit` a filter asks with, and parts of a split are whole. `null` when the engine went to the browser.
   */
  private async facetValues(query: FacetQuery, filters: ViewFilters, fields: EngineField[]): Promise<Facet | null> {
    const column = ident(query.field);
    let where = whereSql(filters, fields);
    const q = query.q?.trim();
    if (q) {
      const like = `CAST(${column} AS TEXT) LIKE ${literal(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`;
      where = where ? `${where} AND ${like}` : ` WHERE ${like}`;
    }
    const table = ident(this.resourceId);
    const limit = Math.max(FACET_ROWS, Math.floor(query.limit ?? 50));
    // One scan: the window count over the groups is the number of distinct values before the LIMIT.
    const values = await this.sql(
      `SELECT v, n, count(*) OVER () AS d FROM (SELECT ${column} AS v, count(*) AS n FROM ${table}${where} GROUP BY 1) ORDER BY 2 DESC, 1 LIMIT ${limit}`,
      query,
    );
    if (values === null) return null;
    return {
      values: values.map((r) => ({ value: keyText(r['v']), count: Number(r['n']) })),
      distinct: Number(values[0]?.['d'] ?? 0),
    };
  }

  async group(query: GroupQuery): Promise<GroupRow[]> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).group(query);
    if (query.by.some((b) => !fields.some((f) => f.id === b))) return [];
    const filters = query.filters ?? {};
    const split = additive(query.measures) ? splitField(filters, fields) : null;
    if (split) {
      const parts = await Promise.all(perValue(filters, split).map((f) => this.group({ ...query, filters: f })));
      if (this.mode === 'server') return mergeGroups(parts, query.measures);
    }
    const keys = query.by.map((b, i) => `${ident(b)} AS k${i}`);
    const measures = query.measures.map((m, i) => `${measureSql(m, fields)} AS m${i}`);
    const sql = `SELECT ${[...keys, ...measures, 'count(*) AS n'].join(', ')} FROM ${ident(this.resourceId)}${whereSql(
      query.filters ?? {},
      fields,
    )} GROUP BY ${query.by.map((_, i) => i + 1).join(', ')}`;
    const records = await this.sql(sql, query);
    if (records === null) return (await this.browser(query)).group(query);
    return records.map((r) => ({
      keys: query.by.map((_, i) => keyText(r[`k${i}`])),
      values: query.measures.map((_, i) => (r[`m${i}`] === null ? null : Number(r[`m${i}`]))),
      rows: Number(r['n']),
    }));
  }

  async range(field: string, filters: ViewFilters = {}, options: QueryOptions = {}): Promise<Range> {
    const fields = await this.fields(options);
    if (this.mode === 'browser') return (await this.browser(options)).range(field, filters, options);
    const meta = fields.find((f) => f.id === field);
    if (!meta) return { min: null, max: null };
    const value = measureSql({ field, agg: 'min' }, fields).slice(4, -1);
    const records = await this.sql(
      `SELECT min(${value}) AS lo, max(${value}) AS hi FROM ${ident(this.resourceId)}${whereSql(
        withoutField(filters, field),
        fields,
      )}`,
      options,
    );
    if (records === null) return (await this.browser(options)).range(field, filters, options);
    const lo = records[0]?.['lo'];
    const hi = records[0]?.['hi'];
    return {
      min: lo === null || lo === undefined ? null : Number(lo),
      max: hi === null || hi === undefined ? null : Number(hi),
    };
  }

  dispose(): void {
    this.abort.abort();
    this.answers.clear();
  }

  /** Fields from the first page (ids, storage types, dictionary labels), typed from that page's values. */
  private async describe(): Promise<EngineField[]> {
    const page = await this.client.datastoreSearch(
      { resourceId: this.resourceId, limit: SAMPLE_ROWS },
      { signal: this.abort.signal },
    );
    const stored = page.fields.filter((f) => f.id !== '_id');
    const known: Record<string, ColumnType> = Object.create(null) as Record<string, ColumnType>;
    for (const f of stored) {
      const hint = f.typeOverride ? datastoreTypeHint(f.typeOverride) : undefined;
      if (hint) known[f.id] = hint;
    }
    const sample = new LocalTable(
      rowsToTable(
        page.records,
        stored.map((f) => f.id),
      ),
      known,
    );
    return stored.map((f, i) => ({
      id: f.id,
      type: sample.fields[i]!.type,
      storage: f.type,
      ...(f.label ? { label: f.label } : {}),
    }));
  }

  /**
   * Runs one query; `null` when the server has no `datastore_search_sql` for us (the engine is then in the browser
   * from here on). Any other failure is the query's error.
   */
  private async sql(sql: string, options: QueryOptions): Promise<Record<string, unknown>[] | null> {
    if (this.mode === 'browser') return null;
    const known = this.answers.get(sql);
    if (known) return known;
    try {
      const result = (await this.client.action(
        'datastore_search_sql',
        { sql },
        withAbort(options.signal, this.abort.signal),
      )) as {
        records?: unknown;
      };
      if (!Array.isArray(result?.records))
        throw new ApiError('datastore_search_sql: no records', {
          kind: 'invalid-json',
          action: 'datastore_search_sql',
          url: '',
        });
      this.answers.set(sql, result.records as Record<string, unknown>[]);
      return result.records as Record<string, unknown>[];
    } catch (error) {
      if (!sqlUnavailable(error)) throw error;
      this.mode = 'browser';
      return null;
    }
  }

  /** Every row, read once with `datastore_search` paging, for answering in the browser. */
  private async browser(options: QueryOptions): Promise<LocalEngine> {
    this.local ??= (async () => {
      const fields = await this.fields();
      const records: Record<string, unknown>[] = [];
      for await (const page of this.client.datastorePages(
        { resourceId: this.resourceId, limit: 32_000 },
        { signal: this.abort.signal, maxRows: this.options.maxRows ?? BROWSER_MAX_ROWS },
      ))
        for (const record of page.records) records.push(record);
      const known = Object.fromEntries(fields.map((f) => [f.id, f.type]));
      const labels = Object.fromEntries(fields.flatMap((f) => (f.label ? [[f.id, f.label]] : [])));
      return new LocalEngine(
        rowsToTable(
          records,
          fields.map((f) => f.id),
        ),
        known,
        labels,
      );
    })().catch((error: unknown) => {
      this.local = null;
      throw error;
    });
    return withSignal(this.local, options.signal);
  }
}

/** Whether a failed `datastore_search_sql` means "not offered here" (CKAN's default), not "this query failed". */
function sqlUnavailable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'ckan') {
    return (
      (error.ckanType === 'Authorization Error' ||
        /action name not known|not found|not authori[sz]ed/i.test(error.message)) &&
      !/Not authorized to (call function|access system tables|read resource)/i.test(error.message)
    );
  }
  return (
    error.kind === 'http' &&
    (error.status === 400 || error.status === 403 || error.status === 404 || error.status === 405)
  );
}

const cell = (value: unknown): Cell =>
  value === null ||
  value === undefined ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean'
    ? value
    : JSON.stringify(value);

function withAbort(signal: AbortSignal | undefined, own: AbortSignal): { signal: AbortSignal } {
  return { signal: signal ? AbortSignal.any([signal, own]) : own };
}

function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
  ]);
}
