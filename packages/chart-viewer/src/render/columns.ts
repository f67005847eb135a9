import { formatNumber, type Lang } from '@bdw/core';
import { html } from 'lit';
import { t } from '../engine-messages.js';
import { COLUMN_TYPES, type Column, type ColumnType } from '../types.js';

/** The column information: each column's inferred (or set) type, changeable by the user. */
export function renderColumns(
  columns: readonly Column[],
  rowCount: number,
  lang: Lang,
  onType: (column: string, type: ColumnType) => void,
  labels: Readonly<Record<string, string>> = {},
) {
  const typeSelect = (column: Column) =>
    html`<select
      aria-label=${`${column.name} ${t(lang, 'columnType')}`}
      data-column=${column.name}
      @change=${(e: Event) => onType(column.name, (e.target as HTMLSelectElement).value as ColumnType)}
    >
      ${COLUMN_TYPES.map(
        (type) => html`<option value=${type} ?selected=${type === column.type}>${t(lang, `ctype.${type}`)}</option>`,
      )}
    </select>`;
  return html`<details part="columns">
    <summary>
      ${t(lang, 'columns', { columns: formatNumber(columns.length, lang), rows: formatNumber(rowCount, lang) })}
    </summary>
    <table>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'column')}</th>
          <th scope="col">${t(lang, 'columnType')}</th>
        </tr>
      </thead>
      <tbody>
        ${columns.map(
          (column) =>
            html`<tr>
              <th scope="row">${labels[column.name] ? `${labels[column.name]} (${column.name})` : column.name}</th>
              <td>${typeSelect(column)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
