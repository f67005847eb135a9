import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUSAN_DISTRICT_CROSSWALK } from '../src/busan-districts.js';
import { catalogNodes, splitSmall, tileShade, treemapHeight, treemapLayout } from '../src/catalog-map.js';
import {
  breaksFor,
  ckmeans,
  classOf,
  equalIntervalBreaks,
  naturalBreaks,
  quantileBreaks,
  shadeStep,
} from '../src/classify.js';
import { batchItems, clusterTotal, declutter, markerSize } from '../src/cluster.js';
import { drawPoints } from '../src/point-canvas.js';
import { PointStore, pointCoordinates, worldPixel } from '../src/point-store.js';
import { baseDistricts, visibleLabels } from '../src/basemap.js';
import { moveFocus, nearestSpot, readingOrder } from '../src/roving.js';
import { formatCompact as clusterCount } from '@bdw/core';
import { csvToGeoJSON, parseTable } from '../src/csv.js';
import { DataError } from '../src/errors.js';
import { dataErrorMessage } from '../src/messages.js';
import { bbox, geometryKind, parseGeoJSON, propertiesTable } from '../src/geojson.js';
import { buildCrosswalk, joinKey, joinTable, toNumber } from '../src/join.js';
import { detectLatLon, normalizeHeader } from '../src/latlon.js';
import { LEAFLET_VERSION, leafletCss } from '../src/leaflet-css.js';
import { detectFormat, normalizeSpecs, pickResource, prepareLayer } from '../src/layers.js';
import { legendRanges, rangeLabel } from '../src/legend.js';
import { featureName, nameKey, propertyRows, valueText } from '../src/text.js';

const files = new URL('../../../apps/catalog-api/data/files/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, files), 'utf8');

const districts = parseGeoJSON(read('busan_districts_kostat2018_simple.geojson'));
const admdong = parseGeoJSON(read('busan_sgg_admdongkor_20220309_vote_simple.geojson'));
const vote = parseTable(read('busan_vote_sgg_20220309.tsv'));
const crosswalkRows = parseTable(read('busan_sgg_code_crosswalk_kostat_vs_mois.csv')).rows;

function expectDataError(fn: () => unknown, kind: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe(kind);
    return;
  }
  throw new Error('no error thrown');
}

describe('latitude/longitude detection', () => {
  it('finds 위도/경도 and English names', () => {
    expect(detectLatLon(['이름', '위도', '경도'])).toEqual({ lat: '위도', lon: '경도' });
    expect(detectLatLon(['name', 'Latitude', 'Longitude'])).toEqual({ lat: 'Latitude', lon: 'Longitude' });
    expect(detectLatLon(['id', 'lat', 'lng'])).toEqual({ lat: 'lat', lon: 'lng' });
    expect(detectLatLon(['LAT', 'LON'])).toEqual({ lat: 'LAT', lon: 'LON' });
    expect(detectLatLon(['\uFEFF위도(WGS84)', ' 경도 (WGS84) '])).toEqual({
      lat: '\uFEFF위도(WGS84)',
      lon: ' 경도 (WGS84) ',
    });
    expect(detectLatLon(['x', 'y'])).toEqual({ lat: 'y', lon: 'x' });
    expect(detectLatLon(['사고위도', '사고경도'])).toEqual({ lat: '사고위도', lon: '사고경도' });
    expect(detectLatLon(['주소', '전화번호'])).toBeNull();
    expect(normalizeHeader(' Latitude_deg ')).toBe('latitude');
  });

  it('reads the real CSVs: accidents (…,경도,위도) and inspection stations (위도,경도,…)', () => {
    const accidents = csvToGeoJSON(read('busan_fatal_traffic_accidents_2020.csv'));
    expect(accidents.columns).toEqual({ lat: '위도', lon: '경도' });
    expect(accidents.collection.features).toHaveLength(100);
    expect(accidents.skipped).toBe(0);
    const [lng, lat] = accidents.collection.features[0]!.geometry.coordinates;
    expect(lng).toBeCloseTo(129.2551098);
    expect(lat).toBeCloseTo(35.35205256);
    const stations = csvToGeoJSON(read('busan_car_inspection_stations_20210927.csv'));
    expect(stations.columns).toEqual({ lat: '위도', lon: '경도' });
    expect(stations.collection.features).toHaveLength(3);
    expect(stations.collection.features[0]!.properties['자동차검사소명']).toBe('사하자동차검사소');
  });

  it('explains what is wrong with a CSV', () => {
    expectDataError(() => csvToGeoJSON(read('busan_119_safety_centers_addresses.csv')), 'latlon');
    expectDataError(() => parseTable(''), 'csv');
    expectDataError(() => parseTable('{"type":"FeatureCollection"}'), 'csv');
    expectDataError(() => parseTable('a,b\n'), 'csv');
    expectDataError(() => csvToGeoJSON('위도,경도\nabc,def\n'), 'latlon');
  });

  it('skips rows with missing or out-of-range coordinates', () => {
    const result = csvToGeoJSON('name,lat,lon\nA,35.1,129.0\nB,,\nC,95,129\nD,35.2,129.1\n');
    expect(result.collection.features.map((f) => f.properties['name'])).toEqual(['A', 'D']);
    expect(result.skipped).toBe(2);
  });
});

