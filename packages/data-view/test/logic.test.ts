import { LocalEngine, arrayTable, type DataEngine } from '@bdw/core/data';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnWindow, drawnColumns, estimatedEdges } from '../src/column-window.js';
import { columnTemplate, columnWidths, widenToRanges, mayClip } from '../src/columns.js';
import { BOM, tableCsv } from '../src/csv.js';
import { facetRows } from '../src/facet-rows.js';
import { displayCell, exactNumber } from '../src/format.js';
import { clampCell, moveCell } from '../src/grid-keys.js';
import { RowPager } from '../src/row-pager.js';
import { ariaSort, nextSort, parseSort } from '../src/sort.js';
import { MAX_BODY_PX, followScroll, rowWindow, scrollFor, type ScrollState } from '../src/window.js';

describe('exact numbers', () => {
  it('groups the integer part and keeps every digit of the fraction', () => {
    expect(exactNumber(1234567.891, 'ko')).toBe('1,234,567.891');
    expect(exactNumber(129.2551098, 'ko')).toBe('129.2551098');
    expect(exactNumber('12,345', 'ko')).toBe('12,345');
    expect(exactNumber('-0.5', 'en')).toBe('-0.5');
    expect(exactNumber('12.5%', 'ko')).toBe('12.5%');
    // Past 2^53 no digit is lost.
    expect(exactNumber('90071992547409931', 'ko')).toBe('90,071,992,547,409,931');
    expect(exactNumber('-', 'ko')).toBe('-');
    expect(exactNumber('N/A', 'ko')).toBe('N/A');
  });

  it('reads years as they are written and text as text', () => {
    expect(displayCell(2020, { id: '발생년', type: 'number' }, 'ko')).toBe('2020');
    expect(displayCell(2020, { id: '사망자수', type: 'number' }, 'ko')).toBe('2,020');
    expect(displayCell('2020-01-01 21', { id: '발생년월일시', type: 'date' }, 'ko')).toBe('2020-01-01 21');
    expect(displayCell(null, { id: 'x', type: 'number' }, 'ko')).toBe('');
  });
});

describe('column widths', () => {
  it('fit the header and the first rows, Hangul counted nearly double, within 6 to 28 ch', () => {
    const fields = [
      { id: '발생지시군구', type: 'category' as const },
      { id: 'n', type: 'number' as const },
      { id: '가해자법규위반', type: 'category' as const },
    ];
    const widths = columnWidths(fields, [['사상구', 1234567, '안전운전 의무 불이행'.repeat(3)]], 'ko');
    expect(widths[0]).toBe(Math.ceil(6 * 1.8 + 4));
    expect(widths[1]).toBe(Math.ceil('1,234,567'.length + 2));
    expect(widths[2]).toBe(28);
    expect(columnTemplate(fields, widths)).toBe(`minmax(${widths[0]}ch, 1fr) ${widths[1]}ch minmax(28ch, 1fr)`);
    expect(mayClip('안전운전 의무 불이행'.repeat(3), 28)).toBe(true);
    expect(mayClip('사상구', widths[0]!)).toBe(false);
  });
});

describe('number columns over every row', () => {
  it('widen to the widest of the minimum and the maximum, so no number is cut', () => {
    const fields = [
      { id: '번호', type: 'number' as const },
      { id: '구', type: 'category' as const },
      { id: '금액', type: 'number' as const },
    ];
    const sample = Array.from({ length: 50 }, (_, i) => [i + 1, '해운대구', 10]);
    const widths = columnWidths(fields, sample, 'ko');
    const wider = widenToRanges(fields, widths, [{ min: 1, max: 1_000_000 }, null, { min: -12_345.5, max: 10 }], 'ko');
    // "1,000,000" is 9 characters and "-12,345.5" 9, each with a cell's padding of 2.
    expect(wider[0]).toBe(Math.max(widths[0]!, 11));
    expect(wider[1]).toBe(widths[1]);
    expect(wider[2]).toBe(Math.max(widths[2]!, 11));
    expect(widenToRanges(fields, widths, [null, null, null], 'ko')).toEqual(widths);
    expect(widenToRanges(fields, widths, [{ min: 0, max: 1e20 }, null, null], 'ko')[0]).toBe(28);
  });
});

