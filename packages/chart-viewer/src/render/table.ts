import { formatNumber, type Lang } from '@bdw/core';
import { html, nothing } from 'lit';
import { t } from '../engine-messages.js';
import type { TableSort, TableView } from '../table-view.js';

export const TABLE_PAGE = 20;

export interface TableOptions {
  caption: string;
  page: number;
  sort: TableSort | null;
  /** Formats a cell; numbers by column (x of a points chart as a date or number, values with the unit). */
  format: (value: string | number | null, column: number) => string;
  onSort: (column: number) => void;
  onPage: (page: number) => void;
}

/** The table view: sortable headers (aria-sort), a row header per category, and pages of 20 rows. */
export function renderTable(view: TableView, lang: Lang, options: TableOptions) {
  const { sort, format } = options;
  const pages = Math.max(1, Math.ceil(view.rows.length / TABLE_PAGE));
  const page = Math.min(options.page, pages - 1);
  const rows = view.rows.slice(page * TABLE_PAGE, (page + 1) * TABLE_PAGE);
  const header = (name: string, i: number) => {
    const sorted = sort?.column === i;
    const ariaSort = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" @click=${() => options.onSort(i)} title=${t(lang, 'sortBy', { column: name })}>
        ${name}${sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>`;
  };
  const cell = (value: string | number | null, i: number) =>
    i === 0 && !view.numeric[0]
      ? html`<th scope="row">${format(value, i)}</th>`
      : html`<td class=${view.numeric[i] ? 'num' : ''}>${format(value, i)}</td>`;
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>
        ${options.caption}
      </caption>
      <thead>
        <tr>
          ${view.headers.map(header)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map(cell)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${pages > 1 ? renderPager(page, pages, lang, options.onPage) : nothing}
  </div>`;
}

function renderPager(page: number, pages: number, lang: Lang, onPage: (page: number) => void) {
  return html`<nav class="pager" aria-label=${t(lang, 'pagination')}>
    <button type="button" class="tool" ?disabled=${page === 0} @click=${() => onPage(page - 1)}>
      ${t(lang, 'previous')}
    </button>
    <span>${t(lang, 'pageOf', { page: formatNumber(page + 1, lang), pages: formatNumber(pages, lang) })}</span>
    <button type="button" class="tool" ?disabled=${page >= pages - 1} @click=${() => onPage(page + 1)}>
      ${t(lang, 'next')}
    </button>
  </nav>`;
}
