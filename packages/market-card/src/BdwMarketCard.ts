import {
  CatalogController,
  LocaleController,
  baseStyles,
  displayText,
  fillUrlTemplate,
  normalizeListing,
  renderEmpty,
  renderError,
  renderLoading,
  safeUrl,
  stateStyles,
  type Lang,
  type MarketListing,
} from '@bdw/core';
import { Task, initialState } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cardStyles } from './card.styles.js';
import type { MarketRequestDetail, MarketRequestKind } from './events.js';
import { ALL_FACTS, categoryLabel, listingFacts, listingTags, ratingText, type FactKey } from './facts.js';
import { renderHeading } from './heading.js';
import { removeJsonLd } from './json-ld-slot.js';
import { msg } from './messages.js';
import { priceText } from './price.js';

export type MarketCardVariant = 'compact' | 'full' | 'horizontal';

const VARIANT_FACTS: Record<MarketCardVariant, readonly FactKey[]> = {
  compact: ['formats', 'updated'],
  horizontal: ['formats', 'delivery', 'updateFrequency', 'coverageRegion', 'updated'],
  full: ALL_FACTS,
};

/** JSON in an attribute; bad JSON is no listing, never an uncaught error. */
const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (!value) return null;
    try {
      return JSON.parse(value);
    } catch {
      return null;
    }
  },
};

/** The first letter of a provider, for the badge shown instead of a missing logo: `(주)엔컴` → `엔`. */
function monogram(name: string): string {
  return [...name.replace(/^\s*(\(주\)|㈜|주식회사)\s*/, '').trim()][0] ?? '·';
}

/**
 * One data-market listing: who provides it, what it costs and how, under which terms,
 * how fresh it is and whether a sample exists. Give it a `listing` (property or JSON
 * attribute), or a `listing-id` to load with `bdw_market_show` from `api` (or the
 * nearest `<bdw-catalog>`). Every value is rendered as text.
 *
 * @tagname bdw-market-card
 * @summary A data-market listing card: provider, price model in KRW, terms, freshness, sample.
 *
 * @slot actions - Replaces the built-in "ask to buy" and "request a sample" buttons.
 *
 * @csspart base - The card (`article`).
 * @csspart provider - Provider line: logo, name, type.
 * @csspart logo - The provider's logo, or the letter shown instead.
 * @csspart provider-type - The "public institution" / "company" badge.
 * @csspart title - The listing's title (a heading).
 * @csspart badges - Category, sample label and sample availability.
 * @csspart sample-label - The "sample listing" label of demonstration listings.
 * @csspart summary - The summary paragraph.
 * @csspart price - Price model and amount.
 * @csspart rating - Rating and review count.
 * @csspart facts - The list of details (terms, formats, delivery, …).
 * @csspart tags - The tag list.
 * @csspart actions - The action area.
 * @csspart action - Each built-in action button.
 * @csspart confirmation - The answer to a request shown under the buttons (see `confirmRequest()`).
 * @csspart loading - Loading state (with `listing-id`).
 * @csspart error - Error state.
 * @csspart empty - Shown when there is no listing.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop --bdw-market-card-padding - Inner spacing (default `1rem`).
 * @cssprop --bdw-market-card-radius - Corner radius (default `--bdw-radius-md`).
 * @cssprop --bdw-market-card-background - Background (default `--bdw-color-surface`).
 * @cssprop --bdw-market-card-border-color - Border colour (default `--bdw-color-border`).
 * @cssprop --bdw-market-card-logo-size - Logo width and height (default `2rem`).
 * @cssprop --bdw-market-card-summary-lines - Lines of summary in the compact variant (default `3`).
 *
 * @fires bdw-market-request - A person asked to buy (`kind: 'inquiry'`) or for a sample (`kind: 'sample'`); `detail.listing` is the listing. Bubbles, composed.
 */
export class BdwMarketCard extends LitElement {
  static override styles = [baseStyles, stateStyles, cardStyles];

  /** The listing to show (a `MarketListing`; as an attribute, JSON). Normalised: odd fields degrade to empty. */
  @property({ converter: jsonConverter }) listing: MarketListing | Record<string, unknown> | null = null;

  /** Loads the listing with `bdw_market_show` when no `listing` is given. */
  @property({ attribute: 'listing-id' }) listingId = '';

