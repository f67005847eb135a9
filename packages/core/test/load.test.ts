import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CkanClient, DATASTORE_MAX_ROWS } from '../src/ckan/CkanClient.js';
import { DataError } from '../src/data/errors.js';
import { CsvStreamParser, detectDelimiter, looksLikeHtml, MAX_RECORD_CHARS } from '../src/data/load/csv-stream.js';
import { decode, decodeFile, detectEncoding, looksBinary, normalizeEncoding } from '../src/data/load/encoding.js';
import { featuresToTable, parseJsonTable } from '../src/data/load/json.js';
import { loadDatastore } from '../src/data/load/load.js';
import { arrayTable, tableCells } from '../src/data/table.js';
import type { Table } from '../src/data/types.js';

/**
 * Reading files, as the chart, the map and the data engine do (moved here with the loader from chart-viewer): the
 * encodings of Korean public data, the streaming CSV parser, JSON/GeoJSON tables and datastore paging, on the real
 * files of apps/catalog-api and chart-viewer's fixtures.
 */
const files = new URL('../../../apps/catalog-api/data/files/', import.meta.url);
const fixtures = new URL('../../chart-viewer/test/fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, files));

/** Parses a whole file through the streaming parser in 4 KB chunks, as the worker does. */
function parse(text: string, delimiter?: string): Table {
  const parser = new CsvStreamParser(delimiter);
  const rows = [];
  for (let i = 0; i < text.length; i += 4096) rows.push(...parser.push(text.slice(i, i + 4096)));
  rows.push(...parser.end());
  return arrayTable(parser.columns!, rows);
}

const vote = parse(read('busan_vote_sgg_20220309.tsv').toString('utf8'));

describe('encodings', () => {
  const cp949 = readFileSync(new URL('busan_fatal_traffic_accidents_2020_cp949.csv', fixtures));
  it('detects UTF-8 and CP949 and decodes both to the same text', () => {
    const utf8 = read('busan_fatal_traffic_accidents_2020.csv');
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(cp949)).toBe('euc-kr');
    expect(decode(cp949).text).toBe(utf8.toString('utf8'));
    expect(normalizeEncoding('CP949')).toBe('euc-kr');
    expect(normalizeEncoding('')).toBe('auto');
  });
  it('reads UTF-16 after its byte-order mark (Excel "Unicode text") and tells binary files from text', () => {
    const tsv = read('busan_vote_sgg_20220309.tsv');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv.toString('utf8'), 'utf16le')]);
    expect(detectEncoding(utf16)).toBe('utf-16le');
    expect(decode(utf16).text).toBe(tsv.toString('utf8'));
    expect(normalizeEncoding('UTF-16')).toBe('utf-16le');
    expect(looksBinary(tsv)).toBe(false);
    expect(looksBinary(cp949)).toBe(false);
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))).toBe(true); // .xlsx (ZIP)
    expect(looksBinary(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('구,인구\n\0\0,\0\n'))).toBe(true);
    // A stray NUL inside a cell of real text (an XSS filter-evasion string) is text.
    expect(looksBinary(new TextEncoder().encode('구,내용\n중구,<scri\0pt>alert(1)</scri\0pt>\n'))).toBe(false);
  });
  it('fails clearly when CP949 is declared UTF-8', () => {
    expect(() => decode(cp949, 'utf-8')).toThrow(TypeError);
  });
});

describe('CSV streaming parser', () => {
  it('cuts chunks only between records, even inside quoted line breaks', () => {
    const text = 'a,b\n1,"x\ny"\n2,"q,""r"""\n';
    const parser = new CsvStreamParser();
    const rows = [...text].flatMap((c) => parser.push(c));
    rows.push(...parser.end());
    expect(rows).toEqual([
      ['1', 'x\ny'],
      ['2', 'q,"r"'],
    ]);
  });
  it('detects tabs and parses the real TSV', () => {
    expect(detectDelimiter('sgg\tSIDONM\tSGGNM')).toBe('\t');
    // Delimiters inside quoted header names do not count.
    expect(detectDelimiter('"구분;지역","인구;명",면적')).toBe(',');
    expect(parse('"구분;지역","인구;명",x\n해운대구,1,2\n').columns).toEqual(['구분;지역', '인구;명', 'x']);
    expect(vote.rows).toHaveLength(16);
    expect(vote.columns[0]).toBe('sgg');
  });
  it('rejects ragged rows, empty files, HTML pages and endless lines', () => {
    const ragged = readFileSync(new URL('busan_vote_ragged.tsv', fixtures), 'utf8');
    expect(() => parse(ragged)).toThrow(DataError);
    try {
      parse(ragged);
    } catch (error) {
      expect((error as DataError).code).toBe('ragged');
      expect((error as DataError).params).toMatchObject({ row: 6, expected: 20, got: 19 });
    }
    expect(() => parse('')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => parse('<!DOCTYPE html><html><body>502</body></html>')).toThrow(
      expect.objectContaining({ code: 'html' }),
    );
    expect(looksLikeHtml('a,b\n<b>,c')).toBe(false);
    expect(() => parse('a,'.repeat(MAX_RECORD_CHARS))).toThrow(expect.objectContaining({ code: 'line-too-long' }));
    // …also when the whole endless line and the rows after it arrive in one chunk.
    const oneChunk = `a,b\n${'x'.repeat(MAX_RECORD_CHARS + 1)},1\n1,2\n`;
    expect(() => new CsvStreamParser().push(oneChunk)).toThrow(expect.objectContaining({ code: 'line-too-long' }));
  });
});