describe('the virtual window', () => {
  it('draws the visible rows and a few around them, at their natural place below the cap', () => {
    const win = rowWindow({ total: 1000, rowHeight: 36, scrollTop: 3600, offset: 0, viewport: 360 });
    expect(win.bodyHeight).toBe(36_000);
    expect(win.first).toBeLessThanOrEqual(100);
    expect(win.last).toBeGreaterThanOrEqual(110);
    expect(win.last - win.first).toBeLessThan(30);
    expect(win.top(100)).toBe(3600);
  });

  const million = { total: 1_000_000, rowHeight: 36, viewport: 360 };
  /** The row at the top of the box, and where it is drawn relative to the box's top. */
  const shown = (state: ScrollState) => {
    const win = rowWindow({ ...million, ...state });
    const row = Math.floor((state.scrollTop + state.offset) / 36);
    return { row, at: win.top(row) - state.scrollTop, win };
  };

  it('compresses a million rows into the cap and still reaches the first and the last row', () => {
    const top = shown({ scrollTop: 0, offset: 0 });
    expect(top.win.bodyHeight).toBe(MAX_BODY_PX);
    expect(top.win.first).toBe(0);
    expect(top.win.top(0)).toBe(0);
    // The scroll bar dragged to its end, then to its middle: the last row at the bottom, then the middle rows.
    const end = followScroll({ scrollTop: 0, offset: 0 }, MAX_BODY_PX - 360, million);
    expect(end.scrollTop).toBe(MAX_BODY_PX - 360);
    const last = shown(end);
    expect(last.win.last).toBe(999_999);
    expect(last.win.top(999_999) + 36).toBeCloseTo(MAX_BODY_PX, 0);
    const middle = shown(followScroll(end, (MAX_BODY_PX - 360) / 2, million));
    expect(middle.row).toBeGreaterThan(495_000);
    expect(middle.row).toBeLessThan(505_000);
  });

  it('moves the rows as far as the wheel moved, anywhere in a million rows, and across page edges', () => {
    // A person reads down with the wheel from row 300,000: each 120 px notch brings 3⅓ rows, never a screen.
    let state = followScroll({ scrollTop: 0, offset: 0 }, 0.3 * (MAX_BODY_PX - 360), million);
    const start = state.scrollTop + state.offset;
    let rewrites = 0;
    for (let notch = 1; notch <= 2000; notch++) {
      const next = followScroll(state, state.scrollTop + 120, million);
      if (next.scrollTop !== state.scrollTop + 120) rewrites++;
      expect(next.scrollTop + next.offset).toBeCloseTo(start + notch * 120, 6);
      expect(next.scrollTop).toBeGreaterThanOrEqual(0);
      expect(next.scrollTop).toBeLessThanOrEqual(MAX_BODY_PX - 360);
      state = next;
    }
    // 240,000 px of rows crossed at least two page edges (a page is 1/100 of the body), each moving the box back.
    expect(rewrites).toBeGreaterThanOrEqual(2);
    // The same rows stay where they were drawn: the row at the top is at the box's top edge or just above it.
    const { at } = shown(state);
    expect(at).toBeLessThanOrEqual(0);
    expect(at).toBeGreaterThan(-36);
    // And back up to the first row, notch by notch from there, would take as many notches: the move is 1:1.
    const up = followScroll(state, state.scrollTop - 120, million);
    expect(up.scrollTop + up.offset).toBeCloseTo(start + 1999 * 120, 6);
  });

  it('keeps the thumb near its proportional place after reading far with the wheel', () => {
    let state: ScrollState = { scrollTop: 0, offset: 0 };
    for (let notch = 0; notch < 5000; notch++) state = followScroll(state, state.scrollTop + 120, million);
    const share = (state.scrollTop + state.offset) / (36_000_000 - 360);
    // Within one page's jump of where a proportional bar would be.
    expect(Math.abs(state.scrollTop / (MAX_BODY_PX - 360) - share)).toBeLessThan(0.011);
  });

  it('scrolls just enough to show a row', () => {
    const input = { total: 1000, rowHeight: 36, viewport: 360, scrollTop: 0, offset: 0 };
    expect(scrollFor(5, input)).toEqual({ scrollTop: 0, offset: 0 });
    expect(scrollFor(10, input)).toEqual({ scrollTop: 36, offset: 0 });
    expect(scrollFor(999, input)).toEqual({ scrollTop: 36_000 - 360, offset: 0 });
    const last = scrollFor(999_999, { ...million, scrollTop: 0, offset: 0 });
    expect(last.scrollTop).toBeLessThanOrEqual(MAX_BODY_PX - 360);
    expect(rowWindow({ ...million, ...last }).last).toBe(999_999);
    const row = shown(scrollFor(123_456, { ...million, scrollTop: 0, offset: 0 }));
    expect(row.row + 9).toBe(123_456);
    expect(row.win.top(123_456) + 36 - (row.win.top(row.row) - row.at)).toBeCloseTo(360, 6);
  });
});

