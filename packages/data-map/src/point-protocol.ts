/** The messages between the page and the map worker (`points.worker.ts`). Types only. */
import type { DataErrorKind } from './errors.js';
import type { FetchFailure } from './fetch-body.js';
import type { AnyCollection, AnyFeature } from './geojson.js';
import type { LayerFormat } from './parse.js';
import type { CanvasView } from './point-canvas.js';
import type { BBox, ClusterBatch } from './point-store.js';

export type WorkerRequest = { id: number } & (
  | {
      /** Fetch and parse a file; keep it when it is a large point layer. */
      type: 'read';
      /** Absolute URL (the worker resolves relative ones against its own script). */
      url: string;
      timeoutMs?: number | undefined;
      format?: LayerFormat | undefined;
      lat?: string | undefined;
      lon?: string | undefined;
      nameField?: string | undefined;
      /** Features of a kept layer sent back to the page (the table of features shows them). */
      head: number;
    }
  /** Index positions only (inline data, whose features the page already has). */
  | { type: 'index'; coordinates: Float64Array }
  | { type: 'clusters'; bbox: BBox; zoom: number }
  | { type: 'expansion'; clusterId: number }
  | { type: 'feature'; index: number }
  | { type: 'nearest'; lng: number; lat: number; zoom: number; radius: number }
  | { type: 'draw'; view: CanvasView }
);

/** What a kept point layer is on the page: its size, extent and first features. */
export interface KeptPoints {
  size: number;
  bbox: BBox | null;
  /** The first features (all of them for a small layer read by the worker and sent back). */
  head: AnyFeature[];
  /** Rows left out for missing coordinates (CSV). */
  skipped: number;
}

export type WorkerReply = { id: number } & (
  | { type: 'collection'; collection: AnyCollection; skipped: number }
  | ({ type: 'points' } & KeptPoints)
  | { type: 'clusters'; batch: ClusterBatch }
  | { type: 'value'; value: number | null }
  | { type: 'feature'; feature: AnyFeature | null }
  | { type: 'bitmap'; bitmap: ImageBitmap | null; drawn: number }
  | { type: 'progress'; stage: 'download' | 'parse' | 'index'; done: number; total: number | null }
  | {
      type: 'error';
      /** A `DataError`'s kind (bad data), else `null`; its reason and detail. */
      kind: DataErrorKind | null;
      reason?: string | null;
      detail?: string | null;
      /** Set when the download failed (`FetchFailure`). */
      fetch?: { kind: FetchFailure['kind']; status: number | null };
      message: string;
    }
);

/** The worker's first message: it has loaded and listens. */
export const READY = { type: 'ready' } as const;
