import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewContext, type DataView } from './context.js';

/**
 * A widget may connect before its `<bdw-view>` is defined (the view's module loads later, or lazily): a context root
 * on the document keeps the widget's request and answers it when the view appears. One per page, even with two
 * copies of the library.
 */
function ensureContextRoot(): void {
  const scope = globalThis as { __bdwContextRoot?: ContextRoot };
  if (scope.__bdwContextRoot || typeof document === 'undefined') return;
  scope.__bdwContextRoot = new ContextRoot();
  scope.__bdwContextRoot.attach(document.documentElement);
}

/**
 * Gives a widget the `<bdw-view>` it sits in (if any) and re-renders it on every change of the view's engine or
 * filters. A widget uses the view only when it has no data source of its own.
 */
export class ViewController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof viewContext, ReactiveControllerHost & HTMLElement>;
  private unsubscribe: (() => void) | null = null;
  private subscribed: DataView | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    ensureContextRoot();
    this.consumer = new ContextConsumer(host, {
      context: viewContext,
      subscribe: true,
      callback: () => this.follow(),
    });
    host.addController(this);
  }

  /** The view around the widget, or `undefined` outside one. */
  get view(): DataView | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribed = undefined;
  }

  private follow(): void {
    const view = this.consumer.value;
    if (view === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = view;
    this.unsubscribe = view ? view.subscribe(() => this.host.requestUpdate()) : null;
    this.host.requestUpdate();
  }
}
