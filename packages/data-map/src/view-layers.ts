import {
  coreMessage,
  formatNumber,
  isAbortError,
  renderError,
  renderLoading,
  type DataEngine,
  type DataView,
  type GroupRow,
  type Lang,
} from '@bdw/core';
import { html, type TemplateResult } from 'lit';
import { filtersKey, selectedValues, withoutField, type ViewFilters } from '@bdw/core/data';
import type { Classification } from './classify.js';
import { loadLayer, type LoadedLayer } from './layers.js';
import type { LatLonColumns } from './latlon.js';
import {
  countsByFeature,
  joinViewKeys,
  parseViewJoin,
  selectedFeatures,
  viewChoropleth,
  type JoinedKeys,
  type ViewJoin,
} from './view-join.js';
import { viewErrorMessage, viewMessage } from './view-messages.js';
import { rowsToPoints, viewLatLon, type ViewPoints } from './view-points.js';

/** What the map asks of its view on each update (from its attributes). */
export interface ViewRequest {
  /** The `join` attribute (`SGGNM:발생지시군구`), if set. */
  join: string | undefined;
  /** Whether the view's rows are drawn as points. */
  points: boolean;
  columns: Partial<LatLonColumns>;
  /** At most this many points are asked for. */
  limit: number;
}

/** How the joined layer is classed and labelled (the element's attributes). */
export interface JoinStyle {
  lang: Lang;
  /** `value-label`, else "건수 / Rows". */
  valueLabel: string | undefined;
  classification: Classification;
  classes: number;
}

/** The attributes of `<bdw-data-map>` the view's part reads. */
export interface ViewHost {
  readonly join?: string | undefined;
  readonly points: boolean;
  readonly lat?: string | undefined;
  readonly lon?: string | undefined;
  readonly pointLimit: number;
  readonly valueLabel?: string | undefined;
  readonly classification: Classification;
  readonly classes: number;
}

/** The view's request from the element's attributes; `own`: whether the map has layers of its own. */
export function viewRequest(host: ViewHost, own: boolean): ViewRequest {
  return {
    join: host.join,
    // A map in a view with no layer of its own draws the view's points.
    points: host.points || !own,
    columns: { ...(host.lat ? { lat: host.lat } : {}), ...(host.lon ? { lon: host.lon } : {}) },
    limit: Number.isFinite(host.pointLimit) && host.pointLimit > 0 ? Math.floor(host.pointLimit) : 10_000,
  };
}

/** The view's counts for a joined layer. */
interface ViewCounts {
  join: ViewJoin;
  /** Every value of the field in the view's table (no filters): what features can stand for. */
  domain: string[];
  /** Row counts per value under the view's filters, the join field's own filter left out. */
  groups: GroupRow[];
}

/** The joined layer last computed, with what it was computed from. */
interface JoinedMemo {
  base: LoadedLayer;
  counts: ViewCounts;
  keys: JoinedKeys;
  inputs: string;
  layer: LoadedLayer;
}

const engineIds = new WeakMap<DataEngine, number>();
let nextEngineId = 0;
const engineId = (engine: DataEngine): number => {
  let id = engineIds.get(engine);
  if (id === undefined) engineIds.set(engine, (id = ++nextEngineId));
  return id;
};

/**
 * `<bdw-data-map>` inside a `<bdw-view>` (loaded with the map engine): asks the view's engine for the row counts of
 * the joined polygon layer (grouped by the join field under the view's filters without that field's own, so that the
 * other districts keep their counts while one is selected) and for the rows matching all the filters as a point
 * layer, again whenever the view's engine or filters change; and gives the element the layers to draw, with the
 * joined layer's shading and selection, and what to say about them.
 */
export class ViewLayers {
  private counts: ViewCounts | null = null;
  private points: (ViewPoints & { layer: LoadedLayer | null }) | null = null;
  /** The last query's failure (a note; the map keeps what it drew). */
  private error: unknown = null;
  /** Queries in flight. */
  private pending = 0;
  private countsKey = '';
  private pointsKey = '';
  private countsAbort: AbortController | null = null;
  private pointsAbort: AbortController | null = null;
  /** Every value of a field per engine (the domain of a join), asked once. */
  private readonly domains = new WeakMap<DataEngine, Map<string, Promise<string[]>>>();
  private memo: JoinedMemo | null = null;
  private drawn: LoadedLayer[] = [];
  /** The `join` attribute read (`null` when unset or malformed). */
  private join: ViewJoin | null = null;
  /** Why `join` cannot be used, or `null`. */
  private joinError: unknown = null;

