import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToGeoJSON } from '../src/csv.js';
import { DataError } from '../src/errors.js';
import { dataErrorMessage } from '../src/messages.js';
import { decodeChunks } from '../src/parse.js';

/**
 * The map reads files with core's decoding (as the chart and the data engine do): the real accident CSV, its CP949
 * copy (chart-viewer's fixture, re-encoded from the same file with iconv), an HTML error page and a spreadsheet's
 * first bytes.
 */
const bytes = (url: URL) => new Uint8Array(readFileSync(url));
const FILES = new URL('../../../apps/catalog-api/data/files/', import.meta.url);
const FIXTURES = new URL('../../chart-viewer/test/fixtures/', import.meta.url);
const utf8 = bytes(new URL('busan_fatal_traffic_accidents_2020.csv', FILES));
const cp949 = bytes(new URL('busan_fatal_traffic_accidents_2020_cp949.csv', FIXTURES));

/** The file cut into network-sized chunks at odd places (inside multi-byte characters too). */
const chunked = (all: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(all.length / size) }, (_, i) => all.subarray(i * size, (i + 1) * size));

function fileError(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe("the map's file decoding (core's)", () => {
  it('reads the CP949 copy as the UTF-8 file, in one chunk or many', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp949)).toThrow();
    const text = new TextDecoder().decode(utf8);
    expect(decodeChunks([cp949])).toBe(text);
    expect(decodeChunks(chunked(cp949, 997))).toBe(text);
    expect(decodeChunks(chunked(utf8, 1001))).toBe(text);
    const points = csvToGeoJSON(decodeChunks(chunked(cp949, 4096))).collection.features;
    const saha = points.filter((f) => f.properties['발생지시군구'] === '사상구');
    // 사상구's accidents, counted from the UTF-8 file's lines.
    expect(saha).toHaveLength(text.split('\n').filter((line) => line.split(',')[10] === '사상구').length);
    expect(saha.length).toBeGreaterThan(0);
  });

  it('an HTML page where data was expected is a `file` error said as such', () => {
    const error = fileError(() => decodeChunks([bytes(new URL('error-page.html', FIXTURES))]));
    expect([error.kind, error.reason]).toEqual(['file', 'html']);
    expect(dataErrorMessage('ko', error)).toContain('웹 페이지(HTML)');
    expect(dataErrorMessage('en', error)).toContain('A web page (HTML)');
  });

  it('a spreadsheet (a ZIP signature) is a `binary` file error', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml')]);
    const error = fileError(() => decodeChunks([xlsx]));
    expect([error.kind, error.reason]).toEqual(['file', 'binary']);
    expect(dataErrorMessage('ko', error)).toBe('텍스트 자료가 아닙니다 (엑셀·PDF 같은 파일).');
    expect(dataErrorMessage('en', error)).toBe('Not a text data file (a spreadsheet, a PDF…).');
  });
});
