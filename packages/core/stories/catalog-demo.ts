import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { CatalogController } from '../src/catalog/CatalogController.js';
import { defineElement } from '../src/define.js';
import { formatDate, formatNumber } from '../src/i18n/format.js';
import { LocaleController } from '../src/i18n/locale.js';
import { renderEmpty, renderError, renderLoading } from '../src/states.js';
import { baseStyles, stateStyles } from '../src/styles/shared.js';
import { token } from '../src/styles/tokens.js';

/**
 * A story-only widget built the way real widgets are (catalogue and locale controllers,
 * @lit/task, shared state blocks), to show `<bdw-catalog>` sharing its client.
 */
export class CatalogDemo extends LitElement {
  static override properties = { api: {}, theme: { reflect: true } };
  static override styles = [
    baseStyles,
    stateStyles,
    css`
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: ${token('space-3')};
      }
      li {
        padding: ${token('space-3')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius-md')};
        background: ${token('color-surface')};
      }
      h2 {
        font-size: ${token('font-size-lg')};
        margin: 0 0 ${token('space-3')};
      }
      .meta {
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-sm')};
      }
    `,
  ];

  api: string | undefined;
  theme: string | undefined;
  private readonly catalog = new CatalogController(this);
  private readonly locale = new LocaleController(this);

  private readonly search = new Task(this, {
    task: async ([client], { signal }) => {
      if (!client) throw new Error('no client');
      return client.packageSearch({ pageSize: 10, facetFields: ['organization'] }, { signal });
    },
    args: () => [this.catalog.client] as const,
  });

  override render() {
    const lang = this.locale.lang;
    return this.search.render({
      pending: () => renderLoading(lang),
      error: (error) => renderError(error, lang, () => this.search.run()),
      complete: (result) =>
        result.items.length === 0
          ? renderEmpty(lang)
          : html`<h2>${formatNumber(result.count, lang)} ${lang === 'ko' ? '건' : 'datasets'}</h2>
              <ul>
                ${result.items.map(
                  (dataset) =>
                    html`<li>
                      <strong>${dataset.title}</strong>
                      <div class="meta">
                        ${dataset.organization?.title ?? ''}
                        ${dataset.metadataModified ? formatDate(dataset.metadataModified, lang) : ''}
                        ${dataset.resources.map((r) => r.format).join(', ')}
                      </div>
                    </li>`,
                )}
              </ul>`,
    });
  }
}
defineElement('bdw-catalog-demo', CatalogDemo);
