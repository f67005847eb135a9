import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import Papa from 'papaparse';
import '../../src/bdw-data-table.js';
import type { BdwDataTable } from '../../src/BdwDataTable.js';
import { RESOURCE, realCsv, recordRequests, root, text, until, type CsvRow } from './helpers.js';

/**
 * `<bdw-data-table>` on the real datastore resource of the 2020 fatal accidents (the real catalog-api on this test
 * server's origin), compared with the real CSV read here with papaparse.
 */

const grid = (el: BdwDataTable) => root(el).querySelector<HTMLElement>('[role="grid"]')!;
const headers = (el: BdwDataTable) => [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
/** Drawn body rows in order of their row index. */
const bodyRows = (el: BdwDataTable) =>
  [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')].sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
/** The drawn cells of a row by column (a column outside the box is not drawn: `undefined`). */
const cellsOf = (row: HTMLElement) => {
  const cells: (string | undefined)[] = [];
  for (const cell of row.querySelectorAll<HTMLElement>('[role="gridcell"]'))
    cells[Number(cell.getAttribute('aria-colindex')) - 1] = text(cell);
  return cells;
};
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/**
 * Row `i` (0-based) read across the table as a person reads it: the box scrolled sideways a screen at a time from
 * the first column to the last, each column's text taken while it is in view; the box is scrolled back at the end.
 */
async function readAcross(el: BdwDataTable, i: number): Promise<(string | undefined)[]> {
  const box = grid(el);
  const seen: (string | undefined)[] = [];
  for (let left = 0; ; left += box.clientWidth) {
    box.scrollLeft = left;
    await nextFrame();
    await el.updateComplete;
    const row = root(el).querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${i + 2}"]`)!;
    cellsOf(row).forEach((value, col) => value !== undefined && (seen[col] = value));
    if (box.scrollLeft + box.clientWidth >= box.scrollWidth - 1) break;
  }
  box.scrollLeft = 0;
  await nextFrame();
  return seen;
}
/** Scrolls column `col`'s header into the box (its cells are drawn then) and waits for the redraw. */
async function showColumn(el: BdwDataTable, col: number): Promise<void> {
  grid(el).scrollLeft = headers(el)[col]!.offsetLeft;
  await nextFrame();
  await el.updateComplete;
}
const loaded = (el: BdwDataTable) =>
  until(() => el.total !== null && bodyRows(el).length > 0 && !text(bodyRows(el)[0]).includes('불러오는'));
/** A CSV cell as the table writes it: numbers grouped in thousands, exactly (every digit); years as they are. */
const grouped = (value: string) =>
  /^-?\d+(\.\d+)?$/.test(value) && !/^20\d\d$/.test(value)
    ? value.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + Number(int).toLocaleString('ko-KR'))
    : value;

let columns: string[];
let rows: CsvRow[];
before(async () => {
  ({ columns, rows } = await realCsv());
});

async function mount() {
  const el = await fixture<BdwDataTable>(
    html`<bdw-data-table api="/" resource=${RESOURCE} label="사망 교통사고"></bdw-data-table>`,
  );
  await loaded(el);
  return el;
}

describe('<bdw-data-table> on the real datastore resource', () => {
  it('shows every column by name and the total and first rows the CSV has', async () => {
    const el = await mount();
    expect(rows.length).to.equal(100);
    expect(el.total).to.equal(rows.length);
    expect(text(root(el).querySelector('[part~="count"]'))).to.equal(`${rows.length.toLocaleString('ko-KR')}건`);
    expect(headers(el).map((h) => text(h))).to.deep.equal(columns);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(rows.length + 1));
    const drawn = bodyRows(el);
    expect(drawn.length).to.be.greaterThan(5);
    // Every drawn row is the CSV's row at the same place, every cell exactly (numbers grouped, never rounded).
    for (const row of drawn) {
      const i = Number(row.getAttribute('aria-rowindex')) - 2;
      expect(await readAcross(el, i), `row ${i}`).to.deep.equal(columns.map((c) => grouped(rows[i]![c]!)));
    }
  });

  it('reads a file (src) through the engine with the same rows', async () => {
    const el = await fixture<BdwDataTable>(
      html`<bdw-data-table src="/files/busan_fatal_traffic_accidents_2020.csv"></bdw-data-table>`,
    );
    await loaded(el);
    expect(el.total).to.equal(rows.length);
    expect(headers(el).map((h) => text(h))).to.deep.equal(columns);
    expect(await readAcross(el, 0)).to.deep.equal(columns.map((c) => grouped(rows[0]![c]!)));
  });

  it('shows markup in data and column names as text, and downloads it escaped for spreadsheets', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<BdwDataTable>(
      html`<bdw-data-table .rows=${[{ [hostile]: hostile, 값: '=HYPERLINK("http://x")' }]}></bdw-data-table>`,
    );
    await loaded(el);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(headers(el).map((h) => text(h))).to.deep.equal([hostile, '값']);
    expect(cellsOf(bodyRows(el)[0]!)).to.deep.equal([hostile, '=HYPERLINK("http://x")']);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const csv = Papa.parse<string[]>((await el.csv()).slice(1), { skipEmptyLines: true }).data;
    expect(csv[1]).to.deep.equal([hostile, `'=HYPERLINK("http://x")`]);
  });

  it('right-aligns number columns and keeps text columns at the start', async () => {
    const el = await mount();
    const cell = async (name: string) => {
      await showColumn(el, columns.indexOf(name));
      return bodyRows(el)[0]!.querySelector<HTMLElement>(`[aria-colindex="${columns.indexOf(name) + 1}"]`)!;
    };
    expect(getComputedStyle(await cell('사망자수')).textAlign).to.equal('end');
    expect(getComputedStyle(await cell('경도')).textAlign).to.equal('end');
    expect(text(await cell('경도'))).to.equal(rows[0]!['경도']);
    expect(getComputedStyle(await cell('발생지시군구')).textAlign).to.not.equal('end');
  });

  it('draws the cells of the columns in its box only, with no gap as it scrolls sideways (800 and 320 px)', async () => {
    /** Columns whose header shows in the box, and for each drawn row the columns drawn. */
    const check = (el: BdwDataTable) => {
      const box = grid(el).getBoundingClientRect();
      const shown = headers(el)
        .map((h, col) => [h.getBoundingClientRect(), col] as const)
        .filter(([r]) => r.right > box.left + 1 && r.left < box.right - 1)
        .map(([, col]) => col);
      for (const row of bodyRows(el)) {
        const drawn = Object.keys(cellsOf(row)).map(Number);
        // Every column in view is drawn, at its header's place; at most one more on each side.
        for (const col of shown) {
          const cell = row.querySelector<HTMLElement>(`[aria-colindex="${col + 1}"]`);
          expect(cell, `row ${row.getAttribute('aria-rowindex')} column ${col}`).to.not.equal(null);
          const rect = cell!.getBoundingClientRect();
          expect(rect.left).to.be.closeTo(headers(el)[col]!.getBoundingClientRect().left, 1);
          // …and painted there: what a person sees at the cell's visible middle is the cell.
          const x = (Math.max(rect.left, box.left) + Math.min(rect.right, box.right)) / 2;
          const y = rect.top + rect.height / 2;
          if (y > box.top + 40 && y < Math.min(box.bottom, innerHeight) - 20)
            expect(
              root(el).elementFromPoint(x, y)?.closest('[role="gridcell"]') === cell,
              `column ${col} seen`,
            ).to.equal(true);
        }
        // (and the focused cell's column, wherever it is: the grid's tab stop)
        expect(drawn.length, `row ${row.getAttribute('aria-rowindex')} drew ${drawn.join()}`).to.be.at.most(
          shown.length + 3,
        );
      }
      return shown;
    };
    const el = await mount();
    // (the first frame draws more: the columns' edges are estimated until the header is laid out)
    await nextFrame();
    await el.updateComplete;
    const atStart = check(el);
    expect(atStart[0]).to.equal(0);
    expect(atStart.length).to.be.lessThan(columns.length);
    grid(el).scrollLeft = grid(el).scrollWidth;
    await nextFrame();
    await el.updateComplete;
    expect(check(el).at(-1)).to.equal(columns.length - 1);
    await setViewport({ width: 320, height: 640 });
    try {
      const narrow = await mount();
      await nextFrame();
      await narrow.updateComplete;
      expect(check(narrow).length).to.be.at.most(3);
      grid(narrow).scrollLeft = grid(narrow).scrollWidth / 2;
      await nextFrame();
      await narrow.updateComplete;
      check(narrow);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('asks the engine for pages of rows, never for all of them', async () => {
    let el!: BdwDataTable;
    const seen = await recordRequests(async () => {
      el = await mount();
    });
    const sql = seen.filter((s) => s.includes('datastore_search_sql'));
    expect(sql.some((s) => /LIMIT 100 OFFSET 0/.test(s))).to.equal(true);
    // Every page asked is at most 100 rows; the table is never read whole with datastore_search paging.
    const limits = sql.flatMap((s) => [...s.matchAll(/LIMIT (\d+)/g)].map((m) => Number(m[1])));
    expect(Math.max(...limits)).to.be.at.most(100);
    expect(seen.filter((s) => /datastore_search\?/.test(s) && /offset=[1-9]/.test(s))).to.deep.equal([]);
    expect(el.total).to.equal(100);
  });

  it('sorts by a header (click, then Enter) with aria-sort, as the CSV sorts', async () => {
    const el = await mount();
    const column = '부상자수';
    const header = headers(el)[columns.indexOf(column)]!;
    header.click();
    await until(() => header.getAttribute('aria-sort') === 'ascending');
    await showColumn(el, columns.indexOf(column));
    const values = (list: CsvRow[]) => list.map((r) => Number(r[column]));
    const ascending = [...rows].sort((a, b) => Number(a[column]) - Number(b[column]));
    await until(() => {
      const shown = bodyRows(el).map((r) => Number(cellsOf(r)[columns.indexOf(column)]!.replaceAll(',', '')));
      return JSON.stringify(shown) === JSON.stringify(values(ascending).slice(0, shown.length));
    });
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    // Enter on the focused header: descending.
    header.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => header.getAttribute('aria-sort') === 'descending');
    const descending = [...rows].sort((a, b) => Number(b[column]) - Number(a[column]));
    await until(() => cellsOf(bodyRows(el)[0]!)[columns.indexOf(column)] === grouped(descending[0]![column]!));
    // The rows with equal values keep the CSV's order (a stable sort): the whole first row matches.
    expect(await readAcross(el, 0)).to.deep.equal(columns.map((c) => grouped(descending[0]![c]!)));
  });

  it('is a keyboard grid: one tab stop, arrows, Home/End, PageDown, Ctrl+End to the last row, Ctrl+Home', async () => {
    const el = await mount();
    const active = () => root(el).activeElement as HTMLElement | null;
    const at = () => active()?.dataset['cell'];
    expect(root(el).querySelectorAll('[role="grid"] [tabindex="0"]').length).to.equal(1);
    const firstCell = root(el).querySelector<HTMLElement>('[data-cell="0:0"]')!;
    firstCell.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => at() === '0:1');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => at() === '1:1');
    await sendKeys({ press: 'End' });
    await until(() => at() === `1:${columns.length - 1}`);
    await sendKeys({ press: 'Home' });
    await until(() => at() === '1:0');
    await sendKeys({ press: 'PageDown' });
    await until(() => Number(at()?.split(':')[0]) > 3);
    await sendKeys({ press: 'ArrowUp' });
    // Paging to the end: the last row is fetched and drawn, with the CSV's last row.
    await sendKeys({ press: 'Control+End' });
    await until(() => at() === `${rows.length - 1}:${columns.length - 1}`);
    await until(() => text(active()) === grouped(rows.at(-1)![columns.at(-1)!]!));
    const lastRow = active()!.closest('[role="row"]')!;
    expect(lastRow.getAttribute('aria-rowindex')).to.equal(String(rows.length + 1));
    // The last column came into the box with the focus.
    const cellBox = active()!.getBoundingClientRect();
    expect(cellBox.right).to.be.at.most(grid(el).getBoundingClientRect().right + 1);
    expect(await readAcross(el, rows.length - 1)).to.deep.equal(columns.map((c) => grouped(rows.at(-1)![c]!)));
    active()!.focus();
    await sendKeys({ press: 'Control+Home' });
    await until(() => at() === '-1:0');
    expect(active()!.getAttribute('role')).to.equal('columnheader');
    expect(root(el).querySelectorAll('[role="grid"] [tabindex="0"]').length).to.equal(1);
  });

  it('searches every column (q) and says how many rows match', async () => {
    const el = await mount();
    const input = root(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.focus();
    await sendKeys({ type: '사상구' });
    await sendKeys({ press: 'Enter' });
    const expected = rows.filter((r) => Object.values(r).some((v) => v.includes('사상구')));
    await until(() => el.total === expected.length);
    await loaded(el);
    expect(text(root(el).querySelector('[part~="count"]'))).to.equal(`${expected.length}건`);
    await until(() => bodyRows(el).length === expected.length);
    expect(bodyRows(el).map((r) => cellsOf(r)[0])).to.deep.equal(expected.map((r) => grouped(r[columns[0]!]!)));
  });

  it('downloads every filtered row as CSV with a BOM (paged from the engine)', async () => {
    const el = await mount();
    el.q = '북구';
    const expected = rows.filter((r) => Object.values(r).some((v) => v.includes('북구')));
    await until(() => el.total === expected.length);
    const csv = await el.csv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const parsed = Papa.parse<CsvRow>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).to.deep.equal(columns);
    expect(parsed.data).to.deep.equal(expected);
  });

  it('says when no row matches, in Korean and in English', async () => {
    const el = await mount();
    el.q = '존재하지않는값';
    await until(() => root(el).querySelector('[part~="empty"]'));
    expect(text(root(el).querySelector('[part~="empty"]'))).to.include('검색 결과가 없습니다');
    expect(el.total).to.equal(0);
    const en = await fixture<BdwDataTable>(
      html`<bdw-data-table lang="en" api="/" resource=${RESOURCE} q="no-such-value"></bdw-data-table>`,
    );
    await until(() => root(en).querySelector('[part~="empty"]'));
    expect(text(root(en).querySelector('[part~="empty"]'))).to.include('No rows match');
  });

  it('shows the count in English with lang="en"', async () => {
    const el = await fixture<BdwDataTable>(
      html`<bdw-data-table lang="en" api="/" resource=${RESOURCE}></bdw-data-table>`,
    );
    await loaded(el);
    expect(text(root(el).querySelector('[part~="count"]'))).to.equal('100 rows');
    expect(text(root(el).querySelector('[part~="download"]'))).to.equal('Download CSV');
  });

  it('says what is wrong: an unknown resource, no source at all', async () => {
    const missing = await fixture<BdwDataTable>(
      html`<bdw-data-table api="/" resource="no-such-resource"></bdw-data-table>`,
    );
    await until(() => root(missing).querySelector('[part~="error"]'));
    expect(root(missing).querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
    const none = await fixture<BdwDataTable>(html`<bdw-data-table></bdw-data-table>`);
    await until(() => root(none).querySelector('[part~="error"]'));
    expect(text(root(none).querySelector('[part~="error"]'))).to.include('보여 줄 표가 없습니다');
    const noApi = await fixture<BdwDataTable>(html`<bdw-data-table lang="en" resource=${RESOURCE}></bdw-data-table>`);
    await until(() => root(noApi).querySelector('[part~="error"]'));
    expect(text(root(noApi).querySelector('[part~="error"]'))).to.include('There is no table to show');
  });

  it('is accessible (axe), also in the dark theme', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    // Dark is for dark pages: the page's background is dark around it.
    const page = await fixture<HTMLElement>(
      html`<div style="background: #0d1117; padding: 8px">
        <bdw-data-table theme="dark" api="/" resource=${RESOURCE}></bdw-data-table>
      </div>`,
    );
    const dark = page.querySelector<BdwDataTable>('bdw-data-table')!;
    await loaded(dark);
    expect(getComputedStyle(dark).color).to.equal('rgb(230, 237, 243)');
    await expect(dark).to.be.accessible();
  });

  it('grows its rows with the reader’s font size (text at 200 %) and still reaches the last row', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const el = await mount();
      await until(() => Math.abs(bodyRows(el)[0]!.getBoundingClientRect().height - 72) < 1);
      const cell = bodyRows(el)[1]!.querySelector<HTMLElement>('[role="gridcell"]')!;
      expect(cell.scrollHeight).to.be.at.most(cell.clientHeight + 1);
      const rowTops = bodyRows(el).map((r) => r.getBoundingClientRect().top);
      for (let i = 1; i < rowTops.length; i++) expect(rowTops[i]! - rowTops[i - 1]!).to.be.closeTo(72, 1);
      root(el).querySelector<HTMLElement>('[data-cell="0:0"]')!.focus();
      await sendKeys({ press: 'Control+End' });
      await until(() =>
        (root(el).activeElement as HTMLElement | null)?.dataset['cell']?.startsWith(`${rows.length - 1}:`),
      );
      const last = (root(el).activeElement as HTMLElement).getBoundingClientRect();
      const box = grid(el).getBoundingClientRect();
      expect(last.bottom).to.be.at.most(box.bottom + 1);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps the focused cell and the grid lines visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await mount();
      const cell = root(el).querySelector<HTMLElement>('[data-cell="0:0"]')!;
      cell.focus();
      const style = getComputedStyle(cell);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(getComputedStyle(grid(el)).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(cell).borderInlineEndStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('reflows at 320 px: the table scrolls inside its own box and the controls wrap', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount();
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      const box = grid(el);
      expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      expect(box.getBoundingClientRect().right).to.be.at.most(320);
      const search = root(el).querySelector<HTMLElement>('.search')!.getBoundingClientRect();
      const download = root(el).querySelector<HTMLElement>('[part~="download"]')!.getBoundingClientRect();
      expect(download.top).to.be.greaterThan(search.top);
      expect(download.right).to.be.at.most(320);
      // The header stays in view when the rows scroll.
      box.scrollTop = 600;
      await until(
        () =>
          Math.abs(root(el).querySelector('.head')!.getBoundingClientRect().top - box.getBoundingClientRect().top) < 2,
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
