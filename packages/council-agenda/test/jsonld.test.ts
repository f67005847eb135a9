import { describe, expect, it } from 'vitest';
import { meetingEvent, meetingsJsonLd, serializeJsonLd } from '../src/jsonld.js';
import { inaugural, seedMeetings } from './fixtures.js';

describe('schema.org Event', () => {
  it('describes the inaugural meeting: dates in Seoul, status, attendance mode, place with capacity', () => {
    const data = meetingsJsonLd([inaugural('en')], 'en');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Inaugural Meeting of the Busan Public-Private Data Sharing & Utilization Council',
      startDate: '2025-05-23T14:00+09:00',
      endDate: '2025-05-23T16:00+09:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Room 104, Building A, Eurasia Platform, Busan Station',
        maximumAttendeeCapacity: 80,
      },
      organizer: { '@type': 'Organization', name: 'Busan Metropolitan City' },
    });
    const sub = (data['subEvent'] as { name: string; endDate?: string }[]).map((s) => s.name);
    expect(sub).toHaveLength(5);
    expect((data['subEvent'] as { endDate?: string }[])[4]!.endDate).toBeUndefined();
  });

  it('maps cancelled, postponed and hybrid meetings with a virtual location', () => {
    const m = inaugural('ko');
    expect(meetingEvent({ ...m, status: 'cancelled' }, 'ko')['eventStatus']).toBe('https://schema.org/EventCancelled');
    expect(meetingEvent({ ...m, status: 'postponed' }, 'ko')['eventStatus']).toBe('https://schema.org/EventPostponed');
    const hybrid = meetingEvent({ ...m, attendanceMode: 'mixed', streamUrl: 'https://live.example.kr/' }, 'ko');
    expect(hybrid['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid['location']).toEqual([
      expect.objectContaining({ '@type': 'Place' }),
      { '@type': 'VirtualLocation', url: 'https://live.example.kr/' },
    ]);
  });

  it('puts a list into a @graph', () => {
    const data = meetingsJsonLd(seedMeetings('ko'), 'ko');
    expect((data['@graph'] as unknown[]).length).toBe(3);
  });

  it('serialises so that no </script> can close the element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });
});
