import { ApiError, isAbortError, type CkanClient, type Dataset, type Resource } from '@bdw/core';
import { breaksFor, type Classification } from './classify.js';
import { parseTable, tableToPoints } from './csv.js';
import { DataError } from './errors.js';
import { geometryKind, parseGeoJSON, propertiesTable, type AnyCollection } from './geojson.js';
import { joinTable, propertyValues, type JoinResult } from './join.js';
import { legendRanges, type LegendRange } from './legend.js';
import { nameKey } from './text.js';

export { normalizeSpecs } from './specs.js';

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
  collection: AnyCollection;
  nameKey: string | null;
  choropleth: Choropleth | null;
  /** CSV rows left out for missing coordinates. */
  skipped: number;
}

export interface LoadContext {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  client?: CkanClient;
  timeoutMs?: number;
}

/** Fetches text; failures are `ApiError`s (network, timeout, http) so the element can offer a retry. */
export async function fetchText(url: string, context: LoadContext = {}): Promise<{ text: string; type: string }> {
  const fetchImpl = context.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeout = AbortSignal.timeout(context.timeoutMs ?? 30_000);
  const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
  const fail = (kind: 'network' | 'timeout' | 'http', message: string, status?: number, cause?: unknown) =>
    new ApiError(message, { kind, action: 'fetch', url, status: status ?? null, cause });
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { signal });
    text = await response.text();
  } catch (cause) {
    if (context.signal?.aborted) throw context.signal.reason;
    if (timeout.aborted) throw fail('timeout', `${url}: no answer in time`, undefined, cause);
    if (isAbortError(cause)) throw cause;
    throw fail('network', `${url}: ${cause instanceof Error ? cause.message : String(cause)}`, undefined, cause);
  }
  if (!response.ok) throw fail('http', `${url}: HTTP ${response.status}`, response.status);
  return { text, type: response.headers.get('content-type') ?? '' };
}

/** `geojson` or `csv`, from an explicit format, the file name, the content type or the text itself. */
export function detectFormat(url: string, contentType: string, text: string, explicit?: string): 'geojson' | 'csv' {
  const f = explicit?.toLowerCase();
  if (f === 'geojson' || f === 'json') return 'geojson';
  if (f === 'csv' || f === 'tsv') return 'csv';
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (/\.(geo)?json$/.test(path)) return 'geojson';
  if (/\.(csv|tsv|txt)$/.test(path)) return 'csv';
  if (/json/.test(contentType)) return 'geojson';
  if (/csv|tab-separated/.test(contentType)) return 'csv';
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, '')) ? 'geojson' : 'csv';
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
    );
  }
  return found;
}

/** Text → features, by format. */
export function toCollection(
  text: string,
  format: 'geojson' | 'csv',
  spec: Pick<LayerSpec, 'lat' | 'lon'> = {},
): { collection: AnyCollection; skipped: number } {
  if (format === 'geojson') return { collection: parseGeoJSON(text), skipped: 0 };
  const { collection, skipped } = tableToPoints(parseTable(text), {
    ...(spec.lat ? { lat: spec.lat } : {}),
    ...(spec.lon ? { lon: spec.lon } : {}),
  });
  return { collection: collection as AnyCollection, skipped };
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
    nameKey: nameKey(keys, spec.nameField),
    choropleth,
    skipped: extra.skipped ?? 0,
  };
}

/** Loads one layer from its URL, inline data or CKAN dataset, with its joined table if any. */
export async function loadLayer(spec: LayerSpec & { id: string }, context: LoadContext = {}): Promise<LoadedLayer> {
  let collection: AnyCollection;
  let skipped = 0;
  let title = spec.title;
  if (spec.data !== undefined) {
    collection = parseGeoJSON(spec.data);
  } else {
    let url = spec.src;
    let format: string | undefined = spec.format;
    if (!url && spec.dataset) {
      if (!context.client) throw new DataError('spec', `layer ${spec.id}: a dataset needs an api`);
      const dataset = await context.client.packageShow(spec.dataset, context.signal ? { signal: context.signal } : {});
      const resource = pickResource(dataset, spec.resource);
      url = resource.url;
      format = resource.format.toUpperCase() === 'GEOJSON' ? 'geojson' : 'csv';
      title ??= dataset.title;
    }
    const { text, type } = await fetchText(url!, context);
    ({ collection, skipped } = toCollection(text, detectFormat(url!, type, text, format), spec));
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
  return prepareLayer({ ...spec, ...(title ? { title } : {}) }, collection, {
    ...(table ? { table } : {}),
    ...(crosswalk !== undefined ? { crosswalk } : {}),
    skipped,
  });
}
