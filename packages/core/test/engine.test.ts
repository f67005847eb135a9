import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LocalTable } from '../src/data/engine/local-query.js';
import { orderSql, whereSql } from '../src/data/engine/sql.js';
import {
  normalizeFilters,
  readFiltersFromParams,
  sameFilters,
  toggleValue,
  writeFiltersToParams,
} from '../src/data/filters.js';
import { arrayTable } from '../src/data/table.js';

/**
 * The browser side of the data engine over the real 2020 fatal accident table, and the view's filter state. Expected
 * values are computed here with plain loops over papaparse's rows, not through the engine.
 */
const CSV = readFileSync(
  new URL('../../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url),
  'utf8',
);
const parsed = Papa.parse<string[]>(CSV.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
const [header, ...rows] = parsed.data as [string[], ...string[][]];
const col = (name: string) => header.indexOf(name);
const table = new LocalTable(arrayTable(header, rows));
const count = (keep: (row: string[]) => boolean) => rows.filter(keep).length;

describe('LocalTable over the real accident table', () => {
  it('types the columns from their values', () => {
    const type = (id: string) => table.fields.find((f) => f.id === id)?.type;
    expect(type('발생지시군구')).toBe('category');
    expect(type('사망자수')).toBe('number');
    expect(type('발생년')).toBe('period');
  });

  it('counts a facet under the other fields’ filters, leaving out its own (OR within, AND across)', () => {
    const filters = { 발생지시군구: ['사상구', '북구'], 요일: ['토'] };
    const facet = table.facet({ field: '발생지시군구', filters });
    expect(facet.values.find((v) => v.value === '사상구')?.count).toBe(
      count((r) => r[col('발생지시군구')] === '사상구' && r[col('요일')] === '토'),
    );
    const weekday = table.facet({ field: '요일', filters });
    const inDistricts = (r: string[]) => ['사상구', '북구'].includes(r[col('발생지시군구')]!);
    for (const { value, count: n } of weekday.values)
      expect(n).toBe(count((r) => inDistricts(r) && r[col('요일')] === value));
    expect(table.facet({ field: '발생지시군구' }).values.find((v) => v.value === '사상구')?.count).toBe(11);
  });

  it('groups rows (count and sum) under the filters', () => {
    const groups = table.group({
      by: ['발생지시군구'],
      measures: [
        { field: null, agg: 'count' },
        { field: '부상자수', agg: 'sum' },
      ],
      filters: { 주야: ['야'] },
    });
    for (const group of groups) {
      const keep = (r: string[]) => r[col('주야')] === '야' && r[col('발생지시군구')] === group.keys[0];
      expect(group.values[0]).toBe(count(keep));
      expect(group.values[1]).toBe(rows.filter(keep).reduce((s, r) => s + Number(r[col('부상자수')]), 0));
    }
    expect(groups.reduce((s, g) => s + g.rows, 0)).toBe(count((r) => r[col('주야')] === '야'));
  });

  it('pages, sorts (empty cells last) and searches the rows', () => {
    const all = table.rows({ limit: 10, offset: 95 });
    expect(all.total).toBe(rows.length);
    expect(all.rows).toHaveLength(rows.length - 95);
    const sorted = table.rows({ sort: [{ field: '부상자수', desc: true }], limit: 3 });
    const max = Math.max(...rows.map((r) => Number(r[col('부상자수')])));
    expect(Number(sorted.rows[0]![col('부상자수')])).toBe(max);
    const found = table.rows({ q: '해운대', limit: 100 });
    expect(found.total).toBe(count((r) => r.some((c) => c.includes('해운대'))));
  });

  it('keeps a range of numbers, and no row for a filter on an unknown field', () => {
    const range = table.range('부상자수');
    expect(range.max).toBe(Math.max(...rows.map((r) => Number(r[col('부상자수')]))));
    expect(table.rows({ filters: { 부상자수: { min: 1 } }, limit: 0 }).total).toBe(
      count((r) => Number(r[col('부상자수')]) >= 1),
    );
    expect(table.rows({ filters: { 없는열: ['x'] }, limit: 0 }).total).toBe(0);
  });
});

describe('filter state', () => {
  it('is normalised from anything a page gives, never throwing', () => {
    expect(
      normalizeFilters({ a: 'x', b: [1, 1, null, 'y'], c: [], d: { min: '3', max: 'x' }, e: { min: null } }),
    ).toEqual({ a: ['x'], b: ['1', 'y'], d: { min: 3, max: null } });
    expect(normalizeFilters('nonsense')).toEqual({});
    expect(normalizeFilters(null)).toEqual({});
  });

  it('toggles a value on and off', () => {
    const on = toggleValue({}, '발생지시군구', '사상구');
    expect(on).toEqual({ 발생지시군구: ['사상구'] });
    expect(toggleValue(on, '발생지시군구', '사상구')).toEqual({});
    expect(sameFilters({ a: ['x', 'y'], b: { min: 1 } }, { b: { min: 1, max: null }, a: ['y', 'x'] })).toBe(true);
  });

  it('round-trips through the URL under its namespace, leaving other parameters alone', () => {
    const filters = normalizeFilters({ 발생지시군구: ['사상구', 'a&b=c'], 연도: { min: 2019, max: 2021 } });
    const params = writeFiltersToParams(new URLSearchParams('page=2&other.x=1'), 'acc.', filters);
    expect(params.get('page')).toBe('2');
    expect(params.get('other.x')).toBe('1');
    expect(readFiltersFromParams(new URLSearchParams(params.toString()), 'acc.')).toEqual(filters);
    expect(readFiltersFromParams(params, 'other.')).toEqual({ x: ['1'] });
  });
});

describe('SQL from the filter state', () => {
  const fields = [
    { id: '발생지시군구', type: 'category' as const, storage: 'text' },
    { id: '사망자수', type: 'number' as const, storage: 'int' },
    { id: 'we"ird', type: 'category' as const, storage: 'text' },
  ];

  it('quotes every name and value (no text reaches the SQL unquoted)', () => {
    const sql = whereSql({ 'we"ird': ["'); DROP TABLE x; --"], 사망자수: ['1', '2'] }, fields);
    expect(sql).toBe(` WHERE "we""ird" IN ('''); DROP TABLE x; --') AND "사망자수" IN (1, 2)`);
    expect(whereSql({ 없는열: ['x'] }, fields)).toBe(' WHERE 0 = 1');
    expect(whereSql({ 사망자수: { min: 1, max: 3 } }, fields)).toBe(' WHERE "사망자수" >= 1 AND "사망자수" <= 3');
    expect(orderSql([{ field: '사망자수', desc: true }, { field: 'nope' }], fields)).toBe(
      ' ORDER BY "사망자수" IS NULL, "사망자수" DESC, "_id"',
    );
  });
});
