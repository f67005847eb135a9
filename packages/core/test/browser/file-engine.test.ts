import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import { createEngine, type EngineSource } from '../../src/data/engine/create.js';
import { LocalEngine } from '../../src/data/engine/local-engine.js';
import type { DataEngine } from '../../src/data/engine/types.js';
import { WorkerEngine } from '../../src/data/engine/worker-engine.js';
import { DataError } from '../../src/data/errors.js';
import type { LoadProgress } from '../../src/data/load/load.js';

/**
 * The file engine on real files served by the test server (web-test-runner.config.mjs): the 2020 fatal accident
 * table (CSV, its CP949 copy, GeoJSON) and that table's rows repeated to 60,000 (over the 10,000 rows or 1 MB at
 * which a file stays in the worker). Expected values are computed here from papaparse's own reading of the file, with
 * plain loops, not through the engine.
 */
const CSV = '/files/busan_fatal_traffic_accidents_2020.csv';
const CP949 = '/fixtures/busan_fatal_traffic_accidents_2020_cp949.csv';
const GEOJSON = '/files/busan_fatal_traffic_accidents_2020.geojson';
const LARGE_ROWS = 60_000;
const LARGE = `/generated/accidents-${LARGE_ROWS}.csv`;

let header: string[] = [];
let rows: string[][] = [];
const col = (name: string) => header.indexOf(name);

before(async () => {
  const text = await (await fetch(CSV)).text();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  [header = [], ...rows] = parsed.data;
});

/** Accidents per district, from papaparse's rows (times `copies` for the repeated table). */
function districtCounts(copies = 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[col('발생지시군구')]!, (counts.get(row[col('발생지시군구')]!) ?? 0) + copies);
  return counts;
}

/** Deaths per weekday among the given districts' accidents. */
function deathsByWeekday(districts: readonly string[], copies = 1): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (!districts.includes(row[col('발생지시군구')]!)) continue;
    const day = row[col('요일')]!;
    sums.set(day, (sums.get(day) ?? 0) + Number(row[col('사망자수')]) * copies);
  }
  return sums;
}

const open = (src: string, extra: Partial<Extract<EngineSource, { kind: 'file' }>> = {}, signal?: AbortSignal) =>
  createEngine({ kind: 'file', src, ...extra }, signal);

/** What a person would check of an engine over the accident table (or `copies` of it). */
async function answers(engine: DataEngine) {
  const facet = await engine.facet({ field: '발생지시군구', limit: 100 });
  const group = await engine.group({
    by: ['요일'],
    measures: [
      { field: '사망자수', agg: 'sum' },
      { field: null, agg: 'count' },
    ],
    filters: { 발생지시군구: ['사상구', '부산진구'] },
  });
  const page = await engine.rows({
    filters: { 발생지시군구: ['사상구'] },
    sort: [{ field: '발생년월일시' }],
    limit: 5,
  });
  const range = await engine.range('사망자수');
  return { facet, group, page, range, fields: (await engine.fields()).map((f) => `${f.id}:${f.type}`) };
}

async function expectAccidentAnswers(engine: DataEngine, copies = 1) {
  const { facet, group, page, range } = await answers(engine);
  const counts = districtCounts(copies);
  expect(Object.fromEntries(facet.values.map((v) => [v.value, v.count]))).to.deep.equal(Object.fromEntries(counts));
  expect(facet.distinct).to.equal(counts.size);
  // 사상구: 11 accidents in the file.
  expect(page.total).to.equal(counts.get('사상구'));
  expect(page.total).to.equal(11 * copies);
  const deaths = deathsByWeekday(['사상구', '부산진구'], copies);
  expect(Object.fromEntries(group.map((g) => [g.keys[0], g.values[0]]))).to.deep.equal(Object.fromEntries(deaths));
  const inDistricts = (counts.get('사상구') ?? 0) + (counts.get('부산진구') ?? 0);
  expect(group.reduce((sum, g) => sum + g.rows, 0)).to.equal(inDistricts);
  const deathValues = rows.map((row) => Number(row[col('사망자수')]));
  expect(range).to.deep.equal({ min: Math.min(...deathValues), max: Math.max(...deathValues) });
  // The first page is sorted by time; every row is of 사상구.
  const when = page.fields.findIndex((f) => f.id === '발생년월일시');
  const times = page.rows.map((row) => String(row[when]));
  expect(times).to.deep.equal([...times].sort());
  const district = page.fields.findIndex((f) => f.id === '발생지시군구');
  expect(page.rows.every((row) => row[district] === '사상구')).to.equal(true);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('openFile on the real accident CSV', () => {
  it('a small file comes to the page (LocalEngine) and answers as papaparse counts', async () => {
    const engine = await open(CSV);
    expect(engine).to.be.instanceOf(LocalEngine);
    expect((engine as LocalEngine).table.rows).to.have.length(rows.length);
    await expectAccidentAnswers(engine);
    engine.dispose();
  });

  it('held in the worker, or read on the page without one, it gives the same answers', async () => {
    const inWorker = await open(CSV, { worker: true });
    const onPage = await open(CSV, { worker: false });
    expect(inWorker).to.be.instanceOf(WorkerEngine);
    expect(onPage).to.be.instanceOf(LocalEngine);
    await expectAccidentAnswers(inWorker);
    expect(await answers(inWorker)).to.deep.equal(await answers(onPage));
    inWorker.dispose();
  });

  it('the CP949 copy is detected and reads as the UTF-8 file (worker and page)', async () => {
    const bytes = new Uint8Array(await (await fetch(CP949)).arrayBuffer());
    // The fixture really is CP949: not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).to.throw();
    for (const worker of [true, false]) {
      const engine = await open(CP949, { worker });
      await expectAccidentAnswers(engine);
      engine.dispose();
    }
  });

  it('an HTML page where a CSV was expected is a DataError `html`, in the worker and on the page', async () => {
    for (const worker of [true, false, undefined]) {
      const error = await rejection(
        open('/fixtures/error-page.html', { format: 'csv', ...(worker === undefined ? {} : { worker }) }),
      );
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).code).to.equal('html');
    }
  });

  it('a missing file is an `http` DataError with its status', async () => {
    const error = await rejection(open('/files/does-not-exist.csv'));
    expect((error as DataError).code).to.equal('http');
    expect((error as DataError).params['status']).to.equal(404);
  });
});

