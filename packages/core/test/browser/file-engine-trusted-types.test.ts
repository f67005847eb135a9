import { expect } from '@open-wc/testing';
import { createEngine } from '../../src/data/engine/create.js';
import { WorkerEngine } from '../../src/data/engine/worker-engine.js';
import { DATA_WORKER_POLICY } from '../../src/data/load/worker-url.js';

/**
 * The file engine on a page that enforces Trusted Types and allows the data worker's policy: the worker starts
 * through `bdw-data-worker`, with no violation. (Own file: the policy set here cannot be lifted.)
 */
describe('openFile under Trusted Types with bdw-data-worker allowed', () => {
  it('holds the file in the worker, started through the policy, with no violation', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = `require-trusted-types-for 'script'; trusted-types ${DATA_WORKER_POLICY}`;
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
    // This page really enforces Trusted Types: a plain script URL is refused.
    expect(() => new Worker('/src/data/load/data.worker.js', { type: 'module' })).to.throw();
    const engine = await createEngine({
      kind: 'file',
      src: '/files/busan_fatal_traffic_accidents_2020.csv',
      worker: true,
    });
    expect(engine).to.be.instanceOf(WorkerEngine);
    expect((await engine.rows({ filters: { 발생지시군구: ['사상구'] }, limit: 0 })).total).to.equal(11);
    engine.dispose();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Only the refused plain URL above.
    expect(violations).to.have.length(1);
  });
});
