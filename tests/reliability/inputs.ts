import type { Reply } from '../support/harness.js';
import type { MountSpec, WidgetState } from '../support/page-helpers.js';
import { geojson, listing, meeting } from '../security/fields.js';

/**
 * Malformed inputs for every widget, generated deterministically (a seeded PRNG for the binary ones): CSV and TSV
 * (ragged rows, binary, wrong encodings, huge lines, HTML error pages, broken quoting), GeoJSON (invalid
 * geometries, wrong types, truncated text), catalogue API answers (`success: false`, wrong shapes, truncated,
 * HTML, empty, 5xx) through every widget that reads the API or a static JSON file, and nonsense attribute values
 * (numbers, unknown enums, broken JSON) on widgets that otherwise have good data.
 *
 * `expect` is what the widget must end in: `error` for data it cannot use, `error|empty` where an empty answer is
 * also honest, `any` for attribute nonsense (it may ignore the value and draw, or refuse it) — never a timeout,
 * never an uncaught error.
 */
export type Expect = 'error' | 'error|empty' | 'any';

export interface FuzzInput {
  name: string;
  files: Record<string, Reply>;
  spec: MountSpec;
  expect: Expect;
}

export function accepts(expect: Expect, state: WidgetState): boolean {
  if (expect === 'error') return state === 'error';
  if (expect === 'error|empty') return state === 'error' || state === 'empty';
  return state !== 'loading';
}

