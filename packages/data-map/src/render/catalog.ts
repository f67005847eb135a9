import { formatNumber, renderError, renderLoading, type Lang, type SearchResult } from '@bdw/core';
import { html, nothing } from 'lit';
import { catalogNodes, tileSpan } from '../catalog-map.js';
import type { CatalogFacet, CatalogMapController } from '../CatalogMapController.js';
import { t } from '../messages.js';

const FACET_TITLE = { groups: 'catalog.categories', organization: 'catalog.providers' } as const;

function renderTiles(controller: CatalogMapController, result: SearchResult, field: CatalogFacet, lang: Lang) {
  const nodes = catalogNodes(result.facets[field]);
  if (nodes.length === 0) return nothing;
  const current = controller.path.at(-1);
  const title = current ? t(lang, 'catalog.byProvider', { label: current.label }) : t(lang, FACET_TITLE[field]);
  return html`<section class="region" aria-label=${title}>
    <h3 class="region__title">${field === 'organization' && current ? title : t(lang, FACET_TITLE[field])}</h3>
    <ul class="tiles">
      ${nodes.map((node) => {
        const span = tileSpan(node.weight);
        const shade = span >= 3 ? 2 : span === 2 ? 1 : 0;
        return html`<li class=${span > 1 ? `span-${span}` : ''}>
          <button
            type="button"
            class="tile bdw-shade-${shade}"
            part="tile"
            @click=${() => controller.narrow({ field, name: node.name, label: node.label })}
          >
            <span class="tile__label">${node.label}</span>
            <span class="tile__count"
              >${formatNumber(node.count, lang)}<span class="visually-hidden"> ${t(lang, 'catalog.unit')}</span></span
            >
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The catalogue map: breadcrumbs, tiles per open facet sized by dataset count, and the datasets of the chosen node. */
export function renderCatalogMap(controller: CatalogMapController, lang: Lang) {
  const status = controller.status;
  if (!controller.hasClient) {
    return html`<div class="state" part="empty" role="status">
      <p class="state__message">${t(lang, 'noLayers')}</p>
    </div>`;
  }
  if (status.kind === 'error') return renderError(status.error, lang, controller.retry);
  const result = status.kind === 'done' ? status.result : status.kind === 'loading' ? status.previous : null;
  if (!result) return renderLoading(lang);
  const path = controller.path;
  const current = path.at(-1);
  return html`<nav class="catalog" part="catalog" aria-label=${t(lang, 'catalogLabel')}>
    <ol class="crumbs">
      <li>
        ${
          path.length
            ? html`<button type="button" class="link" @click=${() => controller.back(0)}>
                ${t(lang, 'catalog.all')}
              </button>`
            : html`<span aria-current="page">${t(lang, 'catalog.all')}</span>`
        }
        <span class="count">(${formatNumber(path.length ? NaN : result.count, lang).replace('NaN', '…')})</span>
      </li>
      ${path.map((step, i) =>
        i === path.length - 1
          ? html`<li><span aria-current="page">${step.label}</span></li>`
          : html`<li>
              <button type="button" class="link" @click=${() => controller.back(i + 1)}>${step.label}</button>
            </li>`,
      )}
    </ol>
    <div role="status" aria-live="polite" class="notes">
      ${current ? t(lang, 'catalog.datasets', { label: current.label, count: formatNumber(result.count, lang) }) : ''}
    </div>
    ${controller.openFacets.map((field) => renderTiles(controller, result, field, lang))}
    ${
      current && result.items.length
        ? html`<ul class="datasets">
            ${result.items.map(
              (dataset) =>
                html`<li>
                  <button type="button" class="link" @click=${() => controller.selectDataset(dataset)}>
                    ${dataset.title}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </nav>`;
}
