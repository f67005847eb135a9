import { describe, expect, it } from 'vitest';
import { accidentRows } from './accidents.js';
import { mergeFacets, mergeGroups, perValue, splitField } from '../src/data/engine/split-values.js';
import type { EngineField, GroupRow, Measure } from '../src/data/engine/types.js';

/**
 * A filter of several values asked one value at a time: the parts, tallied here with plain loops over the real
 * accident CSV, merge into exactly what one tally over all the values gives.
 */
const rows = accidentRows();
const fields: EngineField[] = [
  { id: '발생지시군구', type: 'category', storage: 'text' },
  { id: '요일', type: 'category', storage: 'text' },
  { id: '부상자수', type: 'number', storage: 'int' },
];
const measures: Measure[] = [
  { field: null, agg: 'count' },
  { field: '부상자수', agg: 'sum' },
  { field: '부상자수', agg: 'min' },
  { field: '부상자수', agg: 'max' },
];

/** GROUP BY 요일 over the rows of these districts, by hand. */
function tally(districts: readonly string[]): GroupRow[] {
  const groups = new Map<string, number[]>();
  for (const row of rows)
    if (districts.includes(row['발생지시군구']!)) {
      const list = groups.get(row['요일']!) ?? [];
      list.push(Number(row['부상자수']));
      groups.set(row['요일']!, list);
    }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, injured]) => ({
      keys: [day],
      values: [injured.length, injured.reduce((s, n) => s + n, 0), Math.min(...injured), Math.max(...injured)],
      rows: injured.length,
    }));
}

describe('asking a filter of several values one value at a time', () => {
  const districts = ['사상구', '북구', '해운대구'];

  it('splits one text field of 2–8 values, nothing else', () => {
    expect(splitField({ 발생지시군구: districts }, fields)).toBe('발생지시군구');
    expect(splitField({ 발생지시군구: ['사상구'] }, fields)).toBeNull();
    expect(splitField({ 발생지시군구: districts, 요일: ['월', '화'] }, fields)).toBeNull();
    expect(splitField({ 부상자수: ['1', '1.0'] }, fields)).toBeNull();
    expect(splitField({ 발생지시군구: Array.from({ length: 9 }, (_, i) => `${i}`) }, fields)).toBeNull();
    expect(perValue({ 발생지시군구: districts, 요일: ['월'] }, '발생지시군구')).toEqual(
      districts.map((d) => ({ 발생지시군구: [d], 요일: ['월'] })),
    );
  });

  it('merges counts, sums, minima and maxima into the tally over all the values', () => {
    const merged = mergeGroups(
      districts.map((d) => tally([d])),
      measures,
    );
    expect(merged).toEqual(tally(districts));
    expect(merged.reduce((s, g) => s + g.rows, 0)).toBe(
      rows.filter((r) => districts.includes(r['발생지시군구']!)).length,
    );
  });

  it('merges facet counts, largest first, and counts the distinct values of all parts', () => {
    const facet = (list: readonly string[]) => {
      const counts = new Map<string, number>();
      for (const row of rows)
        if (list.includes(row['발생지시군구']!)) counts.set(row['요일']!, (counts.get(row['요일']!) ?? 0) + 1);
      return [...counts].map(([value, count]) => ({ value, count }));
    };
    const merged = mergeFacets(
      districts.map((d) => facet([d])),
      3,
    );
    const whole = facet(districts).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    expect(merged.values).toEqual(whole.slice(0, 3));
    expect(merged.distinct).toBe(whole.length);
  });
});