/** A seeded PRNG (mulberry32): the same inputs on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(n: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>';
/** "구,인구\n중구,38032" in EUC-KR, which is not valid UTF-8. */
const EUC_KR = Uint8Array.from([
  0xb1, 0xb8, 0x2c, 0xc0, 0xce, 0xb1, 0xb8, 0x0a, 0xc1, 0xdf, 0xb1, 0xb8, 0x2c, 0x33, 0x38, 0x30, 0x33, 0x32, 0x0a,
]);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** Bodies a CSV URL can answer with that are not a usable table. */
function badCsvBodies(): { name: string; reply: Reply }[] {
  const csv = (body: string | Uint8Array, status = 200, type = 'text/csv; charset=utf-8') => ({
    status,
    type,
    body,
  });
  const list: { name: string; reply: Reply }[] = [];
  for (const [line, extra] of [
    [2, 1],
    [2, -1],
    [3, 5],
    [50, 1],
    [999, 2],
    [2, -2],
  ] as const) {
    const rows = Array.from({ length: Math.max(line, 3) }, (_, i) => `구${i},${i},${i * 2}`);
    const cells = rows[line - 2]!.split(',');
    rows[line - 2] = (extra > 0 ? [...cells, ...Array(extra).fill('x')] : cells.slice(0, extra)).join(',');
    list.push({
      name: `ragged row ${line} (${extra > 0 ? '+' : ''}${extra})`,
      reply: csv(`구,인구,면적\n${rows.join('\n')}\n`),
    });
  }
  for (let i = 0; i < 14; i++) {
    list.push({ name: `binary ${i}`, reply: csv(randomBytes([1, 7, 64, 512, 4096, 65_536][i % 6]!, 1000 + i)) });
  }
  list.push({
    name: 'binary PNG header',
    reply: csv(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
  });
  list.push({
    name: 'gzip bytes as csv',
    reply: csv(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xcb, 0x48])),
  });
  list.push({ name: 'UTF-16LE with BOM', reply: csv(utf16('구,인구\n중구,38032\n', false)) });
  list.push({ name: 'UTF-16BE with BOM', reply: csv(utf16('구,인구\n중구,38032\n', true)) });
  list.push({ name: 'huge line (1.2M chars)', reply: csv(`구,인구\n${'가'.repeat(1_200_000)},1\n`) });
  list.push({ name: 'huge header (1.1M chars)', reply: csv(`${'a'.repeat(1_100_000)},b\n1,2\n`) });
  list.push({ name: 'HTML page as 200 text/html', reply: csv(HTML_PAGE, 200, 'text/html; charset=utf-8') });
  list.push({ name: 'HTML page as 200 text/csv', reply: csv(HTML_PAGE) });
  list.push({ name: 'HTML 404', reply: csv(HTML_PAGE, 404, 'text/html') });
  list.push({ name: 'HTML 500', reply: csv(HTML_PAGE, 500, 'text/html') });
  list.push({ name: 'HTML 502', reply: csv(HTML_PAGE, 502, 'text/html') });
  list.push({
    name: 'JSON error body',
    reply: csv('{"success":false,"error":{"message":"nope"}}', 500, 'application/json'),
  });
  list.push({ name: 'empty body', reply: csv('') });
  list.push({ name: 'only BOM', reply: csv('\uFEFF') });
  list.push({ name: 'only newlines', reply: csv('\n\n\r\n\n') });
  list.push({ name: 'only header', reply: csv('구,인구\n') });
  list.push({ name: 'only delimiters', reply: csv(',,,\n,,,\n,,,\n') });
  list.push({ name: 'unbalanced quote', reply: csv('구,인구\n"중구,1\n서구,2\n') });
  list.push({ name: 'quote in the middle', reply: csv('구,인구\n중"구",1\n"서구"x,2\n') });
  list.push({ name: 'NUL bytes', reply: csv('구,인구\n\u0000\u0000,\u0000\n') });
  list.push({
    name: '10,000 columns',
    reply: csv(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n1\n`),
  });
  list.push({ name: 'CR only, ragged', reply: csv('구,인구\r중구,1,3\r서구\r') });
  return list;
}

/**
 * Inputs the widgets accept although they are odd, so any settled state is right for them (still no uncaught
 * error): degenerate GeoJSON lines and rings, which data-map drops (keeping the feature, RFC 7946 asks for 2+
 * positions per line and rings of 4+), and an empty FeatureCollection (an empty map); CSV in UTF-16 with a BOM, which
 * chart-viewer reads like any other encoding. Everything else here must end in an error state, including positions
 * outside WGS84, binary and NUL-filled files and lines over 1,000,000 characters.
 */
const LENIENT = new Set([
  'LineString one position',
  'Polygon ring of 3',
  'Polygon empty ring',
  'empty FeatureCollection',
  'chart CSV: UTF-16BE with BOM',
  'chart CSV: UTF-16LE with BOM',
]);

/** GeoJSON that is not valid (as objects) and broken text. */
function badGeoJson(): { name: string; data: unknown }[] {
  const feature = (geometry: unknown, properties: unknown = { name: 'x' }) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry }],
  });
  const square = [
    [129, 35],
    [129.1, 35],
    [129.1, 35.1],
    [129, 35],
  ];
  return [
    { name: 'Point []', data: feature({ type: 'Point', coordinates: [] }) },
    { name: 'Point strings', data: feature({ type: 'Point', coordinates: ['a', 'b'] }) },
    { name: 'Point one number', data: feature({ type: 'Point', coordinates: [129] }) },
    { name: 'Point null', data: feature({ type: 'Point', coordinates: null }) },
    { name: 'Point string', data: feature({ type: 'Point', coordinates: '129,35' }) },
    { name: 'Point nested too deep', data: feature({ type: 'Point', coordinates: [[129, 35]] }) },
    // Tolerated by design (drawn as given, like most GeoJSON readers): see LENIENT.
    { name: 'Point latitude 200', data: feature({ type: 'Point', coordinates: [129, 200] }) },
    { name: 'Point Infinity', data: feature({ type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 35] }) },
    { name: 'LineString one position', data: feature({ type: 'LineString', coordinates: [[129, 35]] }) },
    { name: 'LineString flat', data: feature({ type: 'LineString', coordinates: [129, 35, 130, 36] }) },
    { name: 'Polygon ring of 3', data: feature({ type: 'Polygon', coordinates: [square.slice(0, 3)] }) },
    { name: 'Polygon not nested', data: feature({ type: 'Polygon', coordinates: square }) },
    { name: 'Polygon empty ring', data: feature({ type: 'Polygon', coordinates: [[]] }) },
    { name: 'Polygon ring of strings', data: feature({ type: 'Polygon', coordinates: [['a', 'b', 'c', 'd']] }) },
    { name: 'MultiPolygon one level short', data: feature({ type: 'MultiPolygon', coordinates: [square] }) },
    { name: 'MultiPoint of numbers', data: feature({ type: 'MultiPoint', coordinates: [1, 2, 3] }) },
    { name: 'unknown geometry type', data: feature({ type: 'Circle', coordinates: [129, 35], radius: 5 }) },
    { name: 'lowercase type', data: feature({ type: 'point', coordinates: [129, 35] }) },
    { name: 'geometry without type', data: feature({ coordinates: [129, 35] }) },
    { name: 'geometry is a string', data: feature('POINT(129 35)') },
    { name: 'geometry is a number', data: feature(7) },
    {
      name: 'GeometryCollection with a bad member',
      data: feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: 'x' }] }),
    },
    { name: 'GeometryCollection geometries not a list', data: feature({ type: 'GeometryCollection', geometries: 5 }) },
    { name: 'features is an object', data: { type: 'FeatureCollection', features: {} } },
    { name: 'features missing', data: { type: 'FeatureCollection' } },
    { name: 'features [null]', data: { type: 'FeatureCollection', features: [null] } },
    { name: 'features [1, "a"]', data: { type: 'FeatureCollection', features: [1, 'a'] } },
    {
      name: 'Feature with type wrong',
      data: { type: 'FeatureCollection', features: [{ type: 'Feat', geometry: null }] },
    },
    { name: 'unknown top-level type', data: { type: 'Topology', objects: {} } },
    { name: 'no type at all', data: { foo: 'bar' } },
    { name: 'array', data: [1, 2, 3] },
    { name: 'number', data: 42 },
    { name: 'true', data: true },
    { name: 'string', data: 'not geojson' },
    { name: 'empty object', data: {} },
    { name: 'empty FeatureCollection', data: { type: 'FeatureCollection', features: [] } },
  ];
}

/** Answers of a CKAN Action API (or a static JSON file) that no widget can use. */
function badApiBodies(): { name: string; reply: Reply }[] {
  const json = (body: unknown, status = 200) => ({
    status,
    type: 'application/json',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const valid = JSON.stringify({ success: true, result: { count: 2, results: [{ id: 'a', name: 'a', title: 'A' }] } });
  return [
    {
      name: 'success:false 409',
      reply: json({ success: false, error: { __type: 'Validation Error', message: 'bad' } }, 409),
    },
    { name: 'success:false 200', reply: json({ success: false, error: { __type: 'Not Found Error', message: 'no' } }) },
    { name: 'success:false no error', reply: json({ success: false }) },
    { name: 'success:false 403', reply: json({ success: false, error: { __type: 'Authorization Error' } }, 403) },
    { name: 'result null', reply: json({ success: true, result: null }) },
    { name: 'result string', reply: json({ success: true, result: 'ok' }) },
    { name: 'result number', reply: json({ success: true, result: 7 }) },
    { name: 'results a string', reply: json({ success: true, result: { count: 1, results: 'x' } }) },
    { name: 'results of numbers', reply: json({ success: true, result: { count: 'many', results: [1, 2] } }) },
    { name: 'results [null]', reply: json({ success: true, result: { count: 1, results: [null] } }) },
    { name: 'top-level null', reply: json('null') },
    { name: 'top-level number', reply: json('42') },
    { name: 'top-level string', reply: json('"hello"') },
    { name: 'truncated', reply: json(valid.slice(0, 37)) },
    { name: 'truncated at 1', reply: json(valid.slice(0, 1)) },
    { name: 'trailing garbage', reply: json(`${valid}}}`) },
    { name: 'JSON with BOM and comments', reply: json(`\uFEFF// c\n${valid}`) },
    { name: 'HTML 200', reply: { status: 200, type: 'text/html', body: HTML_PAGE } },
    { name: 'HTML 502', reply: { status: 502, type: 'text/html', body: HTML_PAGE } },
    { name: 'empty 200', reply: { status: 200, type: 'application/json', body: '' } },
    { name: 'empty 204', reply: { status: 204, type: 'application/json', body: '' } },
    { name: '500 JSON', reply: json({ success: false, error: { message: 'boom' } }, 500) },
    { name: 'binary', reply: { status: 200, type: 'application/json', body: randomBytes(300, 7) } },
    { name: 'deeply nested', reply: json(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) },
  ];
}

