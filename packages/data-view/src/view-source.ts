import { CatalogController, ViewController, ViewStore, type DataView, type Lang } from '@bdw/core';
import { DataError, createEngine, type EngineSource } from '@bdw/core/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a widget names as its own table (any of them), outside or inside a `<bdw-view>`. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  api?: string | null | undefined;
  resource?: string | null | undefined;
  src?: string | null | undefined;
  rows?: readonly Record<string, unknown>[] | null | undefined;
}

/**
 * The view a widget reads: a private view (core's `ViewStore`, as `<bdw-view>` keeps) when the widget names its own
 * table (`rows`, then `src`, then `resource` with `api` or the nearest `<bdw-catalog>`), else the `<bdw-view>`
 * around it. Re-renders the host on every change of either.
 */
export class ViewSource implements ReactiveController {
  private readonly outer: ViewController;
  private readonly catalog: CatalogController;
  private own: ViewStore | null = null;
  private ownError: unknown = null;
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

  /** Why the widget's table could not be opened: its own, or the `<bdw-view>`'s around it. */
  get error(): unknown {
    return this.own ? this.ownError : (this.outer.view?.error ?? null);
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
    const own = new ViewStore(() => {});
    own.setLang(this.lang());
    this.own = own;
    this.unsubscribe = own.subscribe(() => this.host.requestUpdate());
    // A resource without an API to ask.
    if (!source) return this.fail(new DataError('no-source'));
    const abort = (this.abort = new AbortController());
    void (async () => {
      try {
        const engine = await createEngine(source, abort.signal);
        if (abort.signal.aborted) return engine.dispose();
        const fields = await engine.fields({ signal: abort.signal });
        if (abort.signal.aborted) return engine.dispose();
        own.open(engine, fields);
      } catch (error) {
        if (!abort.signal.aborted) this.fail(error);
      }
    })();
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

  private fail(error: unknown): void {
    this.ownError = error;
    this.host.requestUpdate();
  }

  private close(): void {
    this.abort?.abort();
    this.abort = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.own?.engine?.dispose();
    this.own = null;
    this.ownError = null;
  }
}