describe('grid keys', () => {
  const size = { rows: 100, cols: 5, pageRows: 10 };
  it('moves as the APG data grid does', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', false, size)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: -1, col: 0 });
    expect(moveCell({ row: -1, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: -1, col: 0 });
    expect(moveCell({ row: 3, col: 4 }, 'ArrowRight', false, size)).toEqual({ row: 3, col: 4 });
    expect(moveCell({ row: 3, col: 2 }, 'Home', false, size)).toEqual({ row: 3, col: 0 });
    expect(moveCell({ row: 3, col: 2 }, 'End', false, size)).toEqual({ row: 3, col: 4 });
    expect(moveCell({ row: 3, col: 2 }, 'Home', true, size)).toEqual({ row: -1, col: 0 });
    expect(moveCell({ row: 3, col: 2 }, 'End', true, size)).toEqual({ row: 99, col: 4 });
    expect(moveCell({ row: 95, col: 1 }, 'PageDown', false, size)).toEqual({ row: 99, col: 1 });
    expect(moveCell({ row: -1, col: 1 }, 'PageDown', false, size)).toEqual({ row: 9, col: 1 });
    expect(moveCell({ row: 5, col: 1 }, 'PageUp', false, size)).toEqual({ row: 0, col: 1 });
    expect(moveCell({ row: 0, col: 1 }, 'PageUp', false, size)).toEqual({ row: -1, col: 1 });
    expect(moveCell({ row: 0, col: 1 }, 'a', false, size)).toBeNull();
  });
  it('keeps the position inside a smaller grid', () => {
    expect(clampCell({ row: 50, col: 7 }, 10, 3)).toEqual({ row: 9, col: 2 });
    expect(clampCell({ row: 5, col: 0 }, 0, 3)).toEqual({ row: -1, col: 0 });
  });
});

describe('sort', () => {
  it('cycles ascending, descending, none', () => {
    expect(nextSort([], 'a')).toEqual([{ field: 'a' }]);
    expect(nextSort([{ field: 'a' }], 'a')).toEqual([{ field: 'a', desc: true }]);
    expect(nextSort([{ field: 'a', desc: true }], 'a')).toEqual([]);
    expect(nextSort([{ field: 'a' }], 'b')).toEqual([{ field: 'b' }]);
    expect(ariaSort([{ field: 'a', desc: true }], 'a')).toBe('descending');
    expect(ariaSort([{ field: 'a' }], 'b')).toBe('none');
    expect(parseSort('-사망자수, 발생지시군구')).toEqual([
      { field: '사망자수', desc: true },
      { field: '발생지시군구' },
    ]);
  });
});

describe('facet rows', () => {
  it('lists the top values, then checked values the cut left out', () => {
    const values = [
      { value: '북구', count: 11 },
      { value: '사상구', count: 11 },
      { value: '강서구', count: 10 },
    ];
    expect(facetRows(values, ['강서구', '없는구'], 2)).toEqual([
      { value: '북구', count: 11, checked: false },
      { value: '사상구', count: 11, checked: false },
      { value: '강서구', count: 10, checked: true },
      { value: '없는구', count: null, checked: true },
    ]);
    // Every distinct value is in the facet: a checked value it lacks has 0 rows under the other filters.
    expect(facetRows(values, ['없는구'], 3, true).at(-1)).toEqual({ value: '없는구', count: 0, checked: true });
  });
});

const engine = (n: number): DataEngine =>
  new LocalEngine(
    arrayTable(
      ['id', 'name'],
      Array.from({ length: n }, (_, i) => [String(i + 1), i === 3 ? '=HYPERLINK("x")' : `이름 ${i}, "따옴표"`]),
    ),
  );

