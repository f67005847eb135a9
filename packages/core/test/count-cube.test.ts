import { describe, expect, it } from 'vitest';
import { accidentRows } from './accidents.js';
import {
  CUBE_GOAL_CELLS,
  cubeCount,
  cubeCovers,
  cubeFacet,
  cubeGroup,
  planCube,
  type CountCube,
  type CubeKnowledge,
} from '../src/data/engine/count-cube.js';
import type { ViewFilters } from '../src/data/filters.js';

/**
 * The count cube over the real 2020 fatal accident table: its cells are tallied here from papaparse's rows (as the
 * server's GROUP BY gives them), and every count, facet and count chart it answers is compared with a plain loop over
 * the rows under the same filters. Three rows get an empty 사고유형, stored as NULL, to check `''` as a filter value.
 */
const rows = accidentRows().map((row, i) => (i % 37 === 5 ? { ...row, 사고유형: '' } : row));
const DIMS = ['발생지시군구', '사고유형', '요일'];

function tallyCube(): CountCube {
  const cells = new Map<string, { values: (string | null)[]; rows: number }>();
  for (const row of rows) {
    const values = DIMS.map((d) => (row[d] === '' ? null : row[d]!));
    const key = JSON.stringify(values);
    const cell = cells.get(key) ?? { values, rows: 0 };
    cell.rows++;
    cells.set(key, cell);
  }
  return { dims: DIMS, cells: [...cells.values()] };
}
const cube = tallyCube();

/** Whether a row is kept by list filters, as SQL keeps it: the value itself; `''` keeps an empty cell. */
const keeps = (filters: ViewFilters) => (row: Record<string, string>) =>
  Object.entries(filters).every(([field, values]) => (values as string[]).includes(row[field]!));
const counted = (field: string, filters: ViewFilters) => {
  const out: Record<string, number> = {};
  for (const row of rows.filter(keeps(filters))) out[row[field]!] = (out[row[field]!] ?? 0) + 1;
  return out;
};

const districts = [...new Set(rows.map((r) => r['발생지시군구']!))];
const kinds = [...new Set(rows.map((r) => r['사고유형']!))];
const states: ViewFilters[] = [
  {},
  ...districts.map((d) => ({ 발생지시군구: [d] })),
  ...districts.flatMap((d) => kinds.slice(0, 4).map((k) => ({ 발생지시군구: [d], 사고유형: [k] }))),
  { 발생지시군구: ['사상구', '북구'], 요일: ['토', '일'] },
  { 사고유형: [''] },
  { 사고유형: ['', '횡단중'], 요일: ['월'] },
  { 발생지시군구: ['없는구'] },
];

describe('the count cube over the real accident table', () => {
  it('counts the rows of every filter state as a loop over the rows does (사상구 11)', () => {
    expect(cubeCount(cube, { 발생지시군구: ['사상구'] })).toBe(11);
    for (const filters of states) expect(cubeCount(cube, filters)).toBe(rows.filter(keeps(filters)).length);
  });

  it('answers each dim’s facet under the filters, largest first, with its distinct values', () => {
    for (const filters of states)
      for (const field of DIMS) {
        const facet = cubeFacet(cube, field, filters, 50);
        const expected = counted(field, filters);
        expect(Object.fromEntries(facet.values.map((v) => [v.value, v.count]))).toEqual(expected);
        expect(facet.distinct).toBe(Object.keys(expected).length);
        const ns = facet.values.map((v) => v.count);
        expect(ns).toEqual([...ns].sort((a, b) => b - a));
      }
    const cut = cubeFacet(cube, '사고유형', {}, 3);
    expect(cut.values).toHaveLength(3);
    expect(cut.distinct).toBe(kinds.length);
  });

  it('answers count charts by one and by two dims', () => {
    const measures = [{ field: null, agg: 'count' as const }];
    for (const filters of states) {
      const byDay = cubeGroup(cube, ['요일'], measures, filters);
      expect(Object.fromEntries(byDay.map((g) => [g.keys[0], g.values[0]]))).toEqual(counted('요일', filters));
      expect(byDay.every((g) => g.rows === g.values[0])).toBe(true);
      const byTwo = cubeGroup(cube, ['발생지시군구', '요일'], measures, filters);
      const expected: Record<string, number> = {};
      for (const row of rows.filter(keeps(filters))) {
        const key = `${row['발생지시군구']}|${row['요일']}`;
        expected[key] = (expected[key] ?? 0) + 1;
      }
      expect(Object.fromEntries(byTwo.map((g) => [g.keys.join('|'), g.rows]))).toEqual(expected);
    }
  });

  it('covers questions about its dims under value filters only', () => {
    expect(cubeCovers(cube, ['요일'], { 발생지시군구: ['사상구'] })).toBe(true);
    expect(cubeCovers(cube, ['주야'], {})).toBe(false);
    expect(cubeCovers(cube, ['요일'], { 주야: ['야'] })).toBe(false);
    expect(cubeCovers(cube, ['요일'], { 발생지시군구: { min: 1 } })).toBe(false);
  });
});

describe('planning a cube from what a view asked', () => {
  const whole = (field: string) => {
    const counts = counted(field, {});
    return Object.entries(counts).map(([value, count]) => ({ value, count }));
  };
  const known = (over: Partial<CubeKnowledge> = {}): CubeKnowledge => ({
    wanted: ['요일', '발생지시군구', '사고유형'],
    text: new Set(['요일', '발생지시군구', '사고유형', '발생년월일시']),
    distinct: new Map([
      ['요일', 7],
      ['발생지시군구', districts.length],
      ['사고유형', kinds.length],
      ['발생년월일시', 99],
    ]),
    whole: new Map([
      ['발생지시군구', whole('발생지시군구')],
      ['사고유형', whole('사고유형')],
    ]),
    refused: [],
    ...over,
  });

  it('takes the wanted text fields and splits by the one known whole with the most values', () => {
    const plan = planCube(known(), 0)!;
    expect(plan.dims).toEqual(['요일', '발생지시군구', '사고유형']);
    expect(plan.split.field).toBe(kinds.length >= districts.length ? '사고유형' : '발생지시군구');
    expect(plan.rows).toBe(rows.length);
    expect(new Set(plan.split.values)).toEqual(new Set(plan.split.field === '사고유형' ? kinds : districts));
  });

  it('leaves out a field that would take it past its goal, numbers, and fields never counted', () => {
    const plan = planCube(
      known({
        wanted: ['요일', '발생년월일시', '발생지시군구', '부상자수', '주야'],
        distinct: new Map([
          ['요일', 7],
          ['발생지시군구', districts.length],
          ['발생년월일시', CUBE_GOAL_CELLS],
          ['부상자수', 5],
        ]),
      }),
      0,
    )!;
    expect(plan.dims).toEqual(['요일', '발생지시군구']);
  });

  it('is not planned for a small table, one field, nothing known whole, or a set found too large', () => {
    expect(planCube(known(), rows.length + 1)).toBeNull();
    expect(planCube(known({ wanted: ['발생지시군구'] }), 0)).toBeNull();
    expect(planCube(known({ whole: new Map() }), 0)).toBeNull();
    expect(planCube(known({ refused: [['요일', '발생지시군구']] }), 0)).toBeNull();
    expect(planCube(known({ refused: [['요일', '주야']] }), 0)).not.toBeNull();
  });
});
