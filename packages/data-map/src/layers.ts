import { ApiError, type CkanClient, type Dataset, type Resource } from '@bdw/core';
import { breaksFor, type Classification } from './classify.js';
import { TABLE_LIMIT, WORKER_MIN_POINTS } from './constants.js';
import { parseTable } from './csv.js';
import { DataError } from './errors.js';
import { geometryKind, parseGeoJSON, propertiesTable, type AnyCollection } from './geojson.js';
import { joinTable, propertyValues, type JoinResult } from './join.js';
import { legendRanges, type LegendRange } from './legend.js';
import { download, FetchFailure, type Downloaded } from './fetch-body.js';
import { decodeChunks, detectFormat, toCollection, type LayerFormat } from './parse.js';
import {
  LocalPointIndex,
  MapWorker,
  WorkerDataError,
  WorkerPointIndex,
  expectReply,
  type PointIndex,
} from './point-index.js';
import { nameKey } from './text.js';
import type { ViewLink } from './view-join.js';

export { normalizeSpecs } from './specs.js';
export { detectFormat, toCollection } from './parse.js';

/** One layer of `<bdw-data-map>`: where its data comes from and how it is drawn. */
export interface LayerSpec {
  /** Stable id (used in events); defaults to `layer-<n>`. */
  id?: string;
  /** Name in the layer switcher and legend. */
  title?: string;
  /** URL of a GeoJSON, CSV or TSV file. */
  src?: string;
  /** GeoJSON given directly (object or text). */
  data?: unknown;
  /** CKAN dataset (id or name): its GeoJSON resource, else its CSV resource, is drawn. */
  dataset?: string;
  /** Which resource of `dataset`: its id, name or format. */
  resource?: string;
  /** Format of `src` when its name does not tell: `geojson` or `csv`. */
  format?: 'geojson' | 'csv';
  /** Latitude / longitude columns of a CSV (detected when omitted: 위도/경도, lat/lon …). */
  lat?: string;
  lon?: string;
  /** Property naming each feature (detected when omitted: name, 이름, …명 …). */
  nameField?: string;
  /** Choropleth: the numeric property (of the features, or of the joined table) to colour by. */
  valueField?: string;
  /** Choropleth: what people call the value (선거인수), shown in the legend, popups and table instead of `valueField`. */
  valueLabel?: string;
  /** Choropleth: a table (CSV/TSV/GeoJSON URL) joined to the features by key. */
  join?: JoinSpec;
  classification?: Classification;
  /** Number of classes, 2–9 (default 5). */
  classes?: number;
  /** Points: cluster them (default true). Unclustered large layers draw on a canvas. */
  cluster?: boolean;
  /** Shown at start (default true). */
  visible?: boolean;
}

export interface JoinSpec {
  /** URL of the table to join (CSV, TSV, or GeoJSON whose properties are the rows). */
  src: string;
  /** Feature property holding the key. */
  featureKey: string;
  /** Table column holding the key. */
  rowKey: string;
  /** URL of a code crosswalk CSV; `busan` (default) uses the built-in KOSTAT ↔ MOIS district crosswalk. */
  crosswalk?: string | null;
}

export type LayerKind = 'points' | 'choropleth' | 'shapes';

export interface Choropleth {
  valueField: string;
  /** The value's name as people read it: `valueLabel`, else the field name. */
  valueLabel: string;
  values: (number | null)[];
  breaks: number[];
  ranges: LegendRange[];
  classification: Classification;
  join: Pick<JoinResult, 'matched' | 'via' | 'unmatchedFeatures'> | null;
}

export interface LoadedLayer {
  id: string;
  title: string;
  spec: LayerSpec;
  kind: LayerKind;
  /**
   * The features on the page. For a large point layer read by the map worker, only the first `TABLE_LIMIT` (the
   * table shows them): the others stay in the worker, and `points` answers for all of them.
   */
  collection: AnyCollection;
  /** Number of features in the layer. */
  size: number;
  /** A point layer's spatial index (clusters, points in view), on the page or in the map worker; `null` otherwise. */
  points: PointIndex | null;
  nameKey: string | null;
  choropleth: Choropleth | null;
  /** CSV rows left out for missing coordinates. */
  skipped: number;
  /** A polygon layer joined to the `<bdw-view>` around the map: what each feature filters, and what is selected. */
  view?: ViewLink;
}

/** How far a layer has loaded: the file is parsed (`parse`), then its points indexed (`index`, `done` of `total`). */
export interface LoadProgress {
  layerId: string;
  stage: 'download' | 'parse' | 'index';
  done: number;
  total: number | null;
}

export interface LoadContext {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  client?: CkanClient;
  timeoutMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** `false`: read and index everything on the main thread (no map worker). */
  worker?: boolean;
}

/** `FetchFailure` → `ApiError` (the element shows it and offers a retry where one can help); others unchanged. */
function apiError(error: unknown, url: string): unknown {
  if (!(error instanceof FetchFailure)) return error;
  return new ApiError(error.message, { kind: error.kind, action: 'fetch', url, status: error.status, cause: error });
}

