import type { Meeting } from '@bdw/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFilename, meetingToIcs, seriesToIcs, utcStamp } from '../src/ics.js';
import { inaugural, seedMeetings } from './fixtures.js';

const NOW = Date.parse('2025-05-01T00:00:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('RFC 5545 text and lines', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets with CRLF + space, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'부산 민관 데이터 공유·활용 협의체 '.repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone and writes UTC stamps', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(utcStamp(Date.parse('2025-05-23T14:00:00+09:00'))).toBe('20250523T050000Z');
  });
});

describe('one meeting', () => {
  const meeting = inaugural('ko');
  const text = meetingToIcs(meeting, { now: NOW, lang: 'ko' });

  it('uses CRLF line ends only and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the required properties: VERSION, PRODID, UID, DTSTAMP, DTSTART (UTC), DTEND, STATUS', () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(text).toContain('\r\nUID:2025-05-23-inaugural@council.data.busan.go.kr\r\n');
    expect(text).toContain('\r\nDTSTAMP:20250501T000000Z\r\n');
    expect(text).toContain('\r\nDTSTART:20250523T050000Z\r\n');
    expect(text).toContain('\r\nDTEND:20250523T070000Z\r\n');
    expect(text).toContain('\r\nSTATUS:CONFIRMED\r\n');
  });

  it('parses with ical.js and round-trips the times, name, place and agenda', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.uid).toBe('2025-05-23-inaugural@council.data.busan.go.kr');
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(meeting.start));
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(meeting.end!));
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.summary).toBe('부산 민관 데이터 공유·활용 협의체 출범 회의');
    expect(event.location).toBe('부산역 유라시아플랫폼 A동 104호, 부산광역시 동구 중앙대로 206 부산역 유라시아플랫폼');
    expect(event.description).toContain('14:00–14:05 개회 및 참석자 소개 [출범 회의]');
    expect(event.description).toContain('14:30–15:40 참여 기관·기업 소개 및 홍보, 의견 공유 (참여 기관·기업)');
    expect(event.description).toContain('15:40 ~ 폐회');
    expect(event.description).toContain('참석 인원: 약 50명');
    expect(event.description).toContain('수용 80명');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-05-01T00:00:00Z');
  });

  it('writes English texts for lang en', () => {
    const { events } = parse(meetingToIcs(inaugural('en'), { now: NOW, lang: 'en' }));
    expect(events[0]!.summary).toBe('Inaugural Meeting of the Busan Public-Private Data Sharing & Utilization Council');
    expect(events[0]!.location).toContain('Room 104, Building A, Eurasia Platform, Busan Station');
    expect(events[0]!.description).toContain('Participants: approx. 50 attendees');
  });

  it('keeps hostile text as text: commas, semicolons, newlines and fake properties survive the round trip', () => {
    const hostile: Meeting = {
      ...meeting,
      id: 'x y/../<z>',
      name: 'Evil, name; with\nEND:VEVENT\nBEGIN:VEVENT\\',
      streamUrl: 'javascript:alert(1)',
      attendanceMode: 'online',
    };
    const out = meetingToIcs(hostile, { now: NOW });
    const { events } = parse(out);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Evil, name; with\nEND:VEVENT\nBEGIN:VEVENT\\');
    expect(events[0]!.uid).toBe('x-y-..--z-@council.data.busan.go.kr');
    expect(out).not.toContain('javascript:');
  });

  it('marks a cancelled meeting CANCELLED, with a higher SEQUENCE and a prefix', () => {
    const { events } = parse(meetingToIcs({ ...meeting, status: 'cancelled' }, { now: NOW, lang: 'en' }));
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.sequence).toBe(1);
    expect(events[0]!.summary).toMatch(/^\[Cancelled\] /);
  });

  it('gives an online meeting its stream URL', () => {
    const online = {
      ...meeting,
      attendanceMode: 'online' as const,
      streamUrl: 'https://stream.example.kr/live?a=1&b=2',
      location: null,
    };
    const { events } = parse(meetingToIcs(online, { now: NOW }));
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://stream.example.kr/live?a=1&b=2');
    expect(events[0]!.location).toBe('https://stream.example.kr/live?a=1&b=2');
  });
});

describe('the series', () => {
  it('holds every meeting with a readable start, each round-tripping its times', () => {
    const meetings = [...seedMeetings('ko'), { ...inaugural('ko'), id: 'broken', start: 'soon' }];
    const text = seriesToIcs(meetings, { now: NOW, lang: 'ko' });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('부산 민관 데이터 공유·활용 협의체');
    expect(events.map((e) => e.uid)).toEqual(seedMeetings('ko').map((m) => `${m.id}@council.data.busan.go.kr`));
    for (const [i, m] of seedMeetings('ko').entries()) {
      expect(events[i]!.startDate.toJSDate().getTime()).toBe(Date.parse(m.start));
      expect(events[i]!.endDate.toJSDate().getTime()).toBe(Date.parse(m.end!));
    }
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('names files safely', () => {
    expect(icsFilename('2025-05-23-inaugural')).toBe('2025-05-23-inaugural.ics');
    expect(icsFilename('../../etc/passwd')).toBe('..-..-etc-passwd.ics');
    expect(icsFilename('')).toBe('council.ics');
  });
});