describe('GeoJSON', () => {
  it('validates the real district boundaries', () => {
    expect(districts.features).toHaveLength(16);
    expect(geometryKind(districts)).toBe('polygon');
    const box = bbox(districts)!;
    expect(box[0]).toBeGreaterThan(128.7);
    expect(box[2]).toBeLessThan(129.4);
    expect(geometryKind(parseGeoJSON(read('busan_fatal_traffic_accidents_2020.geojson')))).toBe('point');
  });

  it('wraps a Feature or a Geometry and rejects malformed input with a reason', () => {
    expect(parseGeoJSON({ type: 'Point', coordinates: [129, 35] }).features).toHaveLength(1);
    expect(parseGeoJSON({ type: 'Feature', geometry: null, properties: null }).features).toHaveLength(1);
    expectDataError(() => parseGeoJSON('{"type": "FeatureCollection", "features": [}'), 'geojson');
    expectDataError(() => parseGeoJSON({ type: 'FeatureCollection' }), 'geojson');
    expectDataError(
      () =>
        parseGeoJSON({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: ['a', 1] } }],
        }),
      'geojson',
    );
    expectDataError(() => parseGeoJSON({ type: 'Polygon', coordinates: [1, 2] }), 'geojson');
    expectDataError(() => parseGeoJSON('[1,2,3]'), 'geojson');
  });

  it('rejects coordinates outside longitude/latitude (projected TM metres, lat 200)', () => {
    // The accidents file's own TM coordinates (its first row), mistaken for longitude/latitude.
    expect(() => parseGeoJSON({ type: 'Point', coordinates: [1159476, 1707684] })).toThrow(
      /\[1159476, 1707684\] is not a longitude\/latitude.*Korean TM/,
    );
    expect(() =>
      parseGeoJSON({
        type: 'MultiPoint',
        coordinates: [
          [129, 35],
          [129, 200],
        ],
      }),
    ).toThrow(/\[129, 200\] is not a longitude\/latitude/);
  });

  it('drops parts that cannot be drawn (islets collapsed by simplification), keeping the feature', () => {
    // 영도구 in the real simplified districts file has a two-position "ring" next to its real polygon.
    const yeongdo = districts.features.find((f) => f.properties?.['name'] === '영도구')!;
    expect(yeongdo.geometry.type).toBe('MultiPolygon');
    const rings = (yeongdo.geometry as { coordinates: number[][][][] }).coordinates.flat();
    expect(rings.length).toBeGreaterThan(0);
    expect(rings.every((ring) => ring.length >= 4)).toBe(true);
    const triangle = [
      [129, 35],
      [129.1, 35],
      [129, 35],
    ];
    expect(parseGeoJSON({ type: 'Polygon', coordinates: [triangle] }).features[0]!.geometry).toBeNull();
    const line = parseGeoJSON({
      type: 'MultiLineString',
      coordinates: [
        [[129, 35]],
        [
          [129, 35],
          [129.1, 35.1],
        ],
      ],
    });
    expect(line.features[0]!.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [129, 35],
          [129.1, 35.1],
        ],
      ],
    });
  });
});

