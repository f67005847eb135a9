import { ViewController, isAbortError, type DataEngine, type DataView, type GroupRow } from '@bdw/core';
import { filtersKey, withoutField, type ViewFilters } from '@bdw/core/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLonColumns } from './latlon.js';
import type { ViewJoin } from './view-join.js';
import { rowsToPoints, viewLatLon, type ViewPoints } from './view-points.js';

/** What the map asks of its view on each update. */
export interface ViewRequest {
  /** The polygon layer's join (`join` attribute), or `null`. */
  join: ViewJoin | null;
  /** Whether the view's rows are drawn as points. */
  points: boolean;
  columns: Partial<LatLonColumns>;
  /** At most this many points are asked for. */
  limit: number;
}

/** The view's counts for a joined layer. */
export interface ViewCounts {
  join: ViewJoin;
  /** Every value of the field in the view's table (no filters): what features can stand for. */
  domain: string[];
  /** Row counts per value under the view's filters, the join field's own filter left out. */
  groups: GroupRow[];
}

/** The view's matching rows as points. */
export interface ViewPointsResult extends ViewPoints {
  limit: number;
}

const engineIds = new WeakMap<DataEngine, number>();
let nextEngineId = 0;
const engineId = (engine: DataEngine): number => {
  let id = engineIds.get(engine);
  if (id === undefined) engineIds.set(engine, (id = ++nextEngineId));
  return id;
};

/**
 * `<bdw-data-map>` inside a `<bdw-view>`: asks the view's engine for the row counts of a joined polygon layer (grouped
 * by the join field, under the view's filters without that field's own, so that the other districts keep their
 * counts while one is selected) and for the rows matching the filters as points, again whenever the view's engine or
 * filters change. Outside a view it does nothing.
 */
export class ViewLayersController implements ReactiveController {
  private readonly viewController: ViewController;
  counts: ViewCounts | null = null;
  points: ViewPointsResult | null = null;
  /** The last query's failure (shown as a note; the map keeps what it drew). */
  error: unknown = null;
  /** Queries in flight. */
  pending = 0;
  private countsKey = '';
  private pointsKey = '';
  private countsAbort: AbortController | null = null;
  private pointsAbort: AbortController | null = null;
  /** Every value of a field per engine (the domain of a join), asked once. */
  private domains = new WeakMap<DataEngine, Map<string, Promise<string[]>>>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.viewController = new ViewController(host);
    host.addController(this);
  }

  /** The `<bdw-view>` around the map, or `undefined`. */
  get view(): DataView | undefined {
    return this.viewController.view;
  }

  hostDisconnected(): void {
    this.countsAbort?.abort();
    this.pointsAbort?.abort();
    // Asked again on reconnect.
    this.countsKey = this.pointsKey = '';
  }

  /** Starts the queries `request` needs that are not answered for the view's current engine and filters. */
  sync(request: ViewRequest): void {
    const view = this.view;
    const engine = view?.engine ?? null;
    const filters = view?.filters ?? {};
    const id = engine ? engineId(engine) : 0;
    const countsKey =
      engine && request.join
        ? JSON.stringify([id, request.join, filtersKey(withoutField(filters, request.join.field))])
        : '';
    if (countsKey !== this.countsKey) {
      this.countsKey = countsKey;
      this.countsAbort?.abort();
      if (!countsKey) this.counts = null;
      else this.countsAbort = this.run((signal) => this.askCounts(engine!, request.join!, filters, signal));
    }
    const pointsKey =
      engine && request.points ? JSON.stringify([id, request.columns, request.limit, filtersKey(filters)]) : '';
    if (pointsKey !== this.pointsKey) {
      this.pointsKey = pointsKey;
      this.pointsAbort?.abort();
      if (!pointsKey) this.points = null;
      else this.pointsAbort = this.run((signal) => this.askPoints(engine!, request, filters, signal));
    }
  }

  private run(task: (signal: AbortSignal) => Promise<void>): AbortController {
    const abort = new AbortController();
    this.pending++;
    task(abort.signal)
      .then(
        () => {
          if (!abort.signal.aborted) this.error = null;
        },
        (error: unknown) => {
          if (!abort.signal.aborted && !isAbortError(error)) this.error = error;
        },
      )
      .finally(() => {
        this.pending--;
        this.host.requestUpdate();
      });
    return abort;
  }

  private domain(engine: DataEngine, field: string): Promise<string[]> {
    let byField = this.domains.get(engine);
    if (!byField) this.domains.set(engine, (byField = new Map()));
    let domain = byField.get(field);
    if (!domain) {
      domain = engine
        .group({ by: [field], measures: [{ field: null, agg: 'count' }], filters: {} })
        .then((groups) => groups.map((g) => g.keys[0] ?? ''));
      domain.catch(() => byField.delete(field));
      byField.set(field, domain);
    }
    return domain;
  }

  private async askCounts(engine: DataEngine, join: ViewJoin, filters: ViewFilters, signal: AbortSignal) {
    const [domain, groups] = await Promise.all([
      this.domain(engine, join.field),
      engine.group({
        by: [join.field],
        measures: [{ field: null, agg: 'count' }],
        filters: withoutField(filters, join.field),
        signal,
      }),
    ]);
    if (!signal.aborted) this.counts = { join, domain, groups };
  }

  private async askPoints(engine: DataEngine, request: ViewRequest, filters: ViewFilters, signal: AbortSignal) {
    const fields = this.view?.fields.length ? this.view.fields : await engine.fields({ signal });
    const columns = viewLatLon(
      fields.map((f) => f.id),
      request.columns,
    );
    const page = await engine.rows({ filters, limit: request.limit, signal });
    if (!signal.aborted) this.points = { ...rowsToPoints(page, columns), limit: request.limit };
  }
}
