/**
 * Tables in page text reflow on small screens as one card per row (styles.css, `data-stack`). Each cell gets its
 * column's name to show as a label, and explicit table roles, which `display: block` would otherwise drop.
 */
export function stackTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('.prose table')) {
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    table.dataset['stack'] = '';
    table.setAttribute('role', 'table');
    for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
    for (const row of table.querySelectorAll('tr')) row.setAttribute('role', 'row');
    for (const th of table.querySelectorAll('thead th')) th.setAttribute('role', 'columnheader');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
        if (headers[i]) cell.setAttribute('data-label', headers[i]);
      });
    }
  }
}