/** Where each widget reads an API (`base` is a registered /api/<key>) or a static JSON file. */
const API_READERS: { name: string; spec: (base: string) => MountSpec; expect: Expect }[] = [
  {
    name: 'dataset-search api',
    spec: (api) => ({ tag: 'bdw-dataset-search', attrs: { api, debounce: '0' } }),
    expect: 'error|empty',
  },
  { name: 'market-list api', spec: (api) => ({ tag: 'bdw-market-list', attrs: { api } }), expect: 'error|empty' },
  {
    name: 'market-card listing-id',
    spec: (api) => ({ tag: 'bdw-market-card', attrs: { api, 'listing-id': 'x' } }),
    expect: 'error|empty',
  },
  { name: 'council-agenda api', spec: (api) => ({ tag: 'bdw-council-agenda', attrs: { api } }), expect: 'error|empty' },
  {
    name: 'council-agenda meeting-id',
    spec: (api) => ({ tag: 'bdw-council-agenda', attrs: { api, 'meeting-id': 'x' } }),
    expect: 'error|empty',
  },
  {
    name: 'chart-viewer datastore',
    spec: (api) => ({ tag: 'bdw-chart-viewer', attrs: { api, resource: 'r' } }),
    expect: 'error|empty',
  },
  {
    name: 'data-map dataset',
    spec: (api) => ({ tag: 'bdw-data-map', attrs: { api, dataset: 'd' } }),
    expect: 'error|empty',
  },
  {
    name: 'data-map catalogue',
    spec: (api) => ({ tag: 'bdw-data-map', attrs: { api, mode: 'catalog' } }),
    expect: 'error|empty',
  },
  {
    name: 'data-table datastore',
    spec: (api) => ({ tag: 'bdw-data-table', attrs: { api, resource: 'r' } }),
    expect: 'error|empty',
  },
  {
    name: 'filter datastore',
    spec: (api) => ({ tag: 'bdw-filter', attrs: { api, resource: 'r', field: '구' } }),
    expect: 'error|empty',
  },
];
const FILE_READERS: { name: string; spec: (src: string) => MountSpec }[] = [
  { name: 'dataset-search src', spec: (src) => ({ tag: 'bdw-dataset-search', attrs: { src, debounce: '0' } }) },
  { name: 'market-list src', spec: (src) => ({ tag: 'bdw-market-list', attrs: { src } }) },
  { name: 'council-agenda src', spec: (src) => ({ tag: 'bdw-council-agenda', attrs: { src } }) },
  { name: 'chart-viewer json src', spec: (src) => ({ tag: 'bdw-chart-viewer', attrs: { src, format: 'json' } }) },
];

