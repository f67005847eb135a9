/** A table cell with text (optionally in <code>). Everything from manifests is shown as text. */
export function cell(text: string, wrap?: 'code', tag: 'td' | 'th' = 'td'): HTMLTableCellElement {
  const td = document.createElement(tag);
  if (wrap) {
    const code = document.createElement('code');
    code.textContent = text;
    td.append(code);
  } else td.textContent = text;
  return td;
}

export function table(headings: string[], rows: string[][]): HTMLTableElement {
  const el = document.createElement('table');
  const head = el.createTHead().insertRow();
  for (const heading of headings) {
    const th = cell(heading, undefined, 'th');
    th.scope = 'col';
    head.append(th);
  }
  const body = el.createTBody();
  for (const values of rows) {
    const row = body.insertRow();
    values.forEach((value, i) => row.append(cell(value, i === 0 ? 'code' : undefined)));
  }
  return el;
}