  /** Catalogue API address for `listing-id`; defaults to the nearest `<bdw-catalog>`. */
  @property() api = '';

  /** `compact` (grid card), `full` (detail page) or `horizontal` (list row). */
  @property({ reflect: true }) variant: MarketCardVariant = 'compact';

  /** Level of the title heading, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Link for the title; `{id}` is replaced by the listing id (`/market/{id}`). Only http(s) and relative addresses. */
  @property() href = '';

  /** Writes schema.org Product + Offer JSON-LD into the light DOM for search engines. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;

  @state() private logoFailed = false;
  @state() private confirmation = '';
  private normalized: MarketListing | null = null;
  private jsonLdRun = 0;
  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);

  private readonly show = new Task(this, {
    task: async ([id, client], { signal }) => {
      if (!id || !client) return initialState;
      return client.marketShow(id, { signal });
    },
    args: () => [this.listing ? '' : this.listingId, this.catalog.client] as const,
  });

  /** The listing being shown, normalised; `null` while there is none. */
  get shownListing(): MarketListing | null {
    return this.normalized ?? (this.listing ? null : (this.show.value ?? null));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('listing')) {
      this.normalized = this.listing ? normalizeListing(this.listing) : null;
      this.logoFailed = false;
    }
    if (changed.has('listing') || changed.has('listingId')) this.confirmation = '';
  }

  /**
   * Shows `text` under the buttons as the page's answer to a `bdw-market-request` and moves focus to it, so that a
   * person sees and hears what happened where they acted (not somewhere else on the page). `''` removes it.
   */
  async confirmRequest(text: string): Promise<void> {
    this.confirmation = text;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  protected override updated(): void {
    const listing = this.shownListing;
    const run = ++this.jsonLdRun;
    if (!this.jsonLd || !listing) {
      removeJsonLd(this);
      return;
    }
    // Loaded only when asked for, so that cards without JSON-LD do not carry it.
    void import('./json-ld.js').then(({ listingJsonLd, writeJsonLd }) => {
      if (run === this.jsonLdRun) writeJsonLd(this, listingJsonLd(listing, { url: this.link(listing) }));
    });
  }

  private link(listing: MarketListing): string | null {
    if (!this.href) return null;
    return fillUrlTemplate(this.href, { id: listing.id });
  }

  private request(listing: MarketListing, kind: MarketRequestKind): void {
    this.dispatchEvent(
      new CustomEvent<MarketRequestDetail>('bdw-market-request', {
        detail: { listing, kind },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override render() {
    const lang = this.locale.lang;
    const listing = this.shownListing;
    if (listing) return this.renderCard(listing, lang);
    if (!this.listing && this.listingId) {
      return this.show.render({
        initial: () => renderLoading(lang),
        pending: () => renderLoading(lang),
        error: (error) => renderError(error, lang, () => this.show.run()),
      });
    }
    return renderEmpty(lang, msg(lang, 'card.empty'));
  }

  private renderCard(listing: MarketListing, lang: Lang): TemplateResult {
    const variant: MarketCardVariant = VARIANT_FACTS[this.variant] ? this.variant : 'compact';
    const blocks = {
      head: this.renderHead(listing, lang, variant),
      summary: listing.summary.trim()
        ? html`<p class="summary" part="summary"><bdi>${displayText(listing.summary)}</bdi></p>`
        : nothing,
      price: this.renderPrice(listing, lang),
      rating: variant === 'full' ? nothing : this.renderRating(listing, lang),
      facts: this.renderFacts(listing, lang, variant),
      tags: variant === 'compact' ? nothing : this.renderTags(listing, lang),
      actions: this.renderActions(listing, lang),
    };
    if (variant === 'horizontal') {
      return html`<article class="card card--horizontal" part="base" aria-labelledby="title">
        <div class="main">${blocks.head} ${blocks.summary} ${blocks.facts} ${blocks.tags}</div>
        <div class="side">${blocks.price} ${blocks.rating} ${blocks.actions}</div>
      </article>`;
    }
    return html`<article class="card card--${variant}" part="base" aria-labelledby="title">
      ${blocks.head} ${blocks.price} ${blocks.rating} ${blocks.summary} ${blocks.facts} ${blocks.tags} ${blocks.actions}
    </article>`;
  }

  private renderHead(listing: MarketListing, lang: Lang, variant: MarketCardVariant): TemplateResult {
    const { provider } = listing;
    const logo = this.logoFailed ? null : safeUrl(provider.logoUrl);
    const title = displayText(listing.title).trim() || msg(lang, 'card.untitled');
    const href = this.link(listing);
    return html`<header class="head">
      <div class="provider" part="provider">
        ${
          logo
            ? html`<img
                class="logo"
                part="logo"
                src=${logo}
                alt=""
                loading="lazy"
                decoding="async"
                referrerpolicy="no-referrer"
                @error=${() => (this.logoFailed = true)}
              />`
            : html`<span class="logo monogram" part="logo" aria-hidden="true">${monogram(provider.name)}</span>`
        }
        ${provider.name.trim() ? html`<bdi class="provider__name">${displayText(provider.name)}</bdi>` : nothing}
        <span class="badge badge--${provider.type}" part="provider-type"
          >${msg(lang, `provider.${provider.type}`)}</span
        >
      </div>
      ${renderHeading(
        this.headingLevel,
        href ? html`<a href=${href}><bdi>${title}</bdi></a>` : html`<bdi>${title}</bdi>`,
        {
          id: 'title',
          className: 'title',
          part: 'title',
        },
      )}
      <ul class="badges" part="badges">
        ${
          listing.category.trim()
            ? html`<li class="badge badge--category">${categoryLabel(listing.category.trim(), lang)}</li>`
            : nothing
        }
        ${
          listing.isSample
            ? html`<li class="badge badge--sample-label" part="sample-label" title=${msg(lang, 'label.sampleHint')}>
                ${msg(lang, 'label.sample')}<span class="visually-hidden">: ${msg(lang, 'label.sampleHint')}</span>
              </li>`
            : nothing
        }
        ${
          listing.sampleAvailable && variant !== 'full'
            ? html`<li class="badge badge--has-sample">${msg(lang, 'sample.available')}</li>`
            : nothing
        }
      </ul>
    </header>`;
  }

  private renderPrice(listing: MarketListing, lang: Lang): TemplateResult {
    const price = priceText(listing.price, lang);
    return html`<p class="price price--${price.model}" part="price">
      <span class="visually-hidden">${msg(lang, 'field.price')}: </span>
      <span class="price__model">${price.modelLabel}</span>
      ${price.amount ? html`<span class="price__amount">${price.amount}</span>` : nothing}
    </p>`;
  }

  private renderRating(listing: MarketListing, lang: Lang) {
    const text = ratingText(listing.rating, listing.reviewCount, lang);
    return text ? html`<p class="rating" part="rating"><span aria-hidden="true">★ </span>${text}</p>` : nothing;
  }

  private renderFacts(listing: MarketListing, lang: Lang, variant: MarketCardVariant) {
    const facts = listingFacts(listing, lang, VARIANT_FACTS[variant]);
    if (!facts.length) return nothing;
    return html`<dl class="facts" part="facts">
      ${facts.map(
        (fact) =>
          html`<div class="fact fact--${fact.key}">
            <dt>${fact.label}</dt>
            <dd>${fact.value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderTags(listing: MarketListing, lang: Lang) {
    const tags = listingTags(listing);
    if (!tags.length) return nothing;
    return html`<ul class="tags" part="tags" aria-label=${msg(lang, 'card.tags')}>
      ${tags.map((tag) => html`<li class="tag"><bdi>${tag}</bdi></li>`)}
    </ul>`;
  }

  private renderActions(listing: MarketListing, lang: Lang): TemplateResult {
    return html`<div class="actions" part="actions">
        <slot name="actions">
          <button
            type="button"
            class="action action--primary"
            part="action"
            aria-describedby="title"
            @click=${() => this.request(listing, 'inquiry')}
          >
            ${msg(lang, 'action.inquiry')}
          </button>
          ${
            listing.sampleAvailable
              ? html`<button
                  type="button"
                  class="action"
                  part="action"
                  aria-describedby="title"
                  @click=${() => this.request(listing, 'sample')}
                >
                  ${msg(lang, 'action.sample')}
                </button>`
              : nothing
          }
        </slot>
      </div>
      ${this.confirmation ? html`<p class="confirmation" part="confirmation" tabindex="-1">${this.confirmation}</p>` : nothing}`;
  }
}