describe('classification', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it('quantile: equal counts per class', () => {
    expect(quantileBreaks(values, 2)).toEqual([1, 5.5, 10]);
    expect(legendRanges(quantileBreaks(values, 5), values).map((r) => r.count)).toEqual([2, 2, 2, 2, 2]);
  });
  it('equal interval: equal widths', () => {
    expect(equalIntervalBreaks(values, 3)).toEqual([1, 4, 7, 10]);
    expect(equalIntervalBreaks([0, 100], 4)).toEqual([0, 25, 50, 75, 100]);
  });
  it('natural breaks find the gaps', () => {
    const clustered = [1, 2, 3, 50, 51, 52, 100, 101, 102];
    expect(ckmeans(clustered, 3)).toEqual([
      [1, 2, 3],
      [50, 51, 52],
      [100, 101, 102],
    ]);
    expect(naturalBreaks(clustered, 3)).toEqual([1, 50, 100, 102]);
  });
  it('puts every value in a class, the maximum in the last', () => {
    const breaks = [1, 5, 10];
    expect(classOf(1, breaks)).toBe(0);
    expect(classOf(4.99, breaks)).toBe(0);
    expect(classOf(5, breaks)).toBe(1);
    expect(classOf(10, breaks)).toBe(1);
    expect(classOf(11, breaks)).toBe(-1);
    expect(classOf(null, breaks)).toBe(-1);
    expect(quantileBreaks([3, 3, 3], 4)).toEqual([3]);
    expect(classOf(3, [3])).toBe(0);
  });
  it('classifies the real 2022 electors of the 16 districts into 5 classes of 3–4', () => {
    const electors = vote.rows.map((r) => toNumber(r['POPU_ALL']));
    for (const method of ['quantile', 'equal-interval', 'natural-breaks'] as const) {
      const breaks = breaksFor(method, electors, 5);
      const ranges = legendRanges(breaks, electors);
      expect(ranges.reduce((s, r) => s + r.count, 0)).toBe(16);
      expect(breaks[0]).toBe(Math.min(...(electors as number[])));
      expect(breaks.at(-1)).toBe(Math.max(...(electors as number[])));
    }
    expect(legendRanges(breaksFor('quantile', electors, 4), electors).map((r) => r.count)).toEqual([4, 4, 4, 4]);
  });
  it('spreads shades across the palette', () => {
    expect([0, 1, 2, 3, 4].map((i) => shadeStep(i, 5))).toEqual([1, 3, 5, 6, 8]);
    expect(shadeStep(0, 1)).toBe(8);
  });
  it('labels legend ranges', () => {
    const [first] = legendRanges([0, 1000, 2000], [5, 1500]);
    expect(rangeLabel(first!, (n) => n.toLocaleString('en-US'))).toBe('0 – 1,000');
  });
});