/** Fetches a file on the page, chunk by chunk with progress; failures are `ApiError`s (network, timeout, http). */
export async function fetchBody(url: string, context: LoadContext = {}, layerId = ''): Promise<Downloaded> {
  try {
    return await download(url, {
      signal: context.signal,
      timeoutMs: context.timeoutMs,
      fetch: context.fetch,
      onProgress: (done, total) => context.onProgress?.({ layerId, stage: 'download', done, total }),
    });
  } catch (error) {
    throw apiError(error, url);
  }
}

/** Fetches text (UTF-8); failures as `fetchBody`. */
export async function fetchText(url: string, context: LoadContext = {}): Promise<{ text: string; type: string }> {
  const { chunks, type } = await fetchBody(url, context);
  return { text: decodeChunks(chunks), type };
}

/** The resource of a dataset to draw: the one named by `wanted`, else its first GeoJSON, else its first CSV. */
export function pickResource(dataset: Dataset, wanted?: string): Resource {
  const drawable = (r: Resource) => /^(GEOJSON|CSV|TSV)$/.test(r.format.toUpperCase());
  const found = wanted
    ? dataset.resources.find(
        (r) => r.id === wanted || r.name === wanted || r.format.toUpperCase() === wanted.toUpperCase(),
      )
    : (dataset.resources.find((r) => r.format.toUpperCase() === 'GEOJSON') ?? dataset.resources.find(drawable));
  if (!found || !drawable(found)) {
    throw new DataError(
      'resource',
      `dataset ${dataset.name} has no GeoJSON or CSV resource${wanted ? ` ${wanted}` : ''}`,
      'none',
      dataset.title || dataset.name,
    );
  }
  return found;
}

async function loadRows(url: string, context: LoadContext): Promise<Record<string, unknown>[]> {
  const { text, type } = await fetchText(url, context);
  return detectFormat(url, type, text) === 'geojson' ? propertiesTable(parseGeoJSON(text)) : parseTable(text).rows;
}

/**
 * Turns a layer's features (and joined table) into a layer ready to draw: kind, names,
 * and for a choropleth the values, class breaks and legend ranges.
 */
export function prepareLayer(
  spec: LayerSpec & { id: string },
  collection: AnyCollection,
  extra: { table?: Record<string, unknown>[]; crosswalk?: Record<string, unknown>[] | null; skipped?: number } = {},
): LoadedLayer {
  const keys = Object.keys(collection.features.find((f) => f.properties)?.properties ?? {});
  const geometry = geometryKind(collection);
  let choropleth: Choropleth | null = null;
  if (spec.valueField && geometry !== 'point') {
    let values: (number | null)[];
    let join: Choropleth['join'] = null;
    if (spec.join && extra.table) {
      const joined = joinTable(collection.features, extra.table, {
        featureKey: spec.join.featureKey,
        rowKey: spec.join.rowKey,
        valueField: spec.valueField,
        crosswalk: extra.crosswalk === undefined ? 'busan' : extra.crosswalk,
      });
      values = joined.values;
      join = { matched: joined.matched, via: joined.via, unmatchedFeatures: joined.unmatchedFeatures };
    } else values = propertyValues(collection.features, spec.valueField);
    const classification = spec.classification ?? 'quantile';
    const breaks = breaksFor(classification, values, spec.classes ?? 5);
    choropleth = {
      valueField: spec.valueField,
      valueLabel: spec.valueLabel || spec.valueField,
      values,
      breaks,
      ranges: legendRanges(breaks, values),
      classification,
      join,
    };
  }
  return {
    id: spec.id,
    title: spec.title ?? spec.id,
    spec,
    kind: choropleth ? 'choropleth' : geometry === 'point' ? 'points' : 'shapes',
    collection,
    size: collection.features.length,
    points: null,
    nameKey: nameKey(keys, spec.nameField),
    choropleth,
    skipped: extra.skipped ?? 0,
  };
}

/** Starts a map worker for `spec` (progress passed on, stopped with `signal`), or `null` where none can run. */
async function startWorker(spec: { id: string }, context: LoadContext): Promise<MapWorker | null> {
  if (context.worker === false) return null;
  const progress = ({ stage, done, total }: { stage: LoadProgress['stage']; done: number; total: number | null }) =>
    context.onProgress?.({ layerId: spec.id, stage, done, total });
  return MapWorker.start(progress, context.signal);
}

/**
 * Fetches and reads a file in the map worker, so that neither its bytes nor its parsing touch the page's main thread.
 * A large point layer stays there (its first features come back for the table); anything else comes back whole and
 * the worker stops. `null` where no worker can start.
 */
