import { formatNumber, renderError, renderLoading, type Lang, type SearchResult } from '@bdw/core';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { catalogNodes, splitSmall, tileShade, treemapHeight, treemapLayout, type CatalogNode } from '../catalog-map.js';
import type { CatalogFacet, CatalogMapController } from '../CatalogMapController.js';
import { t } from '../messages.js';

const FACET_TITLE = { groups: 'catalog.categories', organization: 'catalog.providers' } as const;

function renderTiles(controller: CatalogMapController, result: SearchResult, field: CatalogFacet, lang: Lang) {
  const nodes = catalogNodes(result.facets[field]);
  if (nodes.length === 0) return nothing;
  // Laid out for the measured width (a desktop guess before the first measure, and on a server).
  const width = controller.width || 720;
  const height = treemapHeight(width);
  // Nodes too small for a tile of their own share one "other" tile, and are listed as links under the treemap.
  const { tiled, small } = splitSmall(nodes, width, height);
  const other: CatalogNode | null = small.length
    ? {
        name: '',
        label: t(lang, 'catalog.other', { count: small.length }),
        count: small.reduce((s, n) => s + n.count, 0),
        weight: 0,
      }
    : null;
  const tiles = treemapLayout(other ? [...tiled, other] : tiled, width, height);
  const current = controller.path.at(-1);
  const title = current ? t(lang, 'catalog.byProvider', { label: current.label }) : t(lang, FACET_TITLE[field]);
  return html`<section class="region" aria-label=${title}>
    <h3 class="region__title">${field === 'organization' && current ? title : t(lang, FACET_TITLE[field])}</h3>
    <ul class="tiles" style=${styleMap({ height: `${height}px` })}>
      ${tiles.map((tile) => {
        const place = styleMap({
          left: `${tile.left}%`,
          top: `${tile.top}%`,
          width: `${tile.width}%`,
          height: `${tile.height}%`,
        });
        const count = html`<span class="tile__count"
          >${formatNumber(tile.node.count, lang)}<span class="visually-hidden"> ${t(lang, 'catalog.unit')}</span></span
        >`;
        if (tile.node === other) {
          return html`<li style=${place}>
            <div class="tile tile--other" data-count=${tile.node.count}>
              <span class="tile__label">${tile.node.label}</span>${count}
            </div>
          </li>`;
        }
        return html`<li style=${place}>
          <button
            type="button"
            class="tile bdw-shade-${tileShade(tile.node.weight)}"
            part="tile"
            data-count=${tile.node.count}
            @click=${() => controller.narrow({ field, name: tile.node.name, label: tile.node.label })}
          >
            <span class="tile__label">${tile.node.label}</span>${count}
          </button>
        </li>`;
      })}
    </ul>
    ${
      small.length
        ? html`<p class="tiles__more">
            ${t(lang, 'catalog.otherList')}
            ${small.map(
              (node) =>
                html`<button
                  type="button"
                  class="link"
                  @click=${() => controller.narrow({ field, name: node.name, label: node.label })}
                >
                  ${node.label} (${formatNumber(node.count, lang)})
                </button>`,
            )}
          </p>`
        : nothing
    }
  </section>`;
}

/**
 * The catalogue map: breadcrumbs, a squarified treemap per open facet (each tile's area is its share of the datasets),
 * and the datasets of the chosen node.
 */
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
  return html`<nav class="catalog" part="catalog" aria-label=${t(lang, 'catalogLabel')} ${ref(controller.observe)}>
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