describe('join, including both Busan district code systems', () => {
  it('the built-in crosswalk equals the shipped CSV', () => {
    expect(BUSAN_DISTRICT_CROSSWALK).toEqual(crosswalkRows);
  });

  it('joins KOSTAT polygons (21xxx) to the MOIS table (26xxx) through the crosswalk file', () => {
    const result = joinTable(districts.features, vote.rows, {
      featureKey: 'code',
      rowKey: 'sgg',
      valueField: 'POPU_ALL',
      crosswalk: crosswalkRows,
    });
    expect(result.via).toBe('crosswalk');
    expect(result.matched).toBe(16);
    expect(result.crosswalk).toMatchObject({ from: 'kostat_sgis_code', to: 'mois_adm_code' });
    const haeundae = districts.features.findIndex((f) => f.properties!['name'] === '해운대구');
    const row = vote.rows.find((r) => r['SGGNM'] === '해운대구')!;
    expect(result.values[haeundae]).toBe(Number(row['POPU_ALL']));
  });

  it('joins the other way (MOIS polygons to a KOSTAT-keyed table) with the built-in crosswalk', () => {
    const kostatTable = crosswalkRows.map((r) => ({ code: r['kostat_sgis_code'], n: r['name']!.length }));
    const result = joinTable(admdong.features, kostatTable, { featureKey: 'sgg', rowKey: 'code', valueField: 'n' });
    expect(result.via).toBe('crosswalk');
    expect(result.matched).toBe(16);
  });

  it('joins directly when codes agree, and never mixes up Ulsan (KOSTAT 26xxx) with Busan', () => {
    const direct = joinTable(admdong.features, vote.rows, { featureKey: 'sgg', rowKey: 'sgg', valueField: 'VOTER' });
    expect(direct.via).toBe('direct');
    expect(direct.matched).toBe(16);
    const ulsan = [{ code: '26010', v: '1' }];
    const none = joinTable(admdong.features, ulsan, { featureKey: 'sgg', rowKey: 'code', valueField: 'v' });
    expect(none.matched).toBe(0);
    expect(none.unmatchedFeatures).toHaveLength(16);
  });

  it('builds a crosswalk from column overlap, and normalises keys and numbers', () => {
    const cw = buildCrosswalk(crosswalkRows, ['26110'], ['21010']);
    expect(cw).toMatchObject({ from: 'mois_adm_code', to: 'kostat_sgis_code' });
    expect(joinKey(26110)).toBe('26110');
    expect(joinKey('26110.0')).toBe('26110');
    expect(toNumber('38,032')).toBe(38032);
    expect(toNumber('')).toBeNull();
    expect(toNumber('n/a')).toBeNull();
  });

  it('prepares a choropleth layer from GeoJSON properties rows (admdongkor) joined to KOSTAT polygons', () => {
    const layer = prepareLayer(
      { id: 'd', valueField: 'POPU_ALL', join: { src: 'x', featureKey: 'code', rowKey: 'sgg' } },
      districts,
      { table: propertiesTable(admdong) },
    );
    expect(layer.kind).toBe('choropleth');
    expect(layer.choropleth!.join).toMatchObject({ matched: 16, via: 'crosswalk' });
    expect(layer.choropleth!.ranges.reduce((s, r) => s + r.count, 0)).toBe(16);
    expect(layer.nameKey).toBe('name');
  });
});

