import { ApiError } from '../../ckan/ApiError.js';
import { ANSWER_TTL_MS, AnswerCache } from './answer-cache.js';
import type { CkanClient } from '../../ckan/CkanClient.js';
import { isRange, withoutField, type ViewFilters } from '../filters.js';
import { rowsToTable } from '../table.js';
import { datastoreTypeHint } from '../typing.js';
import type { Cell, ColumnType } from '../types.js';
import {
  CUBE_MAX_CELLS,
  countsRows,
  cubeCount,
  cubeCovers,
  cubeFacet,
  cubeGroup,
  planCube,
  type CountCube,
  type CubeCell,
  type CubePlan,
} from './count-cube.js';
import { LocalEngine } from './local-engine.js';
import { LocalTable } from './local-query.js';
import { additive, mergeFacets, mergeGroups, perValue, splitField } from './split-values.js';
import { ident, isTextStorage, keyText, literal, measureSql, orderSql, whereSql } from './sql.js';
import type {
  DataEngine,
  EngineField,
  EngineMode,
  Facet,
  FacetValue,
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
/** A count cube is built for tables of at least this many rows (below, each SQL count is a few milliseconds). */
export const CUBE_MIN_ROWS = 100_000;

export interface DatastoreEngineOptions {
  /** `false` skips `datastore_search_sql` (tests, and the side-by-side benchmark). */
  sql?: boolean;
  /** At most this many rows are read into the browser where the server cannot aggregate. */
  maxRows?: number;
  /** `false`: no count cube (see {@link CountCube}); every count is asked of the server. */
  cube?: boolean;
  /** The smallest table a count cube is built for; default {@link CUBE_MIN_ROWS}. */
  cubeMinRows?: number;
}

/**
 * A CKAN datastore resource. Where the server offers `datastore_search_sql` (ours does; a CKAN has it only when
 * `ckan.datastore.sqlsearch.enabled`), every filter change is one grouped query on the server. Where it refuses
 * (the action unknown, not authorised), the engine reads the rows once with `datastore_search` paging and answers in
 * the browser (`mode` becomes `browser`), with the same results. On a large table (from {@link CUBE_MIN_ROWS} rows),
 * once the view has asked about a few text fields it filters on and counts by, the engine builds a count cube of them
 * in the background (`count-cube.ts`): later counts, facets and count charts over those fields are answered from it,
 * and a filter change asks the server only for the table's page.
 */
export class DatastoreEngine implements DataEngine {
  mode: EngineMode = 'server';
  private described: Promise<EngineField[]> | null = null;
  private local: Promise<LocalEngine> | null = null;
  private readonly abort = new AbortController();
  /** Answers by their SQL (the same question asked again, by another widget or after a toggle back). */
  private readonly answers = new AnswerCache<Record<string, unknown>[]>();
  /** What the answers taught about the view's fields, to plan a count cube. */
  private readonly known = {
    wanted: [] as string[],
    text: new Set<string>(),
    distinct: new Map<string, number>(),
    whole: new Map<string, readonly FacetValue[]>(),
    refused: [] as string[][],
  };
  private cube: { cube: CountCube; at: number } | null = null;
  private building: Promise<void> | null = null;
  /** Questions being answered: a cube is planned once they are all in, from everything they taught. */
  private asking = 0;
  /** Cube parts waiting for the questions being answered (a person's click goes first). */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly client: CkanClient,
    readonly resourceId: string,
    private readonly options: DatastoreEngineOptions = {},
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

  rows(query: RowQuery): Promise<RowPage> {
    return this.tracked(() => this.rowsNow(query));
  }

  private async rowsNow(query: RowQuery): Promise<RowPage> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).rows(query);
    const where = whereSql(query.filters ?? {}, fields, query.q);
    const table = ident(this.resourceId);
    const limit = Math.max(0, Math.floor(query.limit ?? 100));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const columns = fields.map((f) => ident(f.id)).join(', ');
    const filters = query.filters ?? {};
    this.learn([], filters);
    const cube = query.q?.trim() ? null : this.cubeFor([], filters);
    const [page, count] = await Promise.all([
      this.sql(
        `SELECT ${columns} FROM ${table}${where}${orderSql(query.sort ?? [], fields)} LIMIT ${limit} OFFSET ${offset}`,
        query,
      ),
      cube ? [{ n: cubeCount(cube, filters) }] : this.sql(`SELECT count(*) AS n FROM ${table}${where}`, query),
    ]);
    if (page === null || count === null) return (await this.browser(query)).rows(query);
    return {
      fields,
      rows: page.map((record) => fields.map((f) => cell(record[f.id]))),
      total: Number(count[0]?.['n'] ?? 0),
    };
  }

  facet(query: FacetQuery): Promise<Facet> {
    return this.tracked(() => this.facetNow(query));
  }

  private async facetNow(query: FacetQuery): Promise<Facet> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).facet(query);
    if (!fields.some((f) => f.id === query.field)) return { values: [], distinct: 0 };
    const filters = withoutField(query.filters ?? {}, query.field);
    const limit = Math.max(1, Math.floor(query.limit ?? 50));
    const answer = await this.facetAnswer(query, filters, limit, fields);
    if (this.mode === 'server') {
      this.learn([query.field], filters);
      this.learnDistinct(query.field, answer.distinct);
      if (!query.q?.trim() && Object.keys(filters).length === 0 && answer.values.length === answer.distinct)
        this.known.whole.set(query.field, answer.values);
    }
    return answer;
  }

  private async facetAnswer(
    query: FacetQuery,
    filters: ViewFilters,
    limit: number,
    fields: EngineField[],
  ): Promise<Facet> {
    const cube = query.q?.trim() ? null : this.cubeFor([query.field], filters);
    if (cube) return cubeFacet(cube, query.field, filters, limit);
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

  group(query: GroupQuery): Promise<GroupRow[]> {
    return this.tracked(() => this.groupNow(query));
  }

  private async groupNow(query: GroupQuery): Promise<GroupRow[]> {
    const fields = await this.fields(query);
    if (this.mode === 'browser') return (await this.browser(query)).group(query);
    if (query.by.some((b) => !fields.some((f) => f.id === b))) return [];
    const filters = query.filters ?? {};
    if (countsRows(query.measures)) {
      this.learn(query.by, filters);
      const cube = this.cubeFor(query.by, filters);
      if (cube) return cubeGroup(cube, query.by, query.measures, filters);
    }
    const answer = await this.groupAnswer(query, fields);
    if (this.mode === 'server' && countsRows(query.measures) && query.by.length === 1)
      this.learnDistinct(query.by[0]!, answer.length);
    return answer;
  }

  private async groupAnswer(query: GroupQuery, fields: EngineField[]): Promise<GroupRow[]> {
    const filters = query.filters ?? {};
    const split = additive(query.measures) ? splitField(filters, fields) : null;
    if (split) {
      const parts = await Promise.all(
        perValue(filters, split).map((f) => this.groupAnswer({ ...query, filters: f }, fields)),
      );
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
    this.cube = null;
  }

  /** The fields of the count cube in use, or `null` while there is none (for notes and tests). */
  get cubeDims(): readonly string[] | null {
    return this.cube ? this.cube.cube.dims : null;
  }

  /** Resolves when the engine's background work (building a count cube) is done. */
  async settled(): Promise<void> {
    while (this.building) await this.building;
  }

  /** Notes the fields a count question is about (its own and those its filters keep values of). */
  private learn(fields: readonly string[], filters: ViewFilters): void {
    const listed = Object.entries(filters).flatMap(([field, value]) => (isRange(value) ? [] : [field]));
    for (const field of [...fields, ...listed]) if (!this.known.wanted.includes(field)) this.known.wanted.push(field);
  }

  private learnDistinct(field: string, distinct: number): void {
    this.known.distinct.set(field, Math.max(distinct, this.known.distinct.get(field) ?? 0));
  }

  /** The cube, when it is fresh and answers a count about `fields` under `filters`. */
  private cubeFor(fields: readonly string[], filters: ViewFilters): CountCube | null {
    if (!this.cube || this.mode !== 'server') return null;
    if (Date.now() - this.cube.at > ANSWER_TTL_MS) {
      this.cube = null;
      return null;
    }
    return cubeCovers(this.cube.cube, fields, filters) ? this.cube.cube : null;
  }

  private async tracked<T>(answer: () => Promise<T>): Promise<T> {
    this.asking++;
    try {
      return await answer();
    } finally {
      this.asking--;
      if (this.asking === 0) for (const resume of this.waiting.splice(0)) resume();
      this.considerCube();
    }
  }

  /**
   * Starts building a count cube in the background when the view's questions call for one it does not have: once
   * the questions of a change are all answered (a dashboard asks its chart, filters and table at once).
   */
  private considerCube(): void {
    if (this.options.cube === false || this.building || this.asking > 0 || this.mode !== 'server') return;
    const plan = planCube(this.known, this.options.cubeMinRows ?? CUBE_MIN_ROWS);
    const current = this.cube && Date.now() - this.cube.at <= ANSWER_TTL_MS ? this.cube.cube : null;
    if (!plan || (current && plan.dims.every((d) => current.dims.includes(d)))) return;
    this.building = this.buildCube(plan)
      .catch(() => {
        // A cube is an optimisation: a failed one (a time limit, a lost connection) leaves the SQL path as it was.
        this.known.refused.push([...plan.dims]);
      })
      .finally(() => {
        this.building = null;
        // Questions answered meanwhile may call for a larger cube.
        this.considerCube();
      });
  }

  /**
   * The cube's cells, asked one value of the split field at a time: each part is a short query that leaves the other
   * SQL workers to the person's clicks, and none comes near the server's time limit.
   */
  private async buildCube(plan: CubePlan): Promise<void> {
    const fields = await this.fields();
    const keys = plan.dims.map((d, i) => `${ident(d)} AS k${i}`).join(', ');
    const groupBy = plan.dims.map((_, i) => i + 1).join(', ');
    const cells: CubeCell[] = [];
    for (const value of plan.split.values) {
      // Between parts, the person's questions go first: a click while the cube is built waits for one part at most.
      while (this.asking > 0) await new Promise<void>((resume) => this.waiting.push(resume));
      const records = await this.sql(
        `SELECT ${keys}, count(*) AS n FROM ${ident(this.resourceId)}${whereSql({ [plan.split.field]: [value] }, fields)} GROUP BY ${groupBy}`,
        {},
      );
      if (records === null) return;
      for (const r of records)
        cells.push({ values: plan.dims.map((_, i) => storedValue(r[`k${i}`])), rows: Number(r['n']) });
      if (cells.length > CUBE_MAX_CELLS) throw new RangeError('count cube too large');
    }
    // Values written with spaces around them are listed trimmed by a facet: the parts would miss their rows.
    if (cells.reduce((sum, c) => sum + c.rows, 0) !== plan.rows) throw new RangeError('count cube incomplete');
    this.cube = { cube: { dims: plan.dims, cells }, at: Date.now() };
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
    const fields = stored.map((f, i) => ({
      id: f.id,
      type: sample.fields[i]!.type,
      storage: f.type,
      ...(f.label ? { label: f.label } : {}),
    }));
    for (const field of fields) if (isTextStorage(field)) this.known.text.add(field.id);
    return fields;
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

const storedValue = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

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