describe('openFile on a large file (60,000 rows: the real table repeated)', () => {
  it('stays in the worker, reports progress, and answers as papaparse counts times the copies', async () => {
    const progress: LoadProgress[] = [];
    const engine = await open(LARGE, { onProgress: (p) => progress.push(p) });
    expect(engine).to.be.instanceOf(WorkerEngine);
    expect((engine as WorkerEngine).total).to.equal(LARGE_ROWS);
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.at(-1)!.rows).to.equal(LARGE_ROWS);
    const bytes = progress.map((p) => p.bytes);
    expect(bytes).to.deep.equal([...bytes].sort((a, b) => a - b));
    expect(progress.at(-1)!.bytes).to.equal(progress.at(-1)!.totalBytes);
    await expectAccidentAnswers(engine, LARGE_ROWS / rows.length);
    engine.dispose();
    const error = await rejection(engine.rows({ limit: 1 }));
    expect((error as Error).name).to.equal('AbortError');
  });

  it('read on the page (no worker), it gives the same answers as in the worker', async () => {
    const inWorker = await open(LARGE);
    const onPage = await open(LARGE, { worker: false });
    expect(onPage).to.be.instanceOf(LocalEngine);
    expect(await answers(onPage)).to.deep.equal(await answers(inWorker));
    inWorker.dispose();
  });

  it('an abort while the file downloads rejects with the abort and stops the worker', async () => {
    for (const worker of [undefined, false]) {
      const abort = new AbortController();
      const progress: LoadProgress[] = [];
      const opening = open(
        LARGE,
        {
          ...(worker === undefined ? {} : { worker }),
          onProgress: (p) => {
            progress.push(p);
            if (progress.length === 1) abort.abort();
          },
        },
        abort.signal,
      );
      const error = await rejection(opening);
      expect((error as Error).name).to.equal('AbortError');
      expect(progress.at(-1)!.rows).to.be.lessThan(LARGE_ROWS);
    }
    const before = new AbortController();
    before.abort();
    expect(((await rejection(open(CSV, {}, before.signal))) as Error).name).to.equal('AbortError');
  });

  it('an aborted query rejects at once; the engine goes on answering', async () => {
    const engine = await open(LARGE);
    const abort = new AbortController();
    const pending = engine.facet({ field: '요일', signal: abort.signal });
    abort.abort();
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
    expect((await engine.rows({ limit: 1 })).total).to.equal(LARGE_ROWS);
    engine.dispose();
  });
});

describe('openFile on GeoJSON', () => {
  it("a FeatureCollection is the table of its features' properties with lon/lat of the points", async () => {
    const geojson = (await (await fetch(GEOJSON)).json()) as {
      features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
    };
    for (const worker of [true, false]) {
      const engine = await open(GEOJSON, { worker });
      const fields = (await engine.fields()).map((f) => f.id);
      expect(fields).to.include.members(['발생지시군구', '사망자수', 'lon', 'lat']);
      await expectAccidentAnswers(engine);
      // Points west of 129.0° (by their own coordinates), counted from the GeoJSON directly.
      const west = geojson.features.filter((f) => f.geometry.coordinates[0] <= 129).length;
      expect((await engine.rows({ filters: { lon: { max: 129 } }, limit: 0 })).total).to.equal(west);
      engine.dispose();
    }
  });
});
