import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/bdw-data-table.js';
import type { BdwDataTable } from '../../src/BdwDataTable.js';
import { root, text, until } from './helpers.js';

/**
 * 1,000,000 rows held in the browser (the `rows` property: the engine answers on the page, the hardest case for the
 * main thread): scrolling from top to bottom draws the right rows at every place, by wheel, scroll bar and keys.
 */

const SIZE = 1_000_000;
const DISTRICTS = ['중구', '서구', '동구', '영도구', '부산진구', '동래구', '남구', '북구', '해운대구', '사하구'];

// Array.from, not new Array(SIZE): a million holes make V8 keep the array as a slow dictionary.
const million = (): Record<string, unknown>[] =>
  Array.from({ length: SIZE }, (_, i) => ({ 번호: i + 1, 구: DISTRICTS[i % DISTRICTS.length], 사망자수: (i * 7) % 5 }));

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

describe('<bdw-data-table> with 1,000,000 rows', () => {
  it('scrolls from top to bottom, drawing the right rows at each place, and reaches the last row by keyboard', async () => {
    const el = await fixture<BdwDataTable>(html`<bdw-data-table .rows=${million()}></bdw-data-table>`);
    await until(() => el.total === SIZE, 30_000);
    // The grid is drawn once the number columns' ranges are in (so 번호 1,000,000 fits its column).
    await until(() => root(el).querySelector('[role="grid"]') !== null, 30_000);
    const scroller = root(el).querySelector<HTMLElement>('[role="grid"]')!;
    expect(scroller.getAttribute('aria-rowcount')).to.equal(String(SIZE + 1));
    await frames(4);

    const max = scroller.scrollHeight - scroller.clientHeight;
    const firstNumber = () => {
      const drawn = [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
      const top = scroller.getBoundingClientRect().top + root(el).querySelector<HTMLElement>('.head')!.offsetHeight;
      const visible = drawn
        .filter((r) => r.getBoundingClientRect().bottom > top + 1)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
      return {
        index: Number(visible.getAttribute('aria-rowindex')) - 2,
        text: text(visible.querySelector('[role="gridcell"]')),
      };
    };
    // Wheel-sized steps near the top, then jumps across the whole range (as dragging the scroll bar does).
    const positions = [
      ...Array.from({ length: 20 }, (_, i) => i * 120),
      ...Array.from({ length: 21 }, (_, i) => (max * i) / 20),
    ];
    const loading = () => text(root(el).querySelector('.body')).includes('불러오는');
    // One sweep from top to bottom: at each place the first row in view is the row there (its 번호 is its place).
    // How fast is measured by `pnpm bench` (bench/scroll.ts) on the CDN bundle, not asserted here: a shared CI machine
    // stalls tasks with no work of ours in them.
    for (const position of positions) {
      scroller.scrollTop = position;
      await frames(2);
      await until(() => !loading(), 5000);
      const { index, text: shown } = firstNumber();
      expect(shown, `row ${index}`).to.equal((index + 1).toLocaleString('ko-KR'));
    }
    expect(firstNumber().index).to.be.greaterThan(SIZE - 30);

    // The keyboard reaches the last row too.
    root(el).querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await sendKeys({ press: 'Control+End' });
    await until(() => (root(el).activeElement as HTMLElement | null)?.dataset['cell'] === `${SIZE - 1}:2`);
    const last = root(el).activeElement!.closest('[role="row"]')!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(SIZE + 1));
    expect(text(last.querySelector('[role="gridcell"]'))).to.equal(SIZE.toLocaleString('ko-KR'));
  });

  it('moves as far as the wheel does anywhere in a million rows, and gives assistive technology the rows in order', async () => {
    const el = await fixture<BdwDataTable>(html`<bdw-data-table .rows=${million()}></bdw-data-table>`);
    await until(() => el.total === SIZE, 30_000);
    // The grid is drawn once the number columns' ranges are in (so 번호 1,000,000 fits its column).
    await until(() => root(el).querySelector('[role="grid"]') !== null, 30_000);
    const scroller = root(el).querySelector<HTMLElement>('[role="grid"]')!;
    await frames(4);
    const headBottom = () =>
      scroller.getBoundingClientRect().top + root(el).querySelector<HTMLElement>('.head')!.offsetHeight;
    /** The 번호 of the row at the top of the box, as a person reads it (the cell under the header's edge). */
    const topNumber = async () => {
      await frames(2);
      await until(() => !text(root(el).querySelector('.body')).includes('불러오는'), 5000);
      const box = scroller.getBoundingClientRect();
      const cell = root(el)
        .elementFromPoint(box.left + 8, headBottom() + 2)!
        .closest('[role="gridcell"]')!;
      return Number(text(cell).replaceAll(',', ''));
    };
    const scroll = async (top: number) => {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
    };
    // The scroll bar dragged to 40 %: the rows there (the thumb's place, within a page's jump of 1 %).
    await scroll(0.4 * (scroller.scrollHeight - scroller.clientHeight));
    const start = await topNumber();
    expect(start).to.be.within(0.39 * SIZE, 0.41 * SIZE);
    // Its 번호 is shown whole, though the first rows (1 to 50) were narrower: the column fits the largest number.
    const box = scroller.getBoundingClientRect();
    const numberCell = root(el)
      .elementFromPoint(box.left + 8, headBottom() + 2)!
      .closest<HTMLElement>('[role="gridcell"]')!;
    expect(numberCell.scrollWidth, '번호 cut off').to.be.at.most(numberCell.clientWidth);
    expect(numberCell.hasAttribute('title')).to.equal(false);
    // Then 40 wheel notches down (120 px each = 4,800 px = 133⅓ rows of 36 px): 133 rows on, not a screen a notch.
    const rowPx = root(el).querySelector<HTMLElement>('.body [role="row"]')!.getBoundingClientRect().height;
    for (let notch = 0; notch < 40; notch++) await scroll(scroller.scrollTop + 120);
    expect(await topNumber()).to.be.within(start + Math.floor(4800 / rowPx) - 1, start + Math.ceil(4800 / rowPx));
    for (let notch = 0; notch < 40; notch++) await scroll(scroller.scrollTop - 120);
    expect(await topNumber()).to.equal(start);

    // A notch rewrites only the rows it brings in: a row still on screen keeps its element and its cells.
    const before = new Map(
      [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')].map((row) => [
        row.getAttribute('aria-rowindex'),
        row,
      ]),
    );
    await scroll(scroller.scrollTop + 120);
    await frames(2);
    const after = [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
    const kept = after.filter((row) => before.get(row.getAttribute('aria-rowindex')) === row);
    expect(kept.length).to.be.at.least(after.length - Math.ceil(120 / rowPx) - 1);

    // Row elements are reused out of order on screen, but the grid owns them in row order: the row of the cell a Tab
    // lands on (row 1, kept drawn), then the rows on screen, contiguous.
    const body = root(el).querySelector<HTMLElement>('.body')!;
    const owned = body
      .getAttribute('aria-owns')!
      .split(' ')
      .map((id) => root(el).getElementById(id)!);
    const rowIndices = owned.map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(owned.length).to.equal(body.querySelectorAll('[role="row"]').length);
    expect(rowIndices[0]).to.equal(2);
    const onScreen = rowIndices.slice(1);
    expect(onScreen).to.deep.equal(onScreen.map((_, n) => onScreen[0]! + n));
    expect(text(owned[1]!.querySelector('[role="gridcell"]'))).to.equal((onScreen[0]! - 1).toLocaleString('ko-KR'));
  });
});