describe('CSV of the filtered rows', () => {
  it('pages through every row with a BOM, quoting and formulas escaped', async () => {
    const shares: number[] = [];
    const csv = await tableCsv(
      engine(12_345),
      { filters: {}, q: '', sort: [{ field: 'id', desc: true }] },
      {
        progress: (share) => shares.push(share),
      },
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['id', 'name']);
    expect(parsed.data.length).toBe(12_346);
    expect(parsed.data[1]).toEqual(['12345', '이름 12344, "따옴표"']);
    expect(parsed.data.find((r) => r[0] === '4')![1]).toBe(`'=HYPERLINK("x")`);
    expect(shares.length).toBe(3);
    expect(shares.at(-1)).toBe(1);
  });

  it('writes only the matching rows', async () => {
    const csv = await tableCsv(engine(100), { filters: { id: ['7', '9'] }, q: '', sort: [] });
    expect(csv.slice(1).trim().split('\r\n')).toEqual(['id,name', '7,"이름 6, ""따옴표"""', '9,"이름 8, ""따옴표"""']);
  });
});

describe('the row pager', () => {
  it('asks for pages as they come into view, and a new query drops the old answers', async () => {
    const asked: number[] = [];
    const base = engine(1000);
    const counting: DataEngine = { ...base, mode: base.mode, rows: (q) => (asked.push(q.offset ?? 0), base.rows(q)) };
    let changes = 0;
    const pager = new RowPager(() => changes++, 100);
    pager.reset(counting, { filters: {}, q: '', sort: [] });
    await new Promise((r) => setTimeout(r));
    expect(pager.total).toBe(1000);
    expect(pager.row(0)).toEqual(['1', '이름 0, "따옴표"']);
    pager.ensure([250, 320]);
    await new Promise((r) => setTimeout(r));
    expect(asked).toEqual([0, 200, 300]);
    expect(pager.row(320)![0]).toBe('321');
    pager.reset(counting, { filters: { id: ['5'] }, q: '', sort: [] });
    // Until the new answer, the old rows are shown (busy), not a flash of "loading".
    expect(pager.busy).toBe(true);
    expect(pager.shownTotal).toBe(1000);
    await new Promise((r) => setTimeout(r));
    expect(pager.total).toBe(1);
    expect(pager.row(0)![0]).toBe('5');
    expect(changes).toBeGreaterThan(2);
  });
});

describe('the columns drawn', () => {
  // Five columns of 100, 50, 200, 100 and 80 px: edges 0, 100, 150, 350, 450, 530.
  const edges = [0, 100, 150, 350, 450, 530];
  /** Columns that show any part of the box, counted the slow way (each column against the box). */
  const showing = (left: number, width: number) =>
    edges.slice(0, -1).flatMap((start, col) => (edges[col + 1]! > left && start < left + width ? [col] : []));

  it('draws every column that shows in the box, and one more on each side', () => {
    for (const [left, width] of [
      [0, 120],
      [99, 10],
      [100, 50],
      [140, 300],
      [400, 130],
      [0, 1000],
    ] as const) {
      const range = columnWindow({ edges, scrollLeft: left, width });
      const inView = showing(left, width);
      expect(range.first, `${left}+${width}`).toBe(Math.max(0, inView[0]! - 1));
      expect(range.last, `${left}+${width}`).toBe(Math.min(4, inView.at(-1)! + 1));
    }
    expect(columnWindow({ edges, scrollLeft: 200, width: 10, overscan: 0 })).toEqual({ first: 2, last: 2 });
    expect(columnWindow({ edges: [0], scrollLeft: 0, width: 100 })).toEqual({ first: 0, last: -1 });
  });

  it('keeps the focused column drawn wherever it is, in column order', () => {
    expect(drawnColumns({ first: 3, last: 5 }, 0, 10)).toEqual([0, 3, 4, 5]);
    expect(drawnColumns({ first: 3, last: 5 }, 8, 10)).toEqual([3, 4, 5, 8]);
    expect(drawnColumns({ first: 3, last: 5 }, 4, 10)).toEqual([3, 4, 5]);
  });

  it('estimates narrower columns than the real ones, so a first frame draws every column it shows', () => {
    const widths = [10, 6, 28];
    const estimated = estimatedEdges(widths, 6.4);
    expect(estimated).toEqual([0, 64, 102.4, 281.6]);
    // At a real ch of 8 px the box of 150 px shows columns 0 and 1; the estimate draws at least those.
    const range = columnWindow({ edges: estimated, scrollLeft: 0, width: 150, overscan: 0 });
    expect(range.first).toBe(0);
    expect(range.last).toBeGreaterThanOrEqual(1);
  });
});