describe('clusters', () => {
  const accidents = csvToGeoJSON(read('busan_fatal_traffic_accidents_2020.csv')).collection.features;
  const store = () => new PointStore({ features: accidents }, { nameKey: '발생지시군구' });
  const world: [number, number, number, number] = [-180, -85, 180, 85];
  it('cluster counts add up to the points at every zoom', () => {
    const index = store();
    expect(index.size).toBe(100);
    for (const zoom of [0, 5, 9, 11, 13, 16, 18]) {
      expect(clusterTotal(batchItems(index.clusters(world, zoom)))).toBe(100);
    }
    const clusters = batchItems(index.clusters(world, 10)).filter((c) => c.clusterId !== null);
    expect(clusters.length).toBeGreaterThan(0);
    expect(index.expansionZoom(clusters[0]!.clusterId!)).toBeGreaterThan(10);
    const singles = batchItems(index.clusters(world, 18)).filter((c) => c.featureIndex !== null);
    expect(new Set(singles.map((s) => s.featureIndex)).size).toBe(singles.length);
    // A single point carries its feature's name, read from the file's own row.
    for (const single of singles)
      expect(single.name).toBe(accidents[single.featureIndex!]!.properties!['발생지시군구']);
  });

  it('indexes positions only (inline data) and skips features that are not points', () => {
    const coordinates = pointCoordinates(accidents);
    coordinates[0] = Number.NaN;
    const index = new PointStore({ coordinates });
    expect(index.size).toBe(99);
    expect(clusterTotal(batchItems(index.clusters(world, 3)))).toBe(99);
    expect(index.feature(1)).toBeNull();
    expect(batchItems(index.clusters(world, 18)).every((item) => item.name === '')).toBe(true);
  });

  it('finds the point under a click within the dot radius, and draws the points of a view only', () => {
    const index = store();
    const [lng, lat] = accidents[7]!.geometry.coordinates as [number, number];
    expect(index.nearest(lng + 1e-6, lat, 17, 9)).toBe(7);
    // 30 px east at zoom 17 is far from that point (unless another accident is there).
    const [x] = worldPixel(lng, lat, 17);
    const farLng = ((x + 30) / (256 * 2 ** 17)) * 360 - 180;
    const near = index.nearest(farLng, lat, 17, 9);
    expect(near === null || near !== 7).toBe(true);
    // Canvas: one arc per point inside the box, none outside.
    const arcs: [number, number][] = [];
    const context = {
      setTransform() {},
      clearRect() {},
      beginPath() {},
      moveTo() {},
      arc: (px: number, py: number) => void arcs.push([px, py]),
      fill() {},
      stroke() {},
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
    };
    const box: [number, number, number, number] = [129.0, 35.1, 129.1, 35.2];
    const inside = accidents.filter((f) => {
      const [a, b] = f.geometry.coordinates as [number, number];
      return a >= box[0] && a <= box[2] && b >= box[1] && b <= box[3];
    }).length;
    const origin = worldPixel(box[0], box[3], 12);
    const drawn = drawPoints(context as unknown as CanvasRenderingContext2D, index, {
      bbox: box,
      zoom: 12,
      origin,
      width: 400,
      height: 400,
      ratio: 1,
      fill: '#000',
      stroke: '#fff',
    });
    expect(inside).toBeGreaterThan(0);
    expect(drawn).toBe(inside);
    expect(arcs).toHaveLength(inside);
    for (const [px, py] of arcs) {
      expect(px).toBeGreaterThanOrEqual(0);
      expect(py).toBeGreaterThanOrEqual(0);
    }
  });

  it('merges markers that would overlap on screen until none do, keeping every point', () => {
    const index = store();
    // Web Mercator at 256 px tiles, as Leaflet projects.
    for (const zoom of [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      const scale = 256 * 2 ** zoom;
      const project = (lat: number, lng: number) => {
        const s = Math.sin((lat * Math.PI) / 180);
        return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale };
      };
      const markers = declutter(batchItems(index.clusters(world, zoom)), project);
      expect(markers.reduce((s, m) => s + m.count, 0)).toBe(100);
      for (let a = 0; a < markers.length; a++)
        for (let b = a + 1; b < markers.length; b++) {
          const [p, q] = [project(markers[a]!.lat, markers[a]!.lng), project(markers[b]!.lat, markers[b]!.lng)];
          const reach = (markerSize(markers[a]!.count) + markerSize(markers[b]!.count)) / 2;
          expect(Math.hypot(p.x - q.x, p.y - q.y), `zoom ${zoom}`).toBeGreaterThanOrEqual(reach);
        }
    }
  });

  it('labels cluster counts with Korean units in Korean and K/M in English', () => {
    expect(clusterCount(87, 'ko')).toBe('87');
    expect(clusterCount(1900, 'ko')).toBe('1.9천');
    expect(clusterCount(120_000, 'ko')).toBe('12만');
    expect(clusterCount(1900, 'en')).toBe('1.9K');
    expect(clusterCount(1_200_000, 'en')).toBe('1.2M');
  });
});

describe('hostile tables and error messages', () => {
  it('keeps __proto__ and constructor columns as data, and names repeated headers apart', () => {
    const table = parseTable('__proto__,constructor,값,값\n원산지,생성자,1,2\n');
    expect(table.headers).toEqual(['__proto__', 'constructor', '값', '값_1']);
    const row = table.rows[0]!;
    expect(Object.getPrototypeOf(row)).toBeNull();
    expect(row['__proto__']).toBe('원산지');
    expect(row['constructor']).toBe('생성자');
    expect(row['값_1']).toBe('2');
  });

  it('says every data error in the UI language, with language-neutral detail only', () => {
    const cases: [() => unknown, string][] = [
      [() => parseGeoJSON('{'), 'GeoJSON 파일이 JSON 형식이 아닙니다.'],
      [() => parseGeoJSON({ type: 'FeatureCollection' }), 'FeatureCollection에 features 목록이 없습니다.'],
      [
        () =>
          parseGeoJSON({
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a'] } }],
          }),
        'GeoJSON의 features[0].geometry 항목의 좌표가 올바르지 않습니다.',
      ],
      [() => parseTable(''), 'CSV 파일이 비어 있습니다.'],
      [() => parseTable('a,b\n'), 'CSV 파일에 머리글만 있고 자료 행이 없습니다.'],
      [() => csvToGeoJSON('이름,주소\n가,나\n'), 'CSV에서 위도·경도 열을 찾을 수 없습니다 (열: 이름, 주소).'],
      [() => normalizeSpecs('[1]'), '1번째 레이어 설정이 객체가 아닙니다.'],
    ];
    for (const [run, ko] of cases) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      expect(dataErrorMessage('ko', error as DataError)).toBe(ko);
      // In English, only the detail from the data (column names) may be Korean.
      const en = dataErrorMessage('en', error as DataError).replace((error as DataError).detail ?? '', '');
      expect(en).not.toMatch(/[가-힣]/);
      expect(en.length).toBeGreaterThan(10);
    }
  });
});