  /** Whether the map draws the view's points (set by {@link follow}). */
  private wantsPoints = false;

  /** `changed` is called when an answer arrives (the element updates). */
  constructor(
    private readonly host: ViewHost,
    private readonly changed: () => void,
  ) {}

  /**
   * Follows the view (`undefined`: the map is in none): asks what the element's attributes need and returns the
   * layers to draw, `base` being the map's own loaded layers.
   */
  follow(view: DataView | undefined, base: readonly LoadedLayer[], lang: Lang, own: boolean): readonly LoadedLayer[] {
    const request = viewRequest(this.host, own);
    this.wantsPoints = !!view && request.points;
    this.sync(view, request, lang);
    const { valueLabel, classification, classes } = this.host;
    return this.layers(base, view, { lang, valueLabel, classification, classes });
  }

  /** A joined feature was chosen: the view's filter on its value is toggled, as a person did (from `origin`). */
  toggle(view: DataView | undefined, layer: LoadedLayer, index: number, origin: Element): void {
    const value = layer.view?.values[index];
    if (view && layer.view && value !== null && value !== undefined) view.toggle(layer.view.field, value, origin);
  }

  /** Starts the queries `request` needs that are not answered for the view's current engine and filters. */
  private sync(view: DataView | undefined, request: ViewRequest, lang: Lang): void {
    const engine = view?.engine ?? null;
    const filters = view?.filters ?? {};
    const id = engine ? engineId(engine) : 0;
    try {
      this.join = parseViewJoin(request.join);
      this.joinError = null;
    } catch (error) {
      this.join = null;
      this.joinError = error;
    }
    const { join } = this;
    const countsKey = engine && join ? JSON.stringify([id, join, filtersKey(withoutField(filters, join.field))]) : '';
    if (countsKey !== this.countsKey) {
      this.countsKey = countsKey;
      this.countsAbort?.abort();
      if (!countsKey) this.counts = null;
      else this.countsAbort = this.run((signal) => this.askCounts(engine!, join!, filters, signal));
    }
    const pointsKey =
      engine && request.points ? JSON.stringify([id, request.columns, request.limit, filtersKey(filters), lang]) : '';
    if (pointsKey !== this.pointsKey) {
      this.pointsKey = pointsKey;
      this.pointsAbort?.abort();
      if (!pointsKey) this.setPoints(null);
      else this.pointsAbort = this.run((signal) => this.askPoints(view!, engine!, request, filters, lang, signal));
    }
  }

  /**
   * The layers to draw: the element's own (its polygon layer joined to the view, with the view's counts and
   * selection) and the view's points. The same array while nothing changed (the map then leaves its paths alone).
   */
  private layers(base: readonly LoadedLayer[], view: DataView | undefined, style: JoinStyle): LoadedLayer[] {
    this.memo = this.joined(base, view?.filters ?? {}, this.join, style);
    const joined = this.memo?.layer;
    const own = base.map((l) => (joined && l === this.memo!.base ? joined : l));
    const next = this.points?.layer ? [...own, this.points.layer] : own;
    if (next.length !== this.drawn.length || next.some((l, i) => l !== this.drawn[i])) this.drawn = next;
    return this.drawn;
  }

  /** What the map says about the view's data: points cut by the limit, none matching, a failed query. */
  notes(lang: Lang, layers: readonly LoadedLayer[]): string[] {
    const notes: string[] = [];
    const points = this.points;
    const read = points ? points.collection.features.length + points.skipped : 0;
    if (points && points.total > read) {
      notes.push(
        viewMessage(lang, 'pointsLimited', {
          shown: formatNumber(read, lang),
          total: formatNumber(points.total, lang),
        }),
      );
    }
    // With polygons on the map, no matching point is a note (without them, the empty state says it).
    if (points && !points.layer && this.pending === 0 && layers.some((l) => l.size > 0))
      notes.push(viewMessage(lang, 'noRows'));
    const error = this.error;
    if (error) notes.push(viewErrorMessage(lang, error) ?? viewMessage(lang, 'error'));
    return notes;
  }

