import {
  CatalogController,
  LocaleController,
  baseStyles,
  renderEmpty,
  renderError,
  renderLoading,
  stateStyles,
  type FacetField,
  type Lang,
  type MarketSearchResult,
} from '@bdw/core';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MarketCardVariant } from './BdwMarketCard.js';
import type { MarketChangeDetail } from './events.js';
import { categoryLabel } from './facts.js';
import {
  FILTER_NAMES,
  FILTER_FIELDS,
  MARKET_SORTS,
  filterOptions,
  formatList,
  hasFilters,
  mergeKnownValues,
  pageCount,
  pageWindow,
  parseList,
  toSearchQuery,
  toSort,
  toggleValue,
  type FilterName,
  type MarketFilters,
  type MarketSort,
} from './filter-state.js';
import { clampLevel, renderHeading } from './heading.js';
import { removeJsonLd } from './json-ld-slot.js';
import { listStyles } from './list.styles.js';
import { listMsg, type ListMessageKey } from './list-messages.js';
import { msg, type MarketMessageKey } from './messages.js';
import { staticMarketSearch } from './static-source.js';

/** Comma-separated attribute ↔ string list. */
const listConverter = {
  fromAttribute: (value: string | null) => parseList(value),
  toAttribute: (value: readonly string[]) => formatList(value),
};

const FILTER_LABELS: Record<FilterName, ListMessageKey> = {
  category: 'filter.category',
  priceModel: 'filter.priceModel',
  providerType: 'filter.providerType',
  format: 'filter.format',
};

const NO_KNOWN: Record<FilterName, string[]> = { category: [], priceModel: [], providerType: [], format: [] };

let cardModule: Promise<unknown> | undefined;
/**
 * `<bdw-market-card>`, which shows the results: fetched when the first list connects, in parallel with its search, so
 * the list paints (filters, sort, loading) without it. A failed fetch is tried again with the next search.
 */
function loadCard(): Promise<unknown> {
  cardModule ??= import('./bdw-market-card.js').catch((error: unknown) => {
    cardModule = undefined;
    throw error;
  });
  return cardModule;
}

/**
 * Data-market listings with filters (category, price model, provider type, format), sort
 * (newest, popular, price) and paging, from `bdw_market_search` of the catalogue API
 * (`api`, or the nearest `<bdw-catalog>`) or from a static JSON file (`src`). A newer
 * query always wins: the request it supersedes is aborted. Filter, sort and page are
 * attributes, so a page can restore them from its URL.
 *
 * @tagname bdw-market-list
 * @summary Searchable, filterable grid of data-market listings.
 *
 * @csspart base - The whole list (`section`).
 * @csspart filters - The filter panel (`details`).
 * @csspart filter - One filter group (`fieldset`).
 * @csspart clear - The "clear filters" button.
 * @csspart toolbar - Result count and sort.
 * @csspart count - The result count (a live status).
 * @csspart sort - The sort control's label.
 * @csspart grid - The list of cards.
 * @csspart card - Each `<bdw-market-card>` (style its inside through its own parts).
 * @csspart pager - The page navigation.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error - Error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop --bdw-market-list-card-min - Narrowest card width in the grid (default `16rem`).
 * @cssprop --bdw-market-list-gap - Space between cards (default `1rem`).
 * @cssprop --bdw-market-list-sidebar-width - Filter column width on wide screens (default `15rem`).
 * @cssprop --bdw-market-list-background - Background (default transparent; the dark surface in dark mode).
 *
 * @fires bdw-market-request - From a card: a person asked to buy or for a sample (`detail: { listing, kind }`). Bubbles, composed.
 * @fires bdw-market-change - A person changed a filter, the sort or the page (`detail: { filters, sort, page }`). Bubbles, composed.
 */
export class BdwMarketList extends LitElement {
  static override styles = [baseStyles, stateStyles, listStyles];

  /** Catalogue API address; defaults to the nearest `<bdw-catalog>`. */
  @property() api = '';

  /** A static JSON file of listings (an array, `{ "listings": [...] }` or a CKAN answer); wins over `api`. */
  @property() src = '';

  /** Selected categories (attribute: comma-separated). */
  @property({ converter: listConverter, reflect: true }) category: string[] = [];

  /** Selected price models: `free`, `negotiation`, `subscription`, `one-off`, `usage`. */
  @property({ attribute: 'price-model', converter: listConverter, reflect: true }) priceModel: string[] = [];

  /** Selected provider types: `public`, `company`. */
  @property({ attribute: 'provider-type', converter: listConverter, reflect: true }) providerType: string[] = [];

  /** Selected formats (`CSV`, `API`, …). */
  @property({ converter: listConverter, reflect: true }) format: string[] = [];

  /** `newest` (default), `popular`, `price-asc` or `price-desc`. */
  @property({ reflect: true }) sort: MarketSort = 'newest';

  /** 1-based page. */
  @property({ type: Number, reflect: true }) page = 1;

