import { ApiError } from '@bdw/core';
import { describe, expect, it } from 'vitest';
import { expandSrc, fetchMeetings, meetingsFromJson, pickMeeting, splitMeetings } from '../src/source.js';
import { inaugural, seedMeetings, seoul } from './fixtures.js';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('meetings from JSON', () => {
  const list = seedMeetings('ko');

  it('accepts a meeting, a list, {meetings}, {results} and a CKAN action response', () => {
    expect(meetingsFromJson(inaugural()).single).toBe(true);
    expect(meetingsFromJson(list).meetings).toHaveLength(3);
    expect(meetingsFromJson({ meetings: list }).meetings).toHaveLength(3);
    expect(meetingsFromJson({ success: true, result: { count: 3, results: list } }).meetings).toEqual(list);
    expect(meetingsFromJson({ success: true, result: inaugural() }).meetings[0]).toEqual(inaugural());
  });

  it('normalises junk and rejects what is not meetings', () => {
    expect(meetingsFromJson([null, 3, { name: 'x', agenda: 'nope' }]).meetings).toEqual([
      expect.objectContaining({ name: 'x', agenda: [], status: 'confirmed', timeZone: 'Asia/Seoul' }),
    ]);
    expect(() => meetingsFromJson({ hello: 'world' })).toThrow(ApiError);
  });

  it('fills {lang} in the URL', () => {
    expect(expandSrc('/council/meetings.{lang}.json', 'en')).toBe('/council/meetings.en.json');
  });

  it('reports HTTP, JSON and network failures as ApiErrors the error block explains', async () => {
    await expect(fetchMeetings('/x', { fetch: respond('oops', 503) })).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      retryable: true,
    });
    await expect(fetchMeetings('/x', { fetch: respond('<html>') })).rejects.toMatchObject({ kind: 'invalid-json' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchMeetings('/x', { fetch: offline })).rejects.toMatchObject({ kind: 'network' });
    expect((await fetchMeetings('/x', { fetch: respond(JSON.stringify(list)) })).meetings).toHaveLength(3);
  });
});

describe('upcoming and past', () => {
  const list = seedMeetings('en');

  it('splits by the end time: upcoming soonest first, past latest first', () => {
    const during = splitMeetings(list, seoul('14:07'));
    expect(during.upcoming.map((m) => m.id)).toEqual(['2025-05-23-inaugural', '2025-11-regular', '2026-05-regular']);
    const after = splitMeetings(list, seoul('12:00', '2025-12-01'));
    expect(after.upcoming.map((m) => m.id)).toEqual(['2026-05-regular']);
    expect(after.past.map((m) => m.id)).toEqual(['2025-11-regular', '2025-05-23-inaugural']);
  });

  it('picks the requested meeting, else the next one, else the latest', () => {
    expect(pickMeeting(list, seoul('12:00'), '2026-05-regular')?.id).toBe('2026-05-regular');
    expect(pickMeeting(list, seoul('12:00'), 'missing')).toBeNull();
    expect(pickMeeting(list, seoul('16:01'))?.id).toBe('2025-11-regular');
    expect(pickMeeting(list, seoul('12:00', '2030-01-01'))?.id).toBe('2026-05-regular');
  });
});