const ROWS = [
  { 구: '중구', 인구: 38032, 연도: '2021' },
  { 구: '서구', 인구: 94117, 연도: '2021' },
];
const GOOD_GEOJSON = geojson('부산');

/** Nonsense attribute values on widgets that otherwise have good data. */
function badAttributes(): { name: string; spec: MountSpec }[] {
  const NUMBERS = ['-1', '0', 'NaN', 'abc', '1e309', '-Infinity', '99999999999', '2.5', ''];
  const list: { name: string; spec: MountSpec }[] = [];
  const add = (tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}) =>
    list.push({ name: `${tag} ${JSON.stringify(attrs).slice(0, 60)}`, spec: { tag, attrs, props } });

  const chart = { rows: ROWS };
  for (const [name, values] of [
    ['type', ['bogus', 'BAR', '', 'pie; drop']],
    ['agg', ['median', '', 'SUM']],
    ['sort', ['sideways', '']],
    ['view', ['3d', '']],
    ['top', NUMBERS],
    ['x', ['없는열', '']],
    ['y', ['없는열', '구']],
    ['series', ['없는열']],
    ['filter', ['>>>', '인구>abc', '없는열=1', '=;=;', '인구>=']],
    ['types', ['인구:bogus', ':::', '없는열:number']],
    ['theme', ['neon']],
  ] as const) {
    for (const value of values) add('bdw-chart-viewer', { [name]: value }, chart);
  }
  for (const value of ['bogus', 'utf-16', '']) add('bdw-chart-viewer', { src: '/files/good.csv', encoding: value });
  for (const value of ['xml', '']) add('bdw-chart-viewer', { src: '/files/good.csv', format: value });
  for (const value of ['|', 'tab', '']) add('bdw-chart-viewer', { src: '/files/good.csv', delimiter: value });

  const map = { layers: [{ id: 'l', data: GOOD_GEOJSON, valueField: 'value' }] };
  for (const value of NUMBERS) add('bdw-data-map', { classes: value }, map);
  for (const value of ['-5', 'NaN', '1e9', 'abc']) add('bdw-data-map', { zoom: value }, map);
  for (const value of ['abc', '999,999', '35.1', ',', 'NaN,NaN']) add('bdw-data-map', { center: value }, map);
  for (const value of ['bogus', '']) add('bdw-data-map', { classification: value }, map);
  for (const value of ['plaid']) add('bdw-data-map', { palette: value }, map);
  for (const value of ['globe']) add('bdw-data-map', { mode: value }, map);
  for (const value of ['없는속성']) add('bdw-data-map', { 'value-field': value }, map);
  for (const value of ['{not json', '[1,2]', '42', 'null', '[{"data": 5}]', '[{"src": ""}]']) {
    add('bdw-data-map', { layers: value });
  }
  add('bdw-data-map', { 'tile-url': 'javascript:alert(1)//{z}' }, map);
  add('bdw-data-map', { 'tile-url': 'http://127.0.0.1:9/{z}/{x}/{y}.png' }, map);

  const search = { src: '/files/good-catalogue.json', debounce: '0' };
  for (const value of NUMBERS) add('bdw-dataset-search', { ...search, 'page-size': value });
  for (const value of ['random', '']) add('bdw-dataset-search', { ...search, sort: value });
  for (const value of ['-1', 'NaN']) add('bdw-dataset-search', { ...search, debounce: value });
  for (const value of [',,,', 'nonexistent', '']) add('bdw-dataset-search', { ...search, facets: value });
  add('bdw-dataset-search', { ...search, 'href-template': 'javascript:{name}' });

  const market = { src: '/files/good-listings.json' };
  for (const value of ['-1', 'NaN', '1e9', 'abc']) add('bdw-market-list', { ...market, page: value });
  for (const value of ['0', '-1', 'NaN']) add('bdw-market-list', { ...market, 'page-size': value });
  for (const value of ['cheapest']) add('bdw-market-list', { ...market, sort: value });
  for (const value of ['99', '-1']) add('bdw-market-list', { ...market, 'heading-level': value });
  for (const value of ['barter', ',,,']) add('bdw-market-list', { ...market, 'price-model': value });
  for (const value of ['{bad json', '[]', '42', 'null', '"text"', '{}']) add('bdw-market-card', { listing: value });
  for (const value of ['poster', '']) add('bdw-market-card', { variant: value }, { listing: listing('x') });
  for (const value of ['abc', '0', '9']) add('bdw-market-card', { 'heading-level': value }, { listing: listing('x') });

  const council = { meeting: meeting('정기회의') };
  for (const value of ['weekly', '']) add('bdw-council-agenda', { mode: value }, council);
  for (const value of ['future']) add('bdw-council-agenda', { period: value }, council);
  for (const value of ['garbage', '', '99999999999999999']) add('bdw-council-agenda', { now: value }, council);
  for (const value of ['-5', '0', 'NaN']) add('bdw-council-agenda', { 'refresh-interval': value }, council);
  for (const value of ['0', '99']) add('bdw-council-agenda', { 'heading-level': value }, council);
  add('bdw-council-agenda', { 'meeting-id': 'does-not-exist' }, { meetings: [meeting('a')] });
  return list;
}

