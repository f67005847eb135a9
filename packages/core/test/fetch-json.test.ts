import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/ckan/ApiError.js';
import { bdwEvent, fetchJson } from '../src/fetch-json.js';

describe('fetchJson', () => {
  it('parses JSON and names failures like the CKAN client', async () => {
    const serve = (body: string, status = 200) =>
      (async () => new Response(body, { status })) as unknown as typeof fetch;
    expect(await fetchJson('/a.json', { fetch: serve('{"a":1}') })).toEqual({ a: 1 });
    await expect(fetchJson('/a.json', { fetch: serve('x', 500) })).rejects.toMatchObject({ kind: 'http', status: 500 });
    await expect(fetchJson('/a.json', { fetch: serve('<html>') })).rejects.toMatchObject({ kind: 'invalid-json' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const error = await fetchJson('/a.json', { fetch: offline, action: 'meetings' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network', action: 'meetings', url: '/a.json' });
  });

  it('rejects with the abort reason, not an ApiError', async () => {
    const controller = new AbortController();
    const hang = ((_: unknown, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as unknown as typeof fetch;
    const call = fetchJson('/slow.json', { fetch: hang, signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('bdwEvent', () => {
  it('bubbles, crosses shadow roots and carries its detail', () => {
    const event = bdwEvent('bdw-test', { a: 1 }, { cancelable: true });
    expect([event.type, event.bubbles, event.composed, event.cancelable, event.detail]).toEqual([
      'bdw-test',
      true,
      true,
      true,
      { a: 1 },
    ]);
  });
});