  /**
   * What the map shows instead of its layers because of the view, or `null`: a `join` that cannot be read (nothing
   * the map drew is right), and for a map with no feature to show (`empty`) that draws the view's points, those
   * points on their way, failing, or none matching the filters.
   */
  renderState(view: DataView | undefined, lang: Lang, empty: boolean, retry: () => void): TemplateResult | null {
    if (!view) return null;
    if (this.joinError) return problem(lang, viewErrorMessage(lang, this.joinError) ?? '');
    if (!empty || !this.wantsPoints) return null;
    if (!view.engine || this.pending > 0) return renderLoading(lang);
    const error = this.error;
    if (error) {
      const message = viewErrorMessage(lang, error);
      return message ? problem(lang, message) : renderError(error, lang, retry);
    }
    return html`<div class="state" part="empty" role="status">
      <p class="state__message">${viewMessage(lang, 'noRows')}</p>
    </div>`;
  }

  /** Stops the queries and frees the points (asked again on reconnect). */
  disconnect(): void {
    this.countsAbort?.abort();
    this.pointsAbort?.abort();
    this.countsKey = this.pointsKey = '';
    this.setPoints(null);
  }

  private setPoints(points: ViewLayers['points']): void {
    if (this.points?.layer && this.points.layer !== points?.layer) this.points.layer.points?.dispose();
    this.points = points;
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
        this.changed();
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

  private async askPoints(
    view: DataView,
    engine: DataEngine,
    request: ViewRequest,
    filters: ViewFilters,
    lang: Lang,
    signal: AbortSignal,
  ) {
    const fields = view.fields.length ? view.fields : await engine.fields({ signal });
    const columns = viewLatLon(
      fields.map((f) => f.id),
      request.columns,
    );
    const page = await engine.rows({ filters, limit: request.limit, signal });
    const points = rowsToPoints(page, columns);
    // Clustered as any point layer (indexed in the map worker when there are many).
    const layer = points.collection.features.length
      ? await loadLayer({ id: 'view-points', title: viewMessage(lang, 'points'), data: points.collection }, { signal })
      : null;
    if (signal.aborted) {
      layer?.points?.dispose();
      return;
    }
    this.setPoints({ ...points, layer: layer && { ...layer, skipped: points.skipped } });
  }

  /**
   * The element's polygon layer (the first that is not points) with the view's row counts as its choropleth and the
   * view's selection, or `null` when there is no join, no polygon layer or no answer for this join yet. The previous
   * result is kept while nothing it depends on changed.
   */
  private joined(
    layers: readonly LoadedLayer[],
    filters: ViewFilters,
    join: ViewJoin | null,
    style: JoinStyle,
  ): JoinedMemo | null {
    const { counts, memo } = this;
    if (!join || !counts || counts.join.field !== join.field || counts.join.featureKey !== join.featureKey) return null;
    const base = layers.find((l) => l.kind !== 'points');
    if (!base) return null;
    const kept = selectedValues(filters, join.field);
    const valueLabel = style.valueLabel ?? viewMessage(style.lang, 'rowCount');
    const inputs = JSON.stringify([[...kept].sort(), valueLabel, style.classification, style.classes]);
    if (memo && memo.base === base && memo.counts === counts && memo.inputs === inputs) return memo;
    const keys =
      memo && memo.base === base && memo.counts.domain === counts.domain
        ? memo.keys
        : joinViewKeys(base.collection.features, counts.domain, join);
    const choropleth = viewChoropleth(join, keys, countsByFeature(keys.values, counts.groups), {
      valueLabel,
      classification: base.spec.classification ?? style.classification,
      classes: base.spec.classes ?? style.classes,
      features: base.size,
    });
    const layer: LoadedLayer = {
      ...base,
      kind: 'choropleth',
      choropleth,
      view: { field: join.field, values: keys.values, selected: selectedFeatures(keys.values, kept) },
    };
    return { base, counts, keys, inputs, layer };
  }
}

/** Bad input about the view: no retry (trying again cannot help). */
function problem(lang: Lang, message: string): TemplateResult {
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${coreMessage(lang, 'error.title')}</p>
    <p class="state__message">${message}</p>
  </div>`;
}