  /** Listings per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Free-text query. */
  @property() q = '';

  /** Card layout: `compact` (grid) or `horizontal` (one per row). */
  @property({ reflect: true }) variant: Exclude<MarketCardVariant, 'full'> = 'compact';

  /** Level of the list's own (visually hidden) heading; cards use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Card title link, `{id}` replaced by the listing id (`/market/{id}`). */
  @property({ attribute: 'card-href' }) cardHref = '';

  /** Hides the filter panel (filters set by attribute still apply). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** Writes a schema.org ItemList of the shown listings (Product + Offer) into the light DOM. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;

  @state() private known: Record<FilterName, string[]> = NO_KNOWN;
  @state() private filtersOpen = true;
  private jsonLdRun = 0;
  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);

  private readonly search = new Task(this, {
    task: async ([src, client, key], { signal }): Promise<MarketSearchResult | typeof initialState> => {
      const query = toSearchQuery(JSON.parse(key));
      let search: Promise<MarketSearchResult>;
      if (src) search = staticMarketSearch(src, query, { signal });
      else if (client) search = client.marketSearch(query, { signal });
      else return initialState;
      // Results are shown with their cards defined.
      const [result] = await Promise.all([search, loadCard()]);
      this.known = mergeKnownValues(this.known, result.facets);
      // A page beyond the last (an old link, fewer results now) moves to the last page.
      const last = pageCount(result.count, query.pageSize ?? this.pageSize);
      if (result.count > 0 && (query.page ?? 1) > last) this.page = last;
      return result;
    },
    args: () => [this.src, this.src ? undefined : this.catalog.client, JSON.stringify(this.queryState())] as const,
  });

  /** The current filters, by property name. */
  get filters(): MarketFilters {
    return {
      category: this.category,
      priceModel: this.priceModel,
      providerType: this.providerType,
      format: this.format,
    };
  }

