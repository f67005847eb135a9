import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { CkanClient } from '../ckan/CkanClient.js';
import { clientFor } from './clients.js';
import { catalogContext } from './context.js';

/** What a widget must have to use {@link CatalogController}: an optional `api` of its own. */
export interface CatalogHost extends ReactiveControllerHost, HTMLElement {
  api?: string | null | undefined;
}

/**
 * Gives a widget its catalogue client: from its own `api` attribute when set,
 * otherwise from the nearest `<bdw-catalog>`. The host re-renders when the
 * catalogue's client changes.
 */
export class CatalogController {
  private readonly consumer: ContextConsumer<typeof catalogContext, CatalogHost>;

  constructor(private readonly host: CatalogHost) {
    this.consumer = new ContextConsumer(host, { context: catalogContext, subscribe: true });
  }

  /** `undefined` until an `api` is set or a `<bdw-catalog>` provides one. */
  get client(): CkanClient | undefined {
    return this.host.api ? clientFor(this.host.api) : this.consumer.value;
  }
}
