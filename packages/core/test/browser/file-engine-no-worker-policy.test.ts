import { expect } from '@open-wc/testing';
import { createEngine } from '../../src/data/engine/create.js';
import { LocalEngine } from '../../src/data/engine/local-engine.js';

/**
 * The file engine on a page that enforces Trusted Types without allowing `bdw-data-worker`: no worker can start, and
 * the file is read on the page instead, with the same answers. (Own file: the policy set here cannot be lifted.)
 */
describe('openFile under Trusted Types without the worker policy', () => {
  it('reads the file on the page and answers as in the worker', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    const engine = await createEngine({
      kind: 'file',
      src: '/fixtures/busan_fatal_traffic_accidents_2020_cp949.csv',
      worker: true,
    });
    expect(engine).to.be.instanceOf(LocalEngine);
    expect((await engine.rows({ filters: { 발생지시군구: ['사상구'] }, limit: 0 })).total).to.equal(11);
  });
});
