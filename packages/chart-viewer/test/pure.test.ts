import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChartData } from '../src/aggregate.js';
import { calendarRank, hasCalendarOrder } from '../src/calendar-order.js';
import { buildConfig, LIGHT_PALETTE } from '../src/config.js';
import { toCsv } from '../src/csv-export.js';
import { parseLabels as parseLabelsForTest } from '@bdw/core/data';
import { CsvStreamParser } from '@bdw/core/data';
import { DataError } from '@bdw/core/data';
import { parseFilters } from '../src/filter.js';
import { formatKoreanUnits, formatValue } from '../src/format.js';
import { lttb } from '../src/lttb.js';
import { pointKeyAction } from '../src/point-keys.js';
import { effectiveSettings, resolveSpec } from '../src/spec.js';
import { summarize, trend } from '../src/summary.js';
import { buildTableView, sortTableView } from '../src/table-view.js';
import { arrayTable, jsonToTable, rowsToTable, tableCells } from '@bdw/core/data';
import type { Table } from '../src/types.js';
import { inferType, parseDate, parseNumber, parsePeriod, parseTypeOverrides, typeColumns } from '@bdw/core/data';

const files = new URL('../../../apps/catalog-api/data/files/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, files));

/** Parses a whole file through the streaming parser in 4 KB chunks, as the worker does. */
function parse(text: string, delimiter?: string): Table {
  const parser = new CsvStreamParser(delimiter);
  const rows = [];
  for (let i = 0; i < text.length; i += 4096) rows.push(...parser.push(text.slice(i, i + 4096)));
  rows.push(...parser.end());
  return arrayTable(parser.columns!, rows);
}

const population = parse(read('busan_population_by_age_sex_census_1925_2021.csv').toString('utf8'));
const accidents = parse(read('busan_fatal_traffic_accidents_2020.csv').toString('utf8'));
const vote = parse(read('busan_vote_sgg_20220309.tsv').toString('utf8'));
const crime = parse(read('police_crime_by_region_2015_utf8.csv').toString('utf8'));

describe('column typing', () => {
  it('reads numbers with separators, percentages, dates and periods', () => {
    expect(parseNumber('1,234,567')).toBe(1234567);
    expect(parseNumber('-12.5')).toBe(-12.5);
    expect(parseNumber('12.5%')).toBe(12.5);
    expect(parseNumber('1,23')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseDate('2020-01-01 05')).toBe(Date.UTC(2020, 0, 1, 5));
    expect(parseDate('2021.03.04')).toBe(Date.UTC(2021, 2, 4));
    expect(parseDate('2021-13-01')).toBeNull();
    expect(parsePeriod('2021년')).toBe(202100);
    expect(parsePeriod('2021-03')).toBe(202103);
    expect(parsePeriod('2021년 3월')).toBe(202103);
  });

  it('types the real files', () => {
    const types = (t: Table) => Object.fromEntries(typeColumns(t).map((c) => [c.name, c.type]));
    expect(types(population)).toEqual({
      행정구역별: 'category',
      연령별: 'category',
      연도: 'period',
      분류: 'category',
      인구수: 'number',
    });
    const acc = types(accidents);
    expect(acc['발생년월일시']).toBe('date');
    expect(acc['발생년']).toBe('period');
    expect(acc['사망자수']).toBe('number');
    expect(acc['발생지시군구']).toBe('category');
    expect(types(vote)['C01']).toBe('number');
    expect(types(crime)['부산']).toBe('number');
    expect(inferType(['12%', '3.5%', '7'])).toBe('percent');
    expect(inferType(['2021년', '2022년'])).toBe('period');
    expect(inferType(['2021-01', '2021-02'])).toBe('period');
  });

  it('takes overrides from an attribute and from CKAN field types', () => {
    expect(parseTypeOverrides('연도:number, sgg:category, bad:thing')).toEqual({ 연도: 'number', sgg: 'category' });
    const columns = typeColumns(vote, { sgg: 'category' }, { POPU_ALL: 'number' });
    expect(columns.find((c) => c.name === 'sgg')).toEqual({ name: 'sgg', type: 'category', overridden: true });
  });
});

describe('aggregation on the real census', () => {
  const columns = typeColumns(population);
  // The expected numbers, computed here directly from the CSV rows.
  const expected = new Map<string, number>();
  for (const [, , year, sex, count] of population.rows as string[][]) {
    if (Number(year) < 1966 || sex !== '남자' || !count) continue;
    expected.set(year!, (expected.get(year!) ?? 0) + Number(count));
  }

  it('sums population by year and sex from 1966, in year order', () => {
    const data = buildChartData(population, columns, {
      type: 'line',
      x: '연도',
      ys: ['인구수'],
      series: '분류',
      agg: 'sum',
      filters: parseFilters('연도>=1966').filters,
    });
    if (data.kind !== 'category') throw new Error('category data expected');
    expect(data.labels).toEqual([...expected.keys()]);
    expect(data.labels[0]).toBe('1966');
    expect(data.labels.at(-1)).toBe('2021');
    expect(data.series.map((s) => s.name)).toEqual(['남자', '여자']);
    expect(data.series[0]!.values).toEqual([...expected.values()]);
    expect(data.ordered).toBe(true);
  });

  it('computes mean, min, max and count', () => {
    const spec = { type: 'bar' as const, x: '분류', ys: ['인구수'], filters: parseFilters('연도=2021').filters };
    const rows2021 = (population.rows as string[][]).filter((r) => r[2] === '2021' && r[3] === '여자' && r[4]);
    const values = rows2021.map((r) => Number(r[4]));
    const get = (agg: 'mean' | 'min' | 'max' | 'count') => {
      const data = buildChartData(population, columns, { ...spec, agg });
      if (data.kind !== 'category') throw new Error();
      return data.series[0]!.values[data.labels.indexOf('여자')];
    };
    expect(get('mean')).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
    expect(get('min')).toBe(Math.min(...values));
    expect(get('max')).toBe(Math.max(...values));
    expect(get('count')).toBe(values.length);
  });

  it('counts fatal accidents by district, top 5 with others, largest first', () => {
    const acc = typeColumns(accidents);
    const counts = new Map<string, number>();
    const district = accidents.columns.indexOf('발생지시군구');
    for (const row of accidents.rows as string[][])
      counts.set(String(row[district]), (counts.get(String(row[district])) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const data = buildChartData(accidents, acc, {
      type: 'bar',
      x: '발생지시군구',
      ys: [],
      agg: 'count',
      top: 5,
      sort: 'value-desc',
    });
    if (data.kind !== 'category') throw new Error();
    expect(data.labels.slice(0, 5)).toEqual(ranked.slice(0, 5).map(([name]) => name));
    expect(data.labels[5]).toBe('기타');
    expect(data.series[0]!.values.slice(0, 5)).toEqual(ranked.slice(0, 5).map(([, n]) => n));
    expect(data.series[0]!.values[5]).toBe(ranked.slice(5).reduce((n, [, c]) => n + c, 0));
    expect(data.series[0]!.values.reduce((a, b) => a! + b!, 0)).toBe(100);
  });

  it('orders weekdays as the calendar does (월 → 일), whatever order the rows came in', () => {
    const weekday = accidents.columns.indexOf('요일');
    const counts = new Map<string, number>();
    for (const row of accidents.rows as string[][]) counts.set(row[weekday]!, (counts.get(row[weekday]!) ?? 0) + 1);
    const data = buildChartData(accidents, typeColumns(accidents), { type: 'bar', x: '요일', ys: [], agg: 'count' });
    if (data.kind !== 'category') throw new Error();
    const week = ['월', '화', '수', '목', '금', '토', '일'].filter((d) => counts.has(d));
    expect(data.labels).toEqual(week);
    expect(data.series[0]!.values).toEqual(week.map((d) => counts.get(d)));
    expect(calendarRank('Monday')).toBe(0);
    expect(calendarRank('일요일')).toBe(6);
    expect(calendarRank('월급')).toBeNull();
    expect(hasCalendarOrder(['3월', '1월', '12월'])).toBe(true);
  });

  it('keeps one value per row of a wide table and filters by contains', () => {
    const data = buildChartData(crime, typeColumns(crime), {
      type: 'bar',
      x: '범죄중분류',
      ys: ['부산'],
      agg: 'sum',
      filters: parseFilters('범죄대분류=강력범죄').filters,
    });
    if (data.kind !== 'category') throw new Error();
    expect(data.labels).toContain('살인기수');
    expect(data.series[0]!.values[data.labels.indexOf('살인기수')]).toBe(20);
  });

  it('draws points for a scatter over numbers, sorted by x', () => {
    const data = buildChartData(vote, typeColumns(vote), {
      type: 'scatter',
      x: 'POPU_ALL',
      ys: ['VOTE_VAL'],
      agg: 'none',
    });
    if (data.kind !== 'points') throw new Error();
    expect(data.series[0]!.points).toHaveLength(16);
    const xs = data.series[0]!.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});

describe('filters', () => {
  it('parses clauses and reports what it cannot read', () => {
    expect(parseFilters('연도>=1966; 분류=남자|여자; 이름~구; nonsense')).toEqual({
      filters: [
        { column: '연도', op: '>=', value: '1966' },
        { column: '분류', op: '=', value: '남자|여자' },
        { column: '이름', op: '~', value: '구' },
      ],
      invalid: ['nonsense'],
    });
  });
});

describe('summary', () => {
  it('describes range, extremes and trend', () => {
    expect(trend([1, 2, 3, 4])).toBe('up');
    expect(trend([4, 3, 2, 1])).toBe('down');
    expect(trend([100, 101, 100, 100])).toBe('flat');
    const data = buildChartData(population, typeColumns(population), {
      type: 'line',
      x: '연도',
      ys: ['인구수'],
      agg: 'sum',
      filters: parseFilters('연도>=1966; 분류=남자').filters,
    });
    const text = summarize(data, { lang: 'ko', type: 'line', style: { unit: '명' } });
    expect(text).toContain('꺾은선 차트, 연도별 인구수');
    expect(text).toContain('1966부터 2021까지');
    expect(text).toMatch(/최댓값 [\d,]+명\(\d{4}\)/);
    expect(text).toMatch(/증가 추세|감소 추세|큰 변화가 없습니다/);
    expect(summarize(data, { lang: 'en', type: 'line' })).toContain('Line chart of 인구수 by 연도');
  });
});

describe('formatting', () => {
  it('writes Korean 만/억 units and units', () => {
    expect(formatKoreanUnits(12_345)).toBe('1.2만');
    expect(formatKoreanUnits(345_000_000)).toBe('3.5억');
    expect(formatKoreanUnits(9_999)).toBe('9,999');
    expect(formatValue(3_400_000, 'ko', { compact: true, unit: '명' })).toBe('340만명');
    expect(formatValue(1234, 'ko', { unit: '건' })).toBe('1,234건');
    expect(formatValue(1234, 'en', { unit: 'people' })).toBe('1,234 people');
    expect(formatValue(3_400_000, 'en', { compact: true })).toBe('3.4M');
    expect(formatValue(12.5, 'ko', { percent: true })).toBe('12.5%');
    expect(formatValue(null, 'ko')).toBe('–');
  });
});

describe('CSV export', () => {
  it('writes the charted data with quoting and a formula guard', async () => {
    const csv = await toCsv({
      kind: 'category',
      xLabel: '구',
      yLabel: '건수',
      ordered: false,
      missing: 0,
      labels: ['중구', '서구', 'a,b', 'say "hi"', '=HYPERLINK("x")'],
      series: [{ name: '건수', values: [3, null, 712897, -12, 1.5] }],
    });
    // Exact numbers, quoting, and a formula guard on text.
    expect(csv).toBe('구,건수\r\n중구,3\r\n서구,\r\n"a,b",712897\r\n"say ""hi""",-12\r\n"\'=HYPERLINK(""x"")",1.5\r\n');
    expect(
      await toCsv(
        { kind: 'points', xLabel: 'x', yLabel: 'y', series: [{ name: 's', points: [{ x: 1, y: 2 }] }] },
        { bom: true },
      ),
    ).toBe('\uFEFFx,y\r\n1,2\r\n');
  });
});

describe('JSON and rows', () => {
  it('reads arrays, CKAN datastore responses and arrays of arrays', () => {
    const objects = [{ a: 1, b: 'x' }, { a: 2 }];
    const table = rowsToTable(objects);
    expect(table.columns).toEqual(['a', 'b']);
    // Object rows are read in place, not copied.
    expect(table.rows).toBe(objects);
    expect(tableCells(table)).toEqual([
      [1, 'x'],
      [2, null],
    ]);
    const datastore = jsonToTable({ result: { fields: [{ id: '_id' }, { id: 'k' }], records: [{ _id: 1, k: 'v' }] } });
    expect(datastore.columns).toEqual(['k']);
    expect(tableCells(datastore)).toEqual([['v']]);
    expect(tableCells(rowsToTable([{ d: new Date(Date.UTC(2021, 0, 2)), o: { n: 1 } }, null as never]))).toEqual([
      ['2021-01-02T00:00:00.000Z', '{"n":1}'],
      [null, null],
    ]);
    expect(jsonToTable([['a'], [1]])).toEqual({ columns: ['a'], keys: [0], rows: [[1]] });
    expect(() => jsonToTable([['a'], { a: 1 }])).toThrow(DataError);
    expect(() => jsonToTable({ nope: true })).toThrow(DataError);
  });
});

describe('decimation and chart.js configuration', () => {
  it('LTTB keeps ends and the peak', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: i === 5000 ? 1e6 : Math.sin(i / 100) }));
    const out = lttb(points, 500);
    expect(out).toHaveLength(500);
    expect(out[0]).toBe(points[0]);
    expect(out.at(-1)).toBe(points.at(-1));
    expect(out).toContain(points[5000]);
  });

  const theme = { palette: LIGHT_PALETTE, others: '#6e7781', text: '#000', grid: '#ccc', surface: '#fff' };
  it('stacks, turns bars horizontal, and decimates points lines with LTTB', () => {
    const data = buildChartData(population, typeColumns(population), {
      type: 'bar',
      x: '연도',
      ys: ['인구수'],
      series: '분류',
      agg: 'sum',
    });
    const bar = buildConfig(data, { type: 'bar', stacked: true, horizontal: true, theme, lang: 'ko' }) as unknown as {
      options: { indexAxis: string; scales: { x: { stacked: boolean }; y: { stacked: boolean } } };
    };
    expect(bar.options.indexAxis).toBe('y');
    expect(bar.options.scales.x.stacked).toBe(true);
    const points = {
      kind: 'points' as const,
      xLabel: 'x',
      yLabel: 'y',
      series: [{ name: 'y', points: Array.from({ length: 2000 }, (_, i) => ({ x: i, y: i })) }],
    };
    const line = buildConfig(points, { type: 'line', theme, lang: 'ko' }) as unknown as {
      type: string;
      options: { parsing: boolean; plugins: { decimation: { enabled: boolean; algorithm: string } } };
    };
    expect(line.type).toBe('line');
    expect(line.options.parsing).toBe(false);
    expect(line.options.plugins.decimation).toEqual({ enabled: true, algorithm: 'lttb' });
  });
});

describe('settings, table view and keyboard', () => {
  const columns = typeColumns(population);

  it('resolves effective settings to a spec and names a missing column', () => {
    const effective = effectiveSettings(population, columns, { type: 'nope' as never, sort: 'nope' as never }).settings;
    expect(resolveSpec(effective, columns)).toMatchObject({ type: 'line', sort: 'auto', x: '연도', ys: ['인구수'] });
    expect(resolveSpec({ ...effective, series: '없음' }, columns)).toEqual(new DataError('column', { column: '없음' }));
  });

  it('sorts the table view by numbers, by Korean text and puts blanks last either way', () => {
    const view = buildTableView(
      {
        kind: 'category',
        xLabel: '구',
        yLabel: '건수',
        labels: ['해운대구', '강서구', '중구'],
        series: [{ name: '건수', values: [12, null, 3] }],
        ordered: false,
        missing: 0,
      },
      '계열',
    );
    expect(sortTableView(view, { column: 1, descending: false }, 'ko').rows.map((r) => r[0])).toEqual([
      '중구',
      '해운대구',
      '강서구',
    ]);
    expect(sortTableView(view, { column: 1, descending: true }, 'ko').rows.map((r) => r[0])).toEqual([
      '해운대구',
      '중구',
      '강서구',
    ]);
    expect(sortTableView(view, { column: 0, descending: false }, 'ko').rows.map((r) => r[0])).toEqual([
      '강서구',
      '중구',
      '해운대구',
    ]);
  });

  it('maps keys to points: arrows, pages, ends, select and clear', () => {
    const at = { datasetIndex: 1, index: 10 };
    const options = { pie: false, length: 100 };
    expect(pointKeyAction('ArrowRight', null, options)).toEqual({ focus: { datasetIndex: 0, index: 0 } });
    expect(pointKeyAction('ArrowLeft', at, options)).toEqual({ focus: { datasetIndex: 1, index: 9 } });
    expect(pointKeyAction('ArrowUp', at, options)).toEqual({ focus: { datasetIndex: 0, index: 10 } });
    expect(pointKeyAction('ArrowUp', at, { ...options, pie: true })).toEqual({ focus: { datasetIndex: 0, index: 11 } });
    expect(pointKeyAction('PageDown', at, options)).toEqual({ focus: { datasetIndex: 1, index: 15 } });
    expect(pointKeyAction('PageUp', at, options)).toEqual({ focus: { datasetIndex: 1, index: 5 } });
    expect(pointKeyAction('End', at, options)).toEqual({ focus: { datasetIndex: 1, index: 99 } });
    expect(pointKeyAction('Enter', at, options)).toBe('select');
    expect(pointKeyAction('Enter', null, options)).toBeNull();
    expect(pointKeyAction('Escape', at, options)).toBe('clear');
    expect(pointKeyAction('Escape', null, options)).toBeNull();
    expect(pointKeyAction('a', at, options)).toBeNull();
  });
});

describe('columns named like Object members', () => {
  it('reads constructor, toString and __proto__ columns as data', async () => {
    const { effectiveSettings } = await import('../src/spec.js');
    const rows = JSON.parse(
      '[{"constructor":"가","toString":"1","__proto__":"x","값":"3"},{"constructor":"나","toString":"2","__proto__":"y","값":"4"}]',
    ) as Record<string, unknown>[];
    const table = rowsToTable(rows);
    expect(table.columns).toEqual(['constructor', 'toString', '__proto__', '값']);
    const columns = typeColumns(table, parseTypeOverrides(''), {});
    expect(columns.map((c) => c.type)).toEqual(['category', 'number', 'category', 'number']);
    const { settings } = effectiveSettings(table, columns, {});
    expect(settings.x).toBe('constructor');
    const data = buildChartData(
      table,
      columns,
      { type: 'bar', x: 'constructor', ys: ['toString'], agg: 'sum' },
      {
        others: '기타',
        blank: '(빈 값)',
        count: '건수',
        columns: parseLabelsForTest(''),
      },
    );
    if (data.kind !== 'category') throw new Error();
    expect(data.labels).toEqual(['가', '나']);
    expect(data.series[0]!.name).toBe('toString');
    expect(data.series[0]!.values).toEqual([1, 2]);
  });
});

describe('a row without a column named like an Object member', () => {
  it('reads as an empty cell there, not as Object.prototype.constructor', () => {
    const rows = JSON.parse('[{"constructor":"가","값":1},{"값":2}]') as Record<string, unknown>[];
    expect(tableCells(rowsToTable(rows, ['constructor', 'toString', '값']))).toEqual([
      ['가', null, 1],
      [null, null, 2],
    ]);
  });
});