describe('datastore reading ends, and says when it shows part of the rows', () => {
  /** A CKAN client over a fetch that answers `datastore_search` like a server with `rows` rows. */
  const serving = (rows: number, total: number | null) =>
    new CkanClient({
      baseUrl: 'http://ckan.invalid',
      fetch: async (input) => {
        const url = new URL(String(input));
        const limit = Math.min(Number(url.searchParams.get('limit')), 1000);
        const offset = Number(url.searchParams.get('offset'));
        const records = Array.from({ length: Math.max(0, Math.min(limit, rows - offset)) }, (_, i) => ({
          구: `구${offset + i}`,
          값: offset + i,
        }));
        const fields = [
          { id: '구', type: 'text' },
          { id: '값', type: 'int' },
        ];
        return new Response(JSON.stringify({ success: true, result: { fields, records, total, limit, offset } }));
      },
    });

  it('marks the row cap when the total is missing and every page is full', async () => {
    const loaded = await loadDatastore(serving(1e9, null), 'r', { maxRows: 2500 });
    expect(loaded.table.rows).toHaveLength(2500);
    expect(loaded.truncated).toEqual({ reason: 'cap', rows: 2500, total: null });
    expect(DATASTORE_MAX_ROWS).toBe(100_000);
  });

  it('marks a server that stops before its total, and nothing when it reaches it', async () => {
    expect((await loadDatastore(serving(1500, 9000), 'r')).truncated).toEqual({
      reason: 'short',
      rows: 1500,
      total: 9000,
    });
    expect((await loadDatastore(serving(1500, 1500), 'r')).truncated).toBeUndefined();
  });
});

describe('whole files and JSON', () => {
  const cp949 = readFileSync(new URL('busan_fatal_traffic_accidents_2020_cp949.csv', fixtures));
  it('decodeFile reads CP949 as the UTF-8 file and refuses a spreadsheet or a wrongly declared encoding', () => {
    const utf8 = read('busan_fatal_traffic_accidents_2020.csv');
    expect(decodeFile(cp949)).toEqual({ text: utf8.toString('utf8'), encoding: 'euc-kr' });
    expect(() => decodeFile(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))).toThrow(
      expect.objectContaining({ code: 'binary' }),
    );
    expect(() => decodeFile(cp949, 'utf-8')).toThrow(expect.objectContaining({ code: 'encoding' }));
  });

  it("a GeoJSON FeatureCollection is its features' properties with lon/lat of points, as the CSV's rows", () => {
    const text = read('busan_fatal_traffic_accidents_2020.geojson').toString('utf8');
    const collection = JSON.parse(text) as {
      features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
    };
    const table = parseJsonTable(text);
    expect(table.columns.slice(-2)).toEqual(['lon', 'lat']);
    const csv = parse(read('busan_fatal_traffic_accidents_2020.csv').toString('utf8'));
    expect(table.rows).toHaveLength(csv.rows.length);
    const cells = tableCells(table);
    const district = table.columns.indexOf('발생지시군구');
    expect(cells.map((row) => row[district])).toEqual(
      tableCells(csv).map((row) => row[csv.columns.indexOf('발생지시군구')]),
    );
    expect(cells[0]!.slice(-2)).toEqual(collection.features[0]!.geometry.coordinates);
    // Districts (polygons) add no coordinates; properties named lon/lat are kept as they are.
    const districts = parseJsonTable(read('busan_districts_kostat2018_simple.geojson').toString('utf8'));
    expect(districts.columns).not.toContain('lon');
    const own = featuresToTable({
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [129, 35] }, properties: { lon: 'x' } }],
    });
    expect(tableCells(own)).toEqual([['x', null]]);
  });

  it('an HTML page, blank text or broken JSON is a clear DataError', () => {
    const html = readFileSync(new URL('error-page.html', fixtures), 'utf8');
    expect(() => parseJsonTable(html)).toThrow(expect.objectContaining({ code: 'html' }));
    expect(() => parseJsonTable('  \n')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => parseJsonTable('{"type":')).toThrow(DataError);
  });
});
