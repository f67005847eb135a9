import {
  CatalogController,
  LocaleController,
  baseStyles,
  chipStyles,
  bdwEvent,
  formatNumber,
  renderError,
  stateStyles,
  type Dataset,
  type SearchBackend,
  type SearchResult,
  type SearchSort,
} from '@bdw/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { datasetSearchStyles } from './dataset-search.styles.js';
import type { BdwDatasetSelectDetail, BdwSearchDetail } from './events.js';
import { queryWords } from './highlight.js';
import { datasetHref } from './href.js';
import { facetTitle, t } from './messages.js';
import { lastPage } from './pagination.js';
import type { FacetSearchController, FacetSearchWords } from './facet-search/FacetSearchController.js';
import { LabelController } from './LabelController.js';
import { renderChips, renderFacets, type Chip } from './render/facets.js';
import { renderPagination } from './render/pagination.js';
import { renderResults, renderSkeleton, type ResultsView } from './render/results.js';
import { renderSearchBox } from './render/search-box.js';
import { renderEmptyState } from './render/empty.js';
import { SearchController } from './SearchController.js';
import {
  PAGE_SIZES,
  SORTS,
  activeFilters,
  clearFilters,
  initialState,
  sameState,
  toQuery,
  toggleFilter,
  withQuery,
  type SearchState,
} from './search-state.js';
import { staticSourceFor } from './sources.js';
import { SuggestController } from './SuggestController.js';
import { normalizeText } from './text/normalize.js';
import { readState, writeState } from './url-state.js';

/**
 * Search a data catalogue: a search box with title suggestions, facets (OR within a facet,
 * AND across), highlighted results, sort, paging and optional URL state. Works with any
 * CKAN portal (`api`), inside a `<bdw-catalog>`, or with a static JSON catalogue (`src`).
 *
 * A facet's search box asks the server (`organization_autocomplete` and kin, counted with one
 * `rows=0` search; every value with `facet.limit=-1` where the portal lacks the action). Active
 * filters show display names, also when they come from the URL. Suggestions understand Korean
 * being typed: initial consonants (`ㅂㅅㅈㅊ`) and a syllable still composed (`주ㅊ`). What is
 * sent and matched is NFKC-normalised (NFD text from macOS works), keeping typed jamo.
 *
 * @tagname bdw-dataset-search
 * @summary Catalogue search with facets, highlighting, URL state and suggestions.
 *
 * @fires bdw-search - The user changed the query, a filter, the sort or the page. `detail.query` is the `SearchQuery`.
 * @fires bdw-dataset-select - The user chose a result. `detail.dataset`; cancel it to stop the link's navigation.
 *
 * @csspart base - The whole widget.
 * @csspart search - The search form.
 * @csspart input - The search box.
 * @csspart suggestions - The suggestion list.
 * @csspart submit - The search button.
 * @csspart chips - The active filters.
 * @csspart chip - One active filter.
 * @csspart facets - The filter column.
 * @csspart facet - One facet.
 * @csspart facet-search - A facet's search box: it asks the server, so every value can be found (not only the top 50).
 * @csspart facet-error - The message shown when a facet search fails, with its retry.
 * @csspart results - The results column.
 * @csspart result - One result.
 * @csspart badge - A format badge.
 * @csspart pagination - The page navigation.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --bdw-dataset-search-facet-width - Width of the filter column (default 16rem).
 * @cssprop --bdw-dataset-search-highlight - Background of highlighted query words.
 * @cssprop --bdw-dataset-search-title-size - Font size of result titles.
 */
export class BdwDatasetSearch extends LitElement {
  static override styles = [baseStyles, stateStyles, chipStyles, datasetSearchStyles];