describe('text and specs', () => {
  it('shows properties as plain strings', () => {
    expect(nameKey(['code', 'name', 'name_eng'])).toBe('name');
    expect(nameKey(['자동차검사소명', '위도'])).toBe('자동차검사소명');
    expect(nameKey(['a', 'b'], 'b')).toBe('b');
    expect(featureName({ name: '<img src=x onerror=alert(1)>' }, 'name', 'x')).toBe('<img src=x onerror=alert(1)>');
    expect(featureName({}, 'name', '지점 1')).toBe('지점 1');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(propertyRows({ a: 1, b: null })).toEqual([
      ['a', '1'],
      ['b', ''],
    ]);
  });
  it('reads layer specs and formats', () => {
    expect(normalizeSpecs('[{"src":"a.csv"}]')).toEqual([{ src: 'a.csv', id: 'layer-1' }]);
    expect(() => normalizeSpecs('[{"title":"x"}]')).toThrow(DataError);
    expect(() => normalizeSpecs('{')).toThrow(DataError);
    expect(detectFormat('/files/a.geojson', '', '')).toBe('geojson');
    expect(detectFormat('/files/a.tsv', '', '')).toBe('csv');
    expect(detectFormat('/x', 'application/json', '')).toBe('geojson');
    expect(detectFormat('/x', '', ' {"type":1}')).toBe('geojson');
  });
  it('picks a dataset resource: GeoJSON first, then CSV', () => {
    const resource = (format: string, name = format) =>
      ({ id: name, name, format, url: `/files/${name}` }) as Parameters<typeof pickResource>[0]['resources'][number];
    const dataset = { name: 'd', resources: [resource('CSV'), resource('GEOJSON')] } as Parameters<
      typeof pickResource
    >[0];
    expect(pickResource(dataset).format).toBe('GEOJSON');
    expect(pickResource(dataset, 'CSV').format).toBe('CSV');
    expect(() => pickResource({ ...dataset, resources: [resource('API')] })).toThrow(DataError);
  });
  it('catalogue nodes: biggest first, weighted', () => {
    const nodes = catalogNodes({
      field: 'groups',
      title: '',
      items: [
        { name: 'a', displayName: 'A', count: 10 },
        { name: 'b', displayName: 'B', count: 100 },
        { name: 'z', displayName: 'Z', count: 0 },
      ],
    });
    expect(nodes.map((n) => [n.name, n.weight])).toEqual([
      ['b', 1],
      ['a', 0.1],
    ]);
    expect(tileShade(1)).toBe(2);
    expect(tileShade(0.1)).toBe(0);
  });
  it('catalogue treemap: areas proportional to counts, filling the box without gaps, at 1280 and 320 px', () => {
    // The real catalogue's categories (package_search facet counts).
    const counts = [8212, 7445, 5777, 4994, 4633, 4360, 3834, 3763, 3722, 3449, 3352, 2918, 1803, 1779, 908, 417];
    const nodes = catalogNodes({
      field: 'groups',
      title: '',
      items: counts.map((count, i) => ({ name: `g${i}`, displayName: `G${i}`, count })),
    });
    const total = counts.reduce((a, b) => a + b, 0);
    for (const width of [1280, 320]) {
      const height = treemapHeight(width);
      const tiles = treemapLayout(nodes, width, height);
      let area = 0;
      for (const tile of tiles) {
        const share = tile.node.count / total;
        expect((tile.width * tile.height) / 1e4 / share).toBeCloseTo(1, 6);
        area += tile.width * tile.height;
        expect(tile.left + tile.width).toBeLessThanOrEqual(100 + 1e-9);
        expect(tile.top + tile.height).toBeLessThanOrEqual(100 + 1e-9);
      }
      expect(area).toBeCloseTo(1e4, 6);
      // 농축수산 (3,763) is smaller than 공공행정 (8,212).
      const [first, eighth] = [tiles[0]!, tiles[7]!];
      expect(eighth.width * eighth.height).toBeLessThan(first.width * first.height);
    }
    expect(treemapHeight(320)).toBeGreaterThan(320);
    // At 320 px the four smallest (과학기술 … 법률) are too small for a 64 × 64 tile each; at 1280 every node has one.
    expect(splitSmall(nodes, 320, treemapHeight(320)).small.map((n) => n.count)).toEqual([1803, 1779, 908, 417]);
    expect(splitSmall(nodes, 1280, treemapHeight(1280)).small).toEqual([]);
  });
  it('the generated Leaflet CSS is current', () => {
    const css = readFileSync(new URL('../node_modules/leaflet/dist/leaflet.css', import.meta.url), 'utf8');
    expect(leafletCss).toBe(css);
    expect(LEAFLET_VERSION).toBe('1.9.4');
  });
});

