import { CatalogController, ViewController, type DataView, type Lang } from '@bdw/core';
import { DataError, createEngine, type EngineSource } from '@bdw/core/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OwnView } from './own-view.js';

/** What a widget names as its own table (any of them), outside or inside a `<bdw-view>`. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  api?: string | null | undefined;
  resource?: string | null | undefined;
  src?: string | null | undefined;
  rows?: readonly Record<string, unknown>[] | null | undefined;
}

/**
 * The view a widget reads: its own private view when it names a table (`rows`, then `src`, then `resource` with `api`
 * or the nearest `<bdw-catalog>`), else the `<bdw-view>` around it. Re-renders the host on every change of either.
 */
export class ViewSource implements ReactiveController {
  private readonly outer: ViewController;
  private readonly catalog: CatalogController;
  private own: OwnView | null = null;
  private ownKey: readonly unknown[] = [];
  private unsubscribe: (() => void) | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly host: SourceHost,
    private readonly lang: () => Lang,
  ) {
    this.outer = new ViewController(host);
    this.catalog = new CatalogController(host);
    host.addController(this);
  }

  /** The view to read, or `undefined` when the widget has no table at all (the "no source" message). */
  get view(): DataView | undefined {
    return this.own ?? this.outer.view;
  }

  /** Why the widget's own table could not be opened (a view's engine reports its errors through its queries). */
  get error(): unknown {
    return this.own?.error ?? null;
  }

  hostUpdate(): void {
    const { rows, src, resource } = this.host;
    const client = resource ? this.catalog.client : undefined;
    const key = [rows ?? null, src || null, resource || null, client ?? null];
    if (key.every((part, i) => part === this.ownKey[i])) return;
    this.ownKey = key;
    const source: EngineSource | null = rows
      ? { kind: 'rows', rows }
      : src
        ? { kind: 'file', src }
        : resource && client
          ? { kind: 'datastore', client, resource }
          : null;
    this.close();
    if (!source && !resource) return;
    const own = new OwnView(this.lang());
    this.own = own;
    this.unsubscribe = own.subscribe(() => this.host.requestUpdate());
    if (!source) {
      own.fail(new DataError('no-source'));
      return;
    }
    this.abort = new AbortController();
    createEngine(source, this.abort.signal).then(
      (engine) => (this.own === own ? own.open(engine) : engine.dispose()),
      (error: unknown) => this.own === own && own.fail(error),
    );
  }

  /** Opens the widget's own table again (after a failure). */
  reopen(): void {
    this.ownKey = [];
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.close();
    this.ownKey = [];
  }

  private close(): void {
    this.abort?.abort();
    this.abort = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.own?.dispose();
    this.own = null;
  }
}