  private queryState() {
    return { filters: this.filters, sort: toSort(this.sort), page: this.page, pageSize: this.pageSize, q: this.q };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('api')) this.known = NO_KNOWN;
    // `isServer`: there is no layout to measure in a server render.
    if (!this.hasUpdated && !isServer) {
      // On a narrow screen the filters start folded, so the listings come first.
      const width = this.getBoundingClientRect().width;
      if (width > 0 && width < 640) this.filtersOpen = false;
    }
  }

  protected override updated(): void {
    const run = ++this.jsonLdRun;
    const items = this.search.status === TaskStatus.COMPLETE ? this.search.value?.items : undefined;
    if (!this.jsonLd) removeJsonLd(this);
    else if (items) {
      void import('./json-ld.js').then(({ listingsJsonLd, writeJsonLd }) => {
        if (run === this.jsonLdRun) writeJsonLd(this, listingsJsonLd(items));
      });
    }
  }

  /** Applies a person's change, starts from page 1 unless the page itself changed, and tells the page. */
  private change(update: Partial<MarketFilters> & { sort?: MarketSort; page?: number }): void {
    const { sort, page, ...filters } = update;
    for (const name of FILTER_NAMES) if (filters[name]) this[name] = [...filters[name]];
    if (sort) this.sort = sort;
    this.page = page ?? 1;
    const detail: MarketChangeDetail = {
      filters: {
        category: [...this.category],
        priceModel: [...this.priceModel],
        providerType: [...this.providerType],
        format: [...this.format],
      },
      sort: toSort(this.sort),
      page: this.page,
    };
    this.dispatchEvent(new CustomEvent('bdw-market-change', { detail, bubbles: true, composed: true }));
  }

  private async gotoPage(page: number): Promise<void> {
    this.change({ page });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.count')?.focus();
  }

  private clearFilters(): void {
    this.change({ category: [], priceModel: [], providerType: [], format: [] });
  }

  protected override render() {
    const lang = this.locale.lang;
    const result = this.search.value;
    const pending = this.search.status === TaskStatus.PENDING;
    const noSource = !this.src && !this.catalog.client;
    return html`<section class="list" part="base" aria-labelledby="heading">
      ${renderHeading(this.headingLevel, listMsg(lang, 'list.heading'), { id: 'heading', className: 'visually-hidden' })}
      <div class="layout ${this.noFilters ? 'layout--plain' : ''}">
        ${this.noFilters ? nothing : this.renderFilters(lang, result?.facets ?? {})}
        <div class="results" aria-busy=${pending ? 'true' : 'false'}>
          <div class="toolbar" part="toolbar">
            <p class="count" part="count" role="status" tabindex="-1">
              ${result && !noSource ? listMsg(lang, 'list.count', { count: result.count.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US') }) : ''}
            </p>
            <label class="sort" part="sort">
              <span>${listMsg(lang, 'list.sort')}</span>
              <select
                .value=${toSort(this.sort)}
                @change=${(e: Event) => this.change({ sort: toSort((e.target as HTMLSelectElement).value) })}
              >
                ${MARKET_SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === toSort(this.sort)}>${listMsg(lang, `sort.${sort}`)}</option>`)}
              </select>
            </label>
          </div>
          ${noSource ? renderEmpty(lang, listMsg(lang, 'list.noSource')) : this.renderBody(lang, pending)}
        </div>
      </div>
    </section>`;
  }

  private renderBody(lang: Lang, pending: boolean): TemplateResult | typeof nothing {
    const result = this.search.value;
    if (this.search.status === TaskStatus.ERROR) {
      return renderError(this.search.error, lang, () => this.search.run());
    }
    if (!result) return renderLoading(lang);
    if (result.items.length === 0) {
      const filtered = hasFilters(this.filters);
      return html`${renderEmpty(lang, listMsg(lang, filtered ? 'list.emptyFiltered' : 'list.empty'))}
      ${
        filtered
          ? html`<button type="button" class="link-button" part="clear" @click=${this.clearFilters}>
              ${listMsg(lang, 'list.clear')}
            </button>`
          : nothing
      }`;
    }
    const level = clampLevel(clampLevel(this.headingLevel) + 1);
    return html`<ul
        class="grid grid--${this.variant === 'horizontal' ? 'horizontal' : 'compact'} ${pending ? 'busy' : ''}"
        part="grid"
      >
        ${result.items.map(
          (listing) =>
            html`<li>
              <bdw-market-card
                part="card"
                .listing=${listing}
                variant=${this.variant === 'horizontal' ? 'horizontal' : 'compact'}
                heading-level=${level}
                href=${this.cardHref}
                theme=${this.theme ?? nothing}
              ></bdw-market-card>
            </li>`,
        )}
      </ul>
      ${this.renderPager(lang, result)}`;
  }

  private renderFilters(lang: Lang, facets: Record<string, FacetField>): TemplateResult {
    const filters = this.filters;
    const selectedCount = FILTER_NAMES.reduce((n, name) => n + filters[name].length, 0);
    return html`<details
      class="filters"
      part="filters"
      ?open=${this.filtersOpen}
      @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${listMsg(lang, 'list.filters')}${selectedCount ? ` (${selectedCount})` : ''}</summary>
      <div class="filters__body">
        ${FILTER_NAMES.map((name) => {
          const options = filterOptions(name, this.known[name], facets[FILTER_FIELDS[name]], filters[name]);
          if (!options.length) return nothing;
          return html`<fieldset part="filter">
            <legend>${listMsg(lang, FILTER_LABELS[name])}</legend>
            ${options.map(
              (option) =>
                html`<label class="option">
                  <input
                    type="checkbox"
                    .checked=${filters[name].includes(option.value)}
                    @change=${(e: Event) =>
                      this.change({
                        [name]: toggleValue(filters[name], option.value, (e.target as HTMLInputElement).checked),
                      })}
                  />
                  <span>${this.optionLabel(name, option.value, lang)}</span>
                  ${option.count === null ? nothing : html`<span class="option__count">(${option.count})</span>`}
                </label>`,
            )}
          </fieldset>`;
        })}
        ${
          selectedCount
            ? html`<button type="button" class="link-button" part="clear" @click=${this.clearFilters}>
                ${listMsg(lang, 'list.clear')}
              </button>`
            : nothing
        }
      </div>
    </details>`;
  }

  private optionLabel(name: FilterName, value: string, lang: Lang): string {
    if (name === 'priceModel' && ['free', 'negotiation', 'subscription', 'one-off', 'usage'].includes(value)) {
      return msg(lang, `price.${value}` as MarketMessageKey);
    }
    if (name === 'providerType' && (value === 'public' || value === 'company')) return msg(lang, `provider.${value}`);
    if (name === 'category') return categoryLabel(value, lang);
    return value;
  }

  private renderPager(lang: Lang, result: MarketSearchResult): TemplateResult | typeof nothing {
    const total = pageCount(result.count, this.pageSize);
    if (total <= 1) return nothing;
    const page = Math.min(Math.max(1, this.page), total);
    return html`<nav class="pager" part="pager" aria-label=${listMsg(lang, 'pager.label')}>
      <button type="button" ?disabled=${page <= 1} @click=${() => this.gotoPage(page - 1)}>
        <span aria-hidden="true">‹ </span>${listMsg(lang, 'pager.previous')}
      </button>
      <ol>
        ${pageWindow(page, total).map((p) =>
          p === null
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  aria-current=${p === page ? 'page' : nothing}
                  @click=${() => (p === page ? undefined : this.gotoPage(p))}
                >
                  ${p}
                </button>
              </li>`,
        )}
      </ol>
      <button type="button" ?disabled=${page >= total} @click=${() => this.gotoPage(page + 1)}>
        ${listMsg(lang, 'pager.next')}<span aria-hidden="true"> ›</span>
      </button>
    </nav>`;
  }
}