  /** Address of a CKAN portal or Action API. Without it, the nearest `<bdw-catalog>`'s. */
  @property() api?: string;
  /** URL of a static JSON catalogue (CKAN `package_search` response or list of packages); wins over `api`. */
  @property() src?: string;
  /** The initial query. */
  @property() q = '';
  /** Facets shown, in order: any of `organization, groups, res_format, tags, license_id`. */
  @property() facets = 'organization,groups,res_format,tags,license_id';
  /** Results per page: 10, 20 or 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Initial sort: `relevance`, `newest`, `views` or `title`. */
  @property() sort: SearchSort = 'relevance';
  /** Keep the query, filters, sort and page in the page URL (back/forward restore them). */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /** Prefix of this widget's URL parameters, so that two widgets on a page do not collide. */
  @property({ attribute: 'url-namespace' }) urlNamespace = 'ds';
  /** Link of a result, e.g. `/dataset/{name}` (`{id}` and `{name}` are filled in). Without it, results are buttons. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** Milliseconds to wait after typing before searching (Enter searches at once). */
  @property({ type: Number }) debounce = 300;
  /** Write schema.org `Dataset` JSON-LD of the visible results into the light DOM. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;
  /** Heading level of result titles (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private current: SearchState = initialState();
  @state() private draft = '';
  @state() private activeOption = -1;
  @state() private suggestionsOpen = false;
  @state() private expandedFacets = new Set<string>();
  @state() private facetFilter: Record<string, string> = {};
  /** Below 768 px the facets fold into a "filters" disclosure above the results. */
  @state() private narrow = false;
  private resize: ResizeObserver | null = null;

  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);
  private readonly search = new SearchController(this);
  private readonly suggest = new SuggestController(this);
  private readonly labels = new LabelController(this);
  /** "Search inside a facet", loaded with the first keystroke in a facet's search box. */
  private facetSearch: FacetSearchController | null = null;
  private learnt: SearchResult | null = null;
  /** The Korean-aware highlighter, loaded when a query has initials or jamo (`ㅂㅅㅈㅊ`, `주ㅊ`). */
  private hangulMark: ResultsView['mark'] | null = null;
  private lastBackend: SearchBackend | undefined;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the last input came while an IME was composing. */
  private typedComposing = false;
  private readonly onPopState = () => this.restoreFromUrl();
  private jsonLdRun = 0;

  private get backend(): SearchBackend | undefined {
    return this.src ? staticSourceFor(this.src) : this.catalog.client;
  }

  private get facetFields(): string[] {
    return this.facets
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState) window.addEventListener('popstate', this.onPopState);
    // Created on connect (not as a field) so the class also loads where ResizeObserver does not exist (SSR).
    this.resize ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 1024) < 768;
      // Re-layout in the next frame, not inside the observer's delivery (avoids the "loop" error).
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.resize?.disconnect();
    clearTimeout(this.typingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') || changed.has('sort') || changed.has('pageSize')) {
      const defaults = this.defaults();
      this.current = this.urlState && !this.hasUpdated ? this.urlStateOr(defaults) : defaults;
      this.draft = this.current.q;
      this.lastBackend = undefined;
    }
    const backend = this.backend;
    if (backend !== this.lastBackend) {
      this.lastBackend = backend;
      if (backend) void this.search.search(backend, this.current, this.facetFields);
    }
    const result = this.search.lastResult;
    if (result && result !== this.learnt) {
      this.learnt = result;
      this.labels.learn(result.facets);
      this.clampPage();
    }
  }

  /**
   * A page past the last one (an old link, `?ds.page=999`) shows the last page instead of an empty list under the
   * count; the URL is corrected in place. Not a user action, so no `bdw-search` event.
   */
  private clampPage(): void {
    const { status, lastResult: result } = this.search;
    if (status.kind !== 'done' || !result || result.count === 0) return;
    const last = lastPage(result.count, result.pageSize || this.current.pageSize);
    if (status.state.page <= last || this.current.page <= last) return;
    const next = { ...this.current, page: last };
    this.current = next;
    if (this.urlState) {
      const url = new URL(location.href);
      writeState(url.searchParams, this.urlNamespace, next, this.facetFields);
      window.history.replaceState(null, '', url);
    }
    const backend = this.backend;
    if (backend) void this.search.search(backend, next, this.facetFields);
  }

  protected override updated(): void {
    // Filters no facet names (from the URL, beyond the top values) are named by the catalogue once searched.
    if (this.search.status.kind === 'done') this.labels.resolve(this.backend, this.current.filters);
    const run = ++this.jsonLdRun;
    if (!this.jsonLd) {
      this.querySelector(':scope > script[data-bdw-jsonld]')?.remove();
      return;
    }
    if (this.search.status.kind !== 'done') return;
    const items = this.search.status.result.items;
    // The JSON-LD writer is loaded only when asked for (`json-ld`); a newer update wins over one still waiting for it.
    void import('./json-ld.js').then(({ datasetJsonLd, writeJsonLd }) => {
      if (run === this.jsonLdRun)
        writeJsonLd(
          this,
          datasetJsonLd(items, (d) => this.href(d)),
        );
    });
  }

  private defaults(): SearchState {
    const pageSize = (PAGE_SIZES as readonly number[]).includes(this.pageSize) ? this.pageSize : 10;
    return initialState({ q: this.q, sort: SORTS.includes(this.sort) ? this.sort : 'relevance', pageSize });
  }

  private urlStateOr(defaults: SearchState): SearchState {
    return readState(new URLSearchParams(location.search), this.urlNamespace, this.facetFields, defaults);
  }

  private restoreFromUrl(): void {
    const next = this.urlStateOr(this.defaults());
    if (sameState(next, this.current)) return;
    this.current = next;
    this.draft = next.q;
    const backend = this.backend;
    if (backend) void this.search.search(backend, next, this.facetFields);
  }

  /** Applies a user's change: URL, event, search. Typing replaces the history entry; the rest pushes one. */
  private commit(next: SearchState, history: 'push' | 'replace' = 'push'): void {
    clearTimeout(this.typingTimer);
    if (sameState(next, this.current) && this.search.status.kind !== 'error') return;
    this.current = next;
    if (this.urlState) {
      const url = new URL(location.href);
      writeState(url.searchParams, this.urlNamespace, next, this.facetFields);
      if (url.href !== location.href) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    this.dispatchEvent(bdwEvent<BdwSearchDetail>('bdw-search', { query: toQuery(next, this.facetFields) }));
    const backend = this.backend;
    if (backend) void this.search.search(backend, next, this.facetFields);
    // Counts in an open facet search follow the query and the other facets' filters.
    for (const [field, text] of this.facetSearch?.active() ?? []) this.searchFacet(field, text, true);
  }

  // --- facet search and chips -----------------------------------------------------------------

  private onFacetText(field: string, text: string): void {
    this.facetFilter = { ...this.facetFilter, [field]: text };
    if (this.facetSearch) {
      this.searchFacet(field, text);
      return;
    }
    void import('./facet-search/FacetSearchController.js').then(({ FacetSearchController }) => {
      this.facetSearch ??= new FacetSearchController(this);
      this.searchFacet(field, this.facetFilter[field] ?? '');
    });
  }

  private searchFacet(field: string, text: string, immediate = false): void {
    const loaded = this.search.lastResult?.facets[field]?.items ?? [];
    // Counts as the facet shows them: under the query and the other facets' filters, not its own (OR within).
    const { [field]: _own, ...filters } = this.current.filters;
    const query = toQuery({ ...this.current, filters, page: 1 }, [field]);
    this.facetSearch?.request(this.backend, field, normalizeText(text), query, loaded, immediate);
  }

  private facetWords(): FacetSearchWords {
    const lang = this.locale.lang;
    return {
      lang,
      searching: t(lang, 'facetSearching'),
      found: (count) => t(lang, 'facetMatches', { count }),
      none: t(lang, 'noFacetMatch'),
      failed: (field) => t(lang, 'facetSearchError', { facet: facetTitle(lang, field) }),
      retry: t(lang, 'retry'),
    };
  }

  private toggle(field: string, value: string): void {
    const status = this.facetSearch?.status(field);
    if (status?.kind === 'done') {
      this.labels.learn(
        undefined,
        status.matches.map((m) => ({ field, name: m.name, label: m.label })),
      );
    }
    this.commit(toggleFilter(this.current, field, value));
  }

  /**
   * Removes a chip (all of them without one); from the keyboard, focus moves to the chip now in its place, or to
   * the search box when none is left.
   */
  private async removeChips(chip: Chip | null, index: number, viaKeyboard: boolean): Promise<void> {
    this.commit(chip ? toggleFilter(this.current, chip.field, chip.value) : clearFilters(this.current));
    if (!viaKeyboard) return;
    await this.updateComplete;
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip:not(.chip--clear)')];
    (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus();
  }

  private href(dataset: Dataset): string | null {
    return datasetHref(this.hrefTemplate, dataset);
  }

  // --- search box and suggestions -------------------------------------------------------------

  private onInput(text: string, composing = false): void {
    // The end of a composition repeats the last input: nothing new to search.
    if (!composing && text === this.draft && this.typedComposing === false) return;
    this.typedComposing = composing;
    this.draft = text;
    this.activeOption = -1;
    this.suggestionsOpen = true;
    this.suggest.request(this.backend, text, composing);
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commit(withQuery(this.current, text), 'replace'), this.debounce);
  }

  private submit(text = this.draft): void {
    this.draft = text;
    this.closeSuggestions();
    this.commit(withQuery(this.current, text));
  }

  private closeSuggestions(): void {
    this.suggestionsOpen = false;
    this.activeOption = -1;
    this.suggest.clear();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Keys pressed while an IME composes (Enter to commit a syllable, arrows) belong to the IME.
    if (event.isComposing || event.keyCode === 229) return;
    const options = this.suggestionsOpen ? this.suggest.titles : [];
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      this.activeOption = (this.activeOption + 1) % options.length;
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      this.activeOption = this.activeOption <= 0 ? options.length - 1 : this.activeOption - 1;
    } else if (event.key === 'Escape') {
      if (options.length) event.preventDefault();
      this.closeSuggestions();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.submit(this.activeOption >= 0 ? options[this.activeOption] : this.draft);
    }
  }

  // --- results --------------------------------------------------------------------------------

  private select(event: Event, dataset: Dataset): void {
    const selected = bdwEvent<BdwDatasetSelectDetail>('bdw-dataset-select', { dataset }, { cancelable: true });
    if (!this.dispatchEvent(selected)) event.preventDefault();
  }

  /** The highlighter for `q`: the Korean-aware one (fetched on first need) when it has jamo, else the default. */
  private markFor(q: string): ResultsView['mark'] {
    if (!/[\u3131-\u3163]/.test(q)) return undefined;
    if (this.hangulMark) return this.hangulMark;
    void import('./text/hangul-match.js').then(({ hangulSegments }) => {
      this.hangulMark = hangulSegments;
      this.requestUpdate();
    });
    return undefined;
  }

  private retry = () => {
    const backend = this.backend;
    if (backend) void this.search.search(backend, this.current, this.facetFields);
  };

  private renderBody(result: SearchResult | null) {
    const lang = this.locale.lang;
    const status = this.search.status;
    if (!this.backend) return html`<div class="state" part="empty" role="status">${t(lang, 'noBackend')}</div>`;
    if (status.kind === 'error') return renderError(status.error, lang, this.retry);
    if (!result) return renderSkeleton(lang);
    if (result.count === 0 && status.kind === 'done') {
      return renderEmptyState(lang, status.state, status.similar, {
        onClearFilters: () => this.commit(clearFilters(this.current)),
        onTry: (q) => this.submit(q),
      });
    }
    const shownState = status.kind === 'done' ? status.state : this.current;
    const last = lastPage(result.count, result.pageSize || this.current.pageSize);
    return html`${renderResults(
      result.items,
      {
        lang,
        words: queryWords(shownState.q),
        mark: this.markFor(normalizeText(shownState.q)),
        query: shownState.q,
        href: (d) => this.href(d),
        onSelect: (e, d) => this.select(e, d),
        now: Date.now(),
        headingLevel: Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3)),
      },
      status.kind === 'loading',
    )}
    ${renderPagination(lang, Math.min(shownState.page, last), last, (page) =>
      this.commit({ ...this.current, page: Math.min(page, last) }),
    )}`;
  }

  override render() {
    const lang = this.locale.lang;
    const result = this.search.lastResult;
    const chips: Chip[] = activeFilters(this.current).map(({ field, value }) => ({
      field,
      value,
      label: this.labels.label(field, value),
    }));
    const announce =
      this.search.status.kind === 'done'
        ? this.current.q
          ? t(lang, 'countAnnounce', { q: this.current.q, count: formatNumber(this.search.status.result.count, lang) })
          : t(lang, 'countAnnounceAll', { count: formatNumber(this.search.status.result.count, lang) })
        : '';
    const facetList = renderFacets(this.facetFields, result?.facets ?? {}, {
      lang,
      selected: this.current.filters,
      expanded: this.expandedFacets,
      filterText: this.facetFilter,
      searchResults: (field, id, item) => this.facetSearch?.render(field, id, this.facetWords(), item),
      label: (field, value) => this.labels.label(field, value),
      onToggle: (field, value) => this.toggle(field, value),
      onExpand: (field) => {
        const next = new Set(this.expandedFacets);
        if (!next.delete(field)) next.add(field);
        this.expandedFacets = next;
      },
      onFilterText: (field, text) => this.onFacetText(field, text),
    });
    return html`<div class="root" part="base">
      ${renderSearchBox({
        lang,
        draft: this.draft,
        titles: this.suggestionsOpen ? this.suggest.titles : [],
        active: this.activeOption,
        onInput: (text, composing) => this.onInput(text, composing),
        onKeydown: (event) => this.onKeydown(event),
        onSubmit: () => this.submit(),
        onPick: (title) => this.submit(title),
        onBlur: () => setTimeout(() => this.closeSuggestions(), 150),
      })}
      ${renderChips(
        lang,
        chips,
        (chip, index, viaKeyboard) => void this.removeChips(chip, index, viaKeyboard),
        (viaKeyboard) => void this.removeChips(null, 0, viaKeyboard),
      )}
      <div class="layout">
        <aside class="facets" part="facets" aria-label=${t(lang, 'filters')}>
          ${
            this.narrow
              ? html`<details class="facets__fold">
                  <summary>${t(lang, 'filters')}${chips.length ? ` (${chips.length})` : ''}</summary>
                  ${facetList}
                </details>`
              : facetList
          }
        </aside>
        <section class="main" part="results" aria-label=${t(lang, 'label')}>
          <div class="toolbar">
            <p class="count">${result ? t(lang, 'count', { count: formatNumber(result.count, lang) }) : nothing}</p>
            <label class="select">
              <span>${t(lang, 'sort')}</span>
              <select
                @change=${(e: Event) => this.commit({ ...this.current, sort: (e.target as HTMLSelectElement).value, page: 1 })}
              >
                ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.current.sort}>${t(lang, `sort.${s}` as 'sort.relevance')}</option>`)}
              </select>
            </label>
            <label class="select">
              <span class="visually-hidden">${t(lang, 'pageSize')}</span>
              <select
                @change=${(e: Event) => this.commit({ ...this.current, pageSize: Number((e.target as HTMLSelectElement).value), page: 1 })}
              >
                ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === this.current.pageSize}>${t(lang, 'pageSizeOption', { size })}</option>`)}
              </select>
            </label>
          </div>
          <div class="visually-hidden" role="status" aria-live="polite">${announce}</div>
          ${this.renderBody(result)}
        </section>
      </div>
    </div>`;
  }
}