async function readInWorker(
  spec: LayerSpec & { id: string },
  file: { url: string; format: LayerFormat | undefined },
  context: LoadContext,
): Promise<{
  collection: AnyCollection;
  skipped: number;
  points?: { worker: MapWorker; size: number; bbox: PointIndex['bbox'] };
} | null> {
  const worker = await startWorker(spec, context);
  if (!worker) {
    context.signal?.throwIfAborted();
    return null;
  }
  try {
    const reply = await expectReply<'collection' | 'points'>(
      worker.ask({
        type: 'read',
        url: file.url,
        timeoutMs: context.timeoutMs,
        format: file.format,
        lat: spec.lat,
        lon: spec.lon,
        nameField: spec.nameField,
        head: TABLE_LIMIT,
      }),
    );
    if (reply.type === 'collection') {
      worker.close();
      return { collection: reply.collection, skipped: reply.skipped };
    }
    return {
      collection: { type: 'FeatureCollection', features: reply.head },
      skipped: reply.skipped,
      points: { worker: worker.keep(), size: reply.size, bbox: reply.bbox },
    };
  } catch (error) {
    worker.close();
    if (context.signal?.aborted) throw context.signal.reason;
    if (error instanceof WorkerDataError && error.fetch) {
      throw apiError(new FetchFailure(error.fetch.kind, error.message, error.fetch.status), file.url);
    }
    if (error instanceof WorkerDataError && error.kind) {
      throw new DataError(error.kind, error.message, error.reason ?? null, error.detail ?? null);
    }
    throw error;
  }
}

/** The spatial index of a point layer whose features are on the page: in the worker when there are many. */
async function indexPoints(layer: LoadedLayer, context: LoadContext): Promise<PointIndex> {
  const features = layer.collection.features;
  if (features.length > WORKER_MIN_POINTS) {
    const worker = await startWorker(layer, context);
    if (worker) {
      context.onProgress?.({ layerId: layer.id, stage: 'index', done: 0, total: features.length });
      try {
        const index = await WorkerPointIndex.ofFeatures(worker, features);
        worker.keep();
        return index;
      } catch {
        worker.close();
        if (context.signal?.aborted) throw context.signal.reason;
        // A worker that failed to index: the page does it.
      }
    }
  }
  return new LocalPointIndex(features, layer.nameKey);
}

/** Loads one layer from its URL, inline data or CKAN dataset, with its joined table if any. */
export async function loadLayer(spec: LayerSpec & { id: string }, context: LoadContext = {}): Promise<LoadedLayer> {
  let collection: AnyCollection;
  let skipped = 0;
  let title = spec.title;
  let kept: { worker: MapWorker; size: number; bbox: PointIndex['bbox'] } | undefined;
  if (spec.data !== undefined) {
    collection = parseGeoJSON(spec.data);
  } else {
    let url = spec.src;
    let format: LayerFormat | undefined = spec.format;
    if (!url && spec.dataset) {
      if (!context.client) throw new DataError('spec', `layer ${spec.id}: a dataset needs an api`, 'needsApi', spec.id);
      const dataset = await context.client.packageShow(spec.dataset, context.signal ? { signal: context.signal } : {});
      const resource = pickResource(dataset, spec.resource);
      url = resource.url;
      format = resource.format.toUpperCase() === 'GEOJSON' ? 'geojson' : 'csv';
      title ??= dataset.title;
    }
    context.onProgress?.({ layerId: spec.id, stage: 'download', done: 0, total: null });
    // Read in the map worker, unless the page supplies its own fetch or the layer joins a table (a join needs the
    // features on the page, and joins polygons, not points).
    const absolute = new URL(url!, document.baseURI).href;
    const read = !spec.join && !context.fetch ? await readInWorker(spec, { url: absolute, format }, context) : null;
    if (read) ({ collection, skipped, points: kept } = read);
    else {
      const body = await fetchBody(url!, context, spec.id);
      const text = decodeChunks(body.chunks);
      ({ collection, skipped } = toCollection(text, detectFormat(url!, body.type, text, format), spec));
    }
  }
  let table: Record<string, unknown>[] | undefined;
  let crosswalk: Record<string, unknown>[] | null | undefined;
  if (spec.join) {
    const crosswalkUrl = spec.join.crosswalk && spec.join.crosswalk !== 'busan' ? spec.join.crosswalk : null;
    [table, crosswalk] = await Promise.all([
      loadRows(spec.join.src, context),
      crosswalkUrl ? loadRows(crosswalkUrl, context) : Promise.resolve(spec.join.crosswalk === null ? null : undefined),
    ]);
  }
  const layer = prepareLayer({ ...spec, ...(title ? { title } : {}) }, collection, {
    ...(table ? { table } : {}),
    ...(crosswalk !== undefined ? { crosswalk } : {}),
    skipped,
  });
  if (kept) return { ...layer, size: kept.size, points: new WorkerPointIndex(kept.worker, kept) };
  return layer.kind === 'points' ? { ...layer, points: await indexPoints(layer, context) } : layer;
}

/** Frees what loaded layers hold outside the page (their map workers). */
export function disposeLayers(layers: readonly LoadedLayer[]): void {
  for (const layer of layers) layer.points?.dispose();
}