/** Every input, with the files it needs; `/api/<n>/` keys are registered per input. */
export function fuzzInputs(): FuzzInput[] {
  const inputs: FuzzInput[] = [];
  let n = 0;
  for (const { name, reply } of badCsvBodies()) {
    const path = `/fuzz/${n++}.csv`;
    inputs.push({
      name: `chart CSV: ${name}`,
      files: { [path]: reply },
      spec: { tag: 'bdw-chart-viewer', attrs: { src: path } },
      expect: 'error|empty',
    });
    inputs.push({
      name: `chart CSV as utf-8: ${name}`,
      files: { [path]: reply },
      spec: { tag: 'bdw-chart-viewer', attrs: { src: path, encoding: 'utf-8', y: '인구' } },
      expect: 'error|empty',
    });
    inputs.push({
      name: `map CSV: ${name}`,
      files: { [path]: reply },
      spec: { tag: 'bdw-data-map', attrs: { src: path, format: 'csv' } },
      expect: 'error|empty',
    });
  }
  inputs.push({
    name: 'chart CSV: EUC-KR declared utf-8',
    files: { '/fuzz/euc-kr.csv': { type: 'text/csv', body: EUC_KR } },
    spec: { tag: 'bdw-chart-viewer', attrs: { src: '/fuzz/euc-kr.csv', encoding: 'utf-8' } },
    expect: 'error',
  });
  for (const { name, data } of badGeoJson()) {
    const path = `/fuzz/${n++}.geojson`;
    const text = JSON.stringify(data);
    inputs.push({
      name: `GeoJSON data: ${name}`,
      files: {},
      spec: { tag: 'bdw-data-map', props: { layers: [{ id: 'l', data }] } },
      expect: 'error|empty',
    });
    inputs.push({
      name: `GeoJSON src: ${name}`,
      files: { [path]: { type: 'application/geo+json', body: text } },
      spec: { tag: 'bdw-data-map', attrs: { src: path } },
      expect: 'error|empty',
    });
  }
  const good = JSON.stringify(GOOD_GEOJSON);
  for (const cut of [0, 1, 10, 37, 80, 150, 300, good.length - 1]) {
    const path = `/fuzz/${n++}.geojson`;
    inputs.push({
      name: `GeoJSON truncated at ${cut}`,
      files: { [path]: { type: 'application/geo+json', body: good.slice(0, cut) } },
      spec: { tag: 'bdw-data-map', attrs: { src: path } },
      expect: 'error|empty',
    });
    inputs.push({
      name: `GeoJSON text truncated at ${cut}`,
      files: {},
      spec: { tag: 'bdw-data-map', props: { layers: [{ id: 'l', data: good.slice(0, cut) }] } },
      expect: 'error|empty',
    });
  }
  for (const body of badApiBodies()) {
    for (const reader of API_READERS) {
      const key = `/api/k${n++}/`;
      inputs.push({
        name: `${reader.name}: ${body.name}`,
        files: { [key]: body.reply },
        spec: reader.spec(key.slice(0, -1)),
        expect: reader.expect,
      });
    }
    for (const reader of FILE_READERS) {
      const path = `/fuzz/${n++}.json`;
      inputs.push({
        name: `${reader.name}: ${body.name}`,
        files: { [path]: body.reply },
        spec: reader.spec(path),
        expect: 'error|empty',
      });
    }
  }
  for (const { name, spec } of badAttributes())
    inputs.push({ name: `attribute: ${name}`, files: {}, spec, expect: 'any' });
  for (const input of inputs) {
    if (LENIENT.has(input.name) || LENIENT.has(input.name.replace(/^GeoJSON (data|src): /, ''))) input.expect = 'any';
  }
  return inputs;
}

/** The good files the attribute fuzz reads. */
export const GOOD_FILES: Record<string, Reply> = {
  '/files/good.csv': { type: 'text/csv; charset=utf-8', body: '구,인구\n중구,38032\n서구,94117\n' },
  '/files/good-catalogue.json': {
    type: 'application/json',
    body: JSON.stringify({ datasets: [{ id: 'a', name: 'a', title: '공영주차장', notes: '부산' }] }),
  },
  '/files/good-listings.json': { type: 'application/json', body: JSON.stringify({ listings: [listing('교통')] }) },
};
