import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_MS, type CkanClient } from './ckan/CkanClient.js';
import { clientFor } from './catalog/clients.js';
import { catalogContext } from './catalog/context.js';

/**
 * Shares one catalogue client with every widget inside it, so a page names its
 * API once: `<bdw-catalog api="https://data.example.kr"> … widgets … </bdw-catalog>`.
 * A widget's own `api` attribute still wins over the catalogue's.
 *
 * @tagname bdw-catalog
 * @summary Catalogue context provider for the widgets inside it.
 * @slot - The widgets that use this catalogue.
 */
export class BdwCatalog extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Address of a CKAN portal or of its Action API (`/api/3/action`). */
  @property({ reflect: true }) api = '';

  /** Milliseconds before a request fails with a timeout error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** The shared client; `undefined` while no `api` is set. Widgets read it through context. */
  @provide({ context: catalogContext })
  @property({ attribute: false })
  client: CkanClient | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('timeout')) {
      this.client = this.api ? clientFor(this.api, this.timeout) : undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