describe('offline basemap', () => {
  // Also the check that src/basemap-data.ts is current (gen:basemap): it must decode to the source file, to a metre.
  it('is the repository’s district boundaries, to a metre, with names that never collide', () => {
    const source = JSON.parse(read('busan_districts_kostat2018_simple.geojson')) as {
      features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    const base = baseDistricts();
    expect(base.features.map((f) => f.properties.name)).toEqual(source.features.map((f) => f.properties.name));
    base.features.forEach((f, i) => {
      const g = source.features[i]!.geometry;
      const want = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      const got = f.geometry.coordinates;
      expect(got.length).toBe(want.length);
      const flat = (c: number[][][][]) => c.flat(3);
      const [a, b] = [flat(got), flat(want)];
      expect(a.length).toBe(b.length);
      expect(Math.max(...a.map((v, j) => Math.abs(v - b[j]!)))).toBeLessThanOrEqual(0.5e-5 + 1e-12);
      // The label point lies in the district's box.
      const [lng, lat] = f.properties.label;
      const xs = a.filter((_, j) => j % 2 === 0);
      const ys = a.filter((_, j) => j % 2 === 1);
      expect(lng).toBeGreaterThan(Math.min(...xs));
      expect(lng).toBeLessThan(Math.max(...xs));
      expect(lat).toBeGreaterThan(Math.min(...ys));
      expect(lat).toBeLessThan(Math.max(...ys));
    });
    const box = (x: number, y: number) => ({ x, y, width: 40, height: 14 });
    expect(visibleLabels([box(0, 0), box(20, 5), box(100, 0), box(50, 40)])).toEqual([0, 2, 3]);
  });
});

describe('roving focus order', () => {
  it('walks features in reading order (rows top to bottom, left to right) and stops at the ends', () => {
    const spots = [
      { key: 'c', x: 10, y: 100 },
      { key: 'b', x: 200, y: 12 },
      { key: 'a', x: 20, y: 5 },
      { key: 'd', x: 150, y: 110 },
    ];
    const order = readingOrder(spots);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(moveFocus(order, 'a', 'ArrowRight')).toBe('b');
    expect(moveFocus(order, 'a', 'ArrowDown')).toBe('b');
    expect(moveFocus(order, 'a', 'ArrowLeft')).toBe('a');
    expect(moveFocus(order, 'd', 'ArrowRight')).toBe('d');
    expect(moveFocus(order, 'c', 'Home')).toBe('a');
    expect(moveFocus(order, 'a', 'End')).toBe('d');
    expect(moveFocus(order, 'a', 'Enter')).toBe(null);
    expect(nearestSpot(spots, 140, 100)!.key).toBe('d');
  });
});
