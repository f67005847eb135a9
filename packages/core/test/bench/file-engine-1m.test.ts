import { expect } from '@open-wc/testing';
import { createEngine } from '../../src/data/engine/create.js';
import { WorkerEngine } from '../../src/data/engine/worker-engine.js';

/**
 * Not part of `pnpm test` (a minute of a busy machine): the main thread's long tasks while the file engine reads
 * 1,000,000 rows (the real 2020 fatal accident table's 100 rows repeated; 23 columns, about 190 MB) and while a
 * person pages, sorts and filters them. Run: `npx web-test-runner test/bench/file-engine-1m.test.ts`.
 */
const ROWS = 1_000_000;

function watchLongTasks(): { durations: number[]; stop(): void } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return { durations, stop: () => observer.disconnect() };
}

const summary = (durations: number[]) =>
  `${durations.length} long tasks, longest ${Math.round(Math.max(0, ...durations))} ms`;

describe('1,000,000 file rows through the file engine', function () {
  this.timeout(600_000);

  it('the long-task observer sees a task of 80 ms (so that seeing none below means something)', async () => {
    const control = watchLongTasks();
    const end = performance.now() + 80;
    while (performance.now() < end);
    await new Promise((resolve) => setTimeout(resolve, 100));
    control.stop();
    expect(control.durations.length).to.equal(1);
    expect(control.durations[0]).to.be.at.least(80);
  });

  it('no main-thread task over 50 ms while loading in the worker and paging', async () => {
    const loading = watchLongTasks();
    const started = performance.now();
    let progressEvents = 0;
    const engine = await createEngine({
      kind: 'file',
      src: `/generated/accidents-${ROWS}.csv`,
      onProgress: () => progressEvents++,
    });
    const loadMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
    loading.stop();
    expect(engine).to.be.instanceOf(WorkerEngine);
    expect((engine as WorkerEngine).total).to.equal(ROWS);

    const paging = watchLongTasks();
    const times: number[] = [];
    const timed = async <T>(run: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const value = await run();
      times.push(performance.now() - t0);
      return value;
    };
    for (let page = 0; page < 30; page++) await timed(() => engine.rows({ offset: page * 3_000, limit: 100 }));
    await timed(() => engine.rows({ sort: [{ field: '발생년월일시', desc: true }], limit: 100 }));
    for (let page = 1; page < 10; page++) {
      await timed(() => engine.rows({ sort: [{ field: '발생년월일시', desc: true }], offset: page * 100, limit: 100 }));
    }
    const filters = { 발생지시군구: ['사상구'] };
    const filtered = await timed(() => engine.rows({ filters, limit: 100 }));
    await timed(() => engine.facet({ field: '요일', filters }));
    await timed(() => engine.group({ by: ['요일'], measures: [{ field: '사망자수', agg: 'sum' }], filters }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    paging.stop();
    expect(filtered.total).to.equal(11 * (ROWS / 100));
    times.sort((a, b) => a - b);
    console.log(
      `load ${Math.round(loadMs)} ms (${progressEvents} progress events): ${summary(loading.durations)}; ` +
        `${times.length} queries, median ${Math.round(times[times.length >> 1]!)} ms, slowest ${Math.round(times.at(-1)!)} ms: ` +
        `${summary(paging.durations)}`,
    );
    engine.dispose();
    expect(Math.max(0, ...loading.durations, ...paging.durations)).to.be.at.most(50);
  });

  it('for comparison: read on the page (no worker), the same file holds up the page', async () => {
    const loading = watchLongTasks();
    const started = performance.now();
    const engine = await createEngine({ kind: 'file', src: `/generated/accidents-${ROWS}.csv`, worker: false });
    const loadMs = performance.now() - started;
    const t0 = performance.now();
    await engine.rows({ filters: { 발생지시군구: ['사상구'] }, limit: 100 });
    await engine.rows({ sort: [{ field: '발생년월일시', desc: true }], limit: 100 });
    const queryMs = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    loading.stop();
    console.log(
      `page path: load ${Math.round(loadMs)} ms, filter + sort ${Math.round(queryMs)} ms: ${summary(loading.durations)}`,
    );
    engine.dispose();
  });
});
