import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DataError } from '../src/errors.js';
import { parseGeoJSON } from '../src/geojson.js';
import { countsByFeature, joinViewKeys, parseViewJoin, selectedFeatures, viewChoropleth } from '../src/view-join.js';
import { rowsToPoints, viewLatLon } from '../src/view-points.js';

const files = new URL('../../../apps/catalog-api/data/files/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, files), 'utf8');

const admdong = parseGeoJSON(read('busan_sgg_admdongkor_20220309_vote_simple.geojson'));
const kostat = parseGeoJSON(read('busan_districts_kostat2018_simple.geojson'));
const accidents = Papa.parse<Record<string, string>>(read('busan_fatal_traffic_accidents_2020.csv'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** The test's own counts per district (what the view's engine should answer). */
const FIELD = '발생지시군구';
const byDistrict = new Map<string, number>();
for (const row of accidents) byDistrict.set(row[FIELD]!, (byDistrict.get(row[FIELD]!) ?? 0) + 1);
const groups = [...byDistrict].map(([key, rows]) => ({ keys: [key], rows }));
const domain = [...byDistrict.keys()];

describe('join attribute', () => {
  it('reads property:field, and refuses anything else with a spec error', () => {
    expect(parseViewJoin('SGGNM:발생지시군구')).toEqual({ featureKey: 'SGGNM', field: FIELD });
    expect(parseViewJoin(' code : 발생지시군구 ')).toEqual({ featureKey: 'code', field: FIELD });
    expect(parseViewJoin('')).toBeNull();
    expect(parseViewJoin(undefined)).toBeNull();
    for (const bad of ['SGGNM', ':발생지시군구', 'SGGNM:']) {
      expect(() => parseViewJoin(bad)).toThrow(DataError);
    }
  });
});

describe('polygons joined to the view', () => {
  it('joins district names directly; a district without accidents counts 0 and can still be chosen', () => {
    const keys = joinViewKeys(admdong.features, domain, { featureKey: 'SGGNM', field: FIELD });
    expect(keys.via).toBe('direct');
    const names = admdong.features.map((f) => f.properties!['SGGNM']);
    expect(keys.values).toEqual(names);
    const counts = countsByFeature(keys.values, groups);
    expect(counts[names.indexOf('사상구')]).toBe(11);
    expect(counts[names.indexOf('북구')]).toBe(11);
    // 중구 had no fatal accident in 2020: 0, not "no value".
    expect(byDistrict.has('중구')).toBe(false);
    expect(counts[names.indexOf('중구')]).toBe(0);
    expect(counts.reduce((a, b) => a! + b!, 0)).toBe(accidents.length);
  });

  it('joins KOSTAT codes (21150) to names through the built-in crosswalk', () => {
    const keys = joinViewKeys(kostat.features, domain, { featureKey: 'code', field: FIELD });
    expect(keys.via).toBe('crosswalk');
    const at = kostat.features.findIndex((f) => f.properties!['code'] === '21150');
    expect(keys.values[at]).toBe('사상구');
    expect(keys.values.every((v) => v !== null)).toBe(true);
    expect(countsByFeature(keys.values, groups)[at]).toBe(11);
  });

  it('joins nothing when the field does not hold districts (the legend says 0 joined)', () => {
    const keys = joinViewKeys(admdong.features, ['차대차', '차대사람'], {
      featureKey: 'SGGNM',
      field: '사고유형_대분류',
    });
    expect(keys.matched).toBe(0);
    expect(keys.values.every((v) => v === null)).toBe(true);
    const c = viewChoropleth(
      { featureKey: 'SGGNM', field: '사고유형_대분류' },
      keys,
      countsByFeature(keys.values, []),
      {
        valueLabel: '건수',
        classification: 'quantile',
        classes: 5,
        features: keys.values.length,
      },
    );
    expect(c.join!.matched).toBe(0);
  });

  it('selects the features whose value the view keeps', () => {
    const keys = joinViewKeys(admdong.features, domain, { featureKey: 'SGGNM', field: FIELD });
    const names = admdong.features.map((f) => f.properties!['SGGNM']);
    expect([...selectedFeatures(keys.values, ['사상구', '북구'])].sort()).toEqual(
      [names.indexOf('사상구'), names.indexOf('북구')].sort(),
    );
    expect(selectedFeatures(keys.values, []).size).toBe(0);
  });
});

describe('points from the view', () => {
  const fields = Object.keys(accidents[0]!).map((id) => ({ id }));
  it('finds 위도/경도 among the fields, or says which fields there are', () => {
    expect(
      viewLatLon(
        fields.map((f) => f.id),
        {},
      ),
    ).toEqual({ lat: '위도', lon: '경도' });
    expect(() => viewLatLon(['a', 'b'])).toThrow(DataError);
  });

  it('places each row with valid coordinates and keeps its cells as text', () => {
    const rows: unknown[][] = accidents.map((r) =>
      fields.map((f) => (f.id === '위도' || f.id === '경도' ? Number(r[f.id]) : r[f.id])),
    );
    rows.push(fields.map(() => null));
    const points = rowsToPoints({ fields, rows, total: 500 }, { lat: '위도', lon: '경도' });
    expect(points.collection.features).toHaveLength(accidents.length);
    expect(points.skipped).toBe(1);
    expect(points.total).toBe(500);
    const first = points.collection.features[0]!;
    expect(first.geometry).toEqual({
      type: 'Point',
      coordinates: [Number(accidents[0]!['경도']), Number(accidents[0]!['위도'])],
    });
    expect(first.properties![FIELD]).toBe(accidents[0]![FIELD]);
  });
});
