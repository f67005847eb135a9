import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from '../support/site.js';
import { load } from './load-run.js';

/** A short version of `pnpm --filter @bdw/tests load`: 100 connections for 3 s, no error, no timeout, all 2xx. */
let site: Site;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.stop());

describe('catalog API under load', () => {
  it('answers 100 connections for 3 s without an error', async () => {
    const r = await load(site.url, 100, 3);
    console.log(`load 3 s: ${r.requests} requests, p99 ${r.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
    expect(r.requests).toBeGreaterThan(100);
    expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  });
});
