import { displayText, formatNumber, type Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { TABLE_LIMIT } from '../constants.js';
import type { LoadedLayer } from '../layers.js';
import { t } from '../messages.js';
import { valueText } from '../text.js';

export { TABLE_LIMIT } from '../constants.js';
/** Property columns shown besides the name. */
const COLUMNS = 4;

export interface TableCallbacks {
  name(index: number): string;
  value(index: number): string | null;
  onSelect(index: number): void;
}

/** A layer's features as a table: the text alternative of the map. Every cell is text. */
export function renderFeatureTable(layer: LoadedLayer, lang: Lang, cb: TableCallbacks) {
  const features = layer.collection.features;
  const shown = features.slice(0, TABLE_LIMIT);
  const total = layer.size;
  const keys = Object.keys(features[0]?.properties ?? {})
    .filter((k) => k !== layer.nameKey)
    .slice(0, COLUMNS);
  const hasValue = layer.choropleth !== null;
  return html`<div class="table-wrap" part="table" role="region" aria-label=${layer.title} tabindex="0">
    <table>
      <caption>
        ${t(lang, 'listCaption', { title: layer.title, count: formatNumber(total, lang) })}
        ${
          total > shown.length
            ? html`<br />${t(lang, 'listTruncated', {
                  shown: formatNumber(shown.length, lang),
                  count: formatNumber(total, lang),
                })}`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'name')}</th>
          ${hasValue ? html`<th scope="col">${layer.choropleth!.valueLabel}</th>` : nothing}
          ${keys.map((k) => html`<th scope="col">${k}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (f, i) =>
            html`<tr>
              <th scope="row">
                <button type="button" class="link" @click=${() => cb.onSelect(i)}>
                  <bdi>${displayText(cb.name(i))}</bdi>
                </button>
              </th>
              ${hasValue ? html`<td>${cb.value(i)}</td>` : nothing}
              ${keys.map((k) => html`<td><bdi>${displayText(valueText(f.properties?.[k]))}</bdi></td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
