import type { Meeting } from '@bdw/core';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/bdw-council-agenda.js';
import { BdwCouncilAgenda } from '../../src/BdwCouncilAgenda.js';
import type { AgendaToggleEvent, CalendarDownloadEvent } from '../../src/events.js';
import { inaugural, seedMeetings, seoul } from './seed.js';

/*
 * These tests run in a browser context whose time zone is America/Bogota (UTC−5; see
 * web-test-runner.config.mjs). Chromium's zone cannot change per test, so each test injects
 * the instant (`now` or `clock`) and checks that the status and the times shown are
 * Busan's (Asia/Seoul), not the viewer's.
 */

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((cell) => text(cell)));

async function agenda(meeting: Meeting, now: number | string, lang = 'ko'): Promise<BdwCouncilAgenda> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><bdw-council-agenda .meeting=${meeting} .now=${now}></bdw-council-agenda></div>`,
  );
  const el = wrapper.querySelector('bdw-council-agenda')!;
  await el.updateComplete;
  return el;
}

/** Replaces `fetch` for one test; returns the URLs asked for and a restore function. */
function stubFetch(answer: (url: string) => Response | Promise<Response>) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return answer(url);
  };
  return { calls, restore: () => (window.fetch = original) };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('<bdw-council-agenda>: the inaugural meeting as published', () => {
  it('runs as a viewer in UTC−5', () => {
    expect(new Date(seoul('14:00')).getTimezoneOffset()).to.equal(300);
    expect(customElements.get('bdw-council-agenda')).to.equal(BdwCouncilAgenda);
  });

  it('renders the seed agenda in Korean: date, place, capacity, participants and every row', async () => {
    const el = await agenda(inaugural('ko'), seoul('10:00'));
    expect(text($(el, '.meeting__title'))).to.equal('부산 민관 데이터 공유·활용 협의체 출범 회의');
    expect(text($(el, '.when'))).to.equal('2025년 5월 23일(금) 14:00–16:00');
    expect(text($(el, '.place'))).to.equal('부산역 유라시아플랫폼 A동 104호 (수용 80명)');
    expect(text($(el, '.facts'))).to.contain('약 50명');
    expect(text($(el, '.facts'))).to.contain('부산광역시');
    expect($$(el, 'thead th').map(text)).to.deep.equal(['시간', '내용', '진행', '비고']);
    expect(rows(el)).to.deep.equal([
      ['14:00–14:05', '개회 및 참석자 소개', '', '출범 회의'],
      ['14:05–14:10', '미래기술전략국장 인사말', '미래기술전략국장', ''],
      ['14:10–14:30', '협의체 역할·기능, 시 추진사업 소개 및 협력사항', '부산시', ''],
      ['14:30–15:40', '참여 기관·기업 소개 및 홍보, 의견 공유', '참여 기관·기업', ''],
      ['15:40 ~', '폐회', '', ''],
    ]);
  });

  it('renders it in English, with times in <time datetime> at +09:00', async () => {
    const el = await agenda(inaugural('en'), seoul('10:00'), 'en');
    expect(text($(el, '.meeting__title'))).to.equal(
      'Inaugural Meeting of the Busan Public-Private Data Sharing & Utilization Council',
    );
    expect(text($(el, '.when'))).to.equal('May 23, 2025 (Fri), 14:00–16:00');
    expect(text($(el, '.place'))).to.equal(
      'Room 104, Building A, Eurasia Platform, Busan Station (Capacity: 80 people)',
    );
    expect(text($(el, '.facts'))).to.contain('approx. 50 attendees');
    expect(text($(el, '.zone'))).to.equal('(Korea Standard Time)');
    expect(rows(el).map((r) => r.slice(0, 3))).to.deep.equal([
      ['14:00–14:05', 'Opening and participant introductions', ''],
      [
        '14:05–14:10',
        'Opening remarks by Director General of Future Technology Strategy',
        'Director General of Future Technology Strategy',
      ],
      ['14:10–14:30', 'Council roles/functions, city project overview, and cooperation items', 'Busan City'],
      [
        '14:30–15:40',
        'Introduction and promotion by participating institutions and companies; opinion sharing',
        'Institutions & Companies',
      ],
      ['15:40 ~', 'Closing', ''],
    ]);
    const times = $$(el, 'tbody time').map((t) => t.getAttribute('datetime'));
    expect(times.slice(0, 2)).to.deep.equal(['2025-05-23T14:00+09:00', '2025-05-23T14:05+09:00']);
    expect($(el, '.when time')!.getAttribute('datetime')).to.equal('2025-05-23T14:00+09:00');
  });

  it('is accessible', async () => {
    const el = await agenda(inaugural('ko'), seoul('14:07'));
    await expect(el).to.be.accessible();
  });
});

describe('live status in Seoul time (viewer in UTC−5)', () => {
  it('13:59 — upcoming, starts in a minute, first item shown', async () => {
    const el = await agenda(inaugural('en'), seoul('13:59'), 'en');
    expect(text($(el, '[part="live-badge"]'))).to.equal('Upcoming');
    expect(text($(el, '.live__when'))).to.equal('Starts in 1 minute');
    expect(text($(el, '[part="live-next"]'))).to.equal('First item: Opening and participant introductions');
    expect($(el, '[aria-current="time"]')).to.equal(null);
  });

  it('14:07 — in progress, opening remarks highlighted at 40 %, next item shown', async () => {
    const el = await agenda(inaugural('en'), seoul('14:07'), 'en');
    expect(text($(el, '[part="live-badge"]'))).to.equal('In progress');
    expect(text($(el, '.live__now'))).to.equal(
      'Now: Opening remarks by Director General of Future Technology Strategy',
    );
    const current = $$(el, 'tbody tr').filter((tr) => tr.getAttribute('aria-current') === 'time');
    expect(current).to.have.length(1);
    expect(text(current[0]!)).to.contain('14:05–14:10');
    expect(text(current[0]!.querySelector('.now-label'))).to.equal('Now');
    expect($<HTMLProgressElement>(el, '#item-progress')!.value).to.equal(40);
    expect(text($(el, '[part="live-next"]'))).to.equal(
      'Next: Council roles/functions, city project overview, and cooperation items',
    );
    await expect(el).to.be.accessible();
  });

  it('15:41 — in progress, the open-ended closing is current, nothing next', async () => {
    const el = await agenda(inaugural('ko'), seoul('15:41'));
    expect(text($(el, '[part="live-badge"]'))).to.equal('진행 중');
    expect(text($(el, '[aria-current="time"] th'))).to.equal('폐회');
    expect($(el, '[part="live-next"]')).to.equal(null);
  });

  it('16:01 — ended', async () => {
    const el = await agenda(inaugural('ko'), '2025-05-23T16:01:00+09:00');
    expect(text($(el, '[part="live-badge"]'))).to.equal('종료');
    expect($(el, '[aria-current="time"]')).to.equal(null);
    expect($(el, 'progress')).to.equal(null);
  });

  it('reads an injected clock, refreshes on a timer, and stops the timer on disconnect', async () => {
    let now = seoul('13:59');
    let reads = 0;
    const el = await fixture<BdwCouncilAgenda>(
      html`<bdw-council-agenda
        lang="en"
        refresh-interval="50"
        .meeting=${inaugural('en')}
        .clock=${() => (reads++, now)}
      ></bdw-council-agenda>`,
    );
    expect(text($(el, '[part="live-badge"]'))).to.equal('Upcoming');
    expect(el.clockController.running).to.equal(true);
    now = seoul('14:07');
    await waitUntil(() => text($(el, '[part="live-badge"]')) === 'In progress', 'timer did not refresh', {
      timeout: 2000,
    });
    el.remove();
    expect(el.clockController.running).to.equal(false);
    const before = reads;
    await aTimeout(250);
    expect(reads).to.equal(before);
  });

  it('runs no timer while `now` is fixed', async () => {
    const el = await agenda(inaugural('ko'), seoul('14:07'));
    expect(el.clockController.running).to.equal(false);
  });
});

describe('cancelled, postponed and online meetings', () => {
  it('makes a cancelled meeting unmistakable: banner text, badge, struck date, no live highlight', async () => {
    const el = await agenda({ ...inaugural('ko'), status: 'cancelled' }, seoul('14:07'));
    const banner = $(el, '[part="banner"]')!;
    expect(text(banner)).to.equal('취소됨 이 회의는 취소되었습니다.');
    expect($(el, '[part="live"]')).to.equal(null); // the banner says it; no "in progress" at 14:07
    expect($(el, '.when--struck')).to.not.equal(null);
    expect(getComputedStyle($(el, '.when--struck')!).textDecorationLine).to.equal('line-through');
    expect($(el, '[aria-current="time"]')).to.equal(null);
    expect($(el, '[part="meeting"]')!.dataset['status']).to.equal('cancelled');
    await expect(el).to.be.accessible();
  });

  it('says in English when a meeting is postponed', async () => {
    const el = await agenda({ ...inaugural('en'), status: 'postponed' }, seoul('10:00'), 'en');
    expect(text($(el, '[part="banner"]'))).to.contain('This meeting has been postponed.');
    expect(text($(el, '[part="banner"] .badge'))).to.equal('Postponed');
  });

  it('links an online meeting to its stream, but never to a javascript: URL', async () => {
    const online = { ...inaugural('en'), attendanceMode: 'online' as const, streamUrl: 'https://stream.example.kr/c' };
    const el = await agenda(online, seoul('10:00'), 'en');
    const link = $<HTMLAnchorElement>(el, '[part="stream"]')!;
    expect(link.href).to.equal('https://stream.example.kr/c');
    expect(text(link)).to.equal('Join online');
    expect(text($(el, '.facts'))).to.contain('Online');
    const evil = await agenda({ ...online, streamUrl: 'javascript:alert(1)' }, seoul('10:00'), 'en');
    expect($(evil, '[part="stream"]')).to.equal(null);
  });
});

describe('untrusted text', () => {
  it('renders hostile names, agenda texts and links as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const base = inaugural('ko');
    const hostile: Meeting = {
      ...base,
      name: `${payload}</script>`,
      organizer: payload,
      purpose: [payload],
      location: { ...base.location!, name: payload, address: payload },
      agenda: base.agenda.map((item) => ({
        ...item,
        title: payload,
        presenter: payload,
        remarks: payload,
        documents: [{ title: payload, url: 'javascript:window.__xss=2' }],
      })),
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <bdw-council-agenda jsonld .meeting=${hostile} now="2025-05-23T14:07:00+09:00"></bdw-council-agenda>
      </div>`,
    );
    const el = wrapper.querySelector('bdw-council-agenda')!;
    await el.updateComplete;
    await aTimeout(50);
    expect($(el, 'img')).to.equal(null);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(text($(el, '.meeting__title'))).to.equal(`${payload}</script>`);
    expect(text($(el, 'tbody th'))).to.contain(payload);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.contain('<');
    expect(JSON.parse(script.textContent!).name).to.equal(`${payload}</script>`);
    expect(wrapper.querySelectorAll('script')).to.have.length(1);
  });
});

describe('data sources, loading, errors', () => {
  it('loads a JSON URL with {lang}, shows an error with a retry, and recovers', async () => {
    let fail = true;
    const fetches = stubFetch(() => (fail ? new Response('down', { status: 503 }) : json(inaugural('en'))));
    try {
      const el = await fixture<BdwCouncilAgenda>(
        html`<bdw-council-agenda
          lang="en"
          src="/council/meeting.{lang}.json"
          now="2025-05-23T10:00:00+09:00"
        ></bdw-council-agenda>`,
      );
      await waitUntil(() => $(el, '[part="error"]'), 'no error state');
      expect(fetches.calls[0]).to.match(/\/council\/meeting\.en\.json$/);
      expect(text($(el, '[part="error"]'))).to.contain('HTTP 503');
      await expect(el).to.be.accessible();
      fail = false;
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await waitUntil(() => $(el, '[part="meeting"]'), 'no meeting after retry');
      expect(text($(el, '.when'))).to.equal('May 23, 2025 (Fri), 14:00–16:00');
    } finally {
      fetches.restore();
    }
  });

  it('asks the catalogue API for one meeting (bdw_meeting_show) in the page language', async () => {
    const fetches = stubFetch(() => json({ success: true, result: inaugural('en') }));
    try {
      const el = await fixture<BdwCouncilAgenda>(
        html`<bdw-council-agenda
          lang="en"
          api="https://data.example.kr"
          meeting-id="2025-05-23-inaugural"
          now="2025-05-23T14:07:00+09:00"
        ></bdw-council-agenda>`,
      );
      await waitUntil(() => $(el, '[part="meeting"]'), 'no meeting');
      const url = new URL(fetches.calls[0]!);
      expect(url.pathname).to.equal('/api/3/action/bdw_meeting_show');
      expect(url.searchParams.get('id')).to.equal('2025-05-23-inaugural');
      expect(url.searchParams.get('lang')).to.equal('en');
    } finally {
      fetches.restore();
    }
  });

  it('lists meetings from bdw_meeting_list; shows loading, then empty', async () => {
    let release: (r: Response) => void = () => {};
    const fetches = stubFetch(() => new Promise<Response>((resolve) => (release = resolve)));
    try {
      const el = await fixture<BdwCouncilAgenda>(html`<bdw-council-agenda api="/council"></bdw-council-agenda>`);
      expect($(el, '[part="loading"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      await waitUntil(() => fetches.calls.length === 1);
      expect(new URL(fetches.calls[0]!, location.href).pathname).to.equal('/council/api/3/action/bdw_meeting_list');
      release(json({ success: true, result: { count: 0, results: [] } }));
      await waitUntil(() => $(el, '[part="empty"]'), 'no empty state');
      expect(text($(el, '[part="empty"]'))).to.equal('등록된 회의가 없습니다.');
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('says that no API is set when it has no source at all', async () => {
    const el = await fixture<BdwCouncilAgenda>(html`<bdw-council-agenda lang="en"></bdw-council-agenda>`);
    await waitUntil(() => $(el, '[part="empty"]'));
    expect(text($(el, '[part="empty"]'))).to.equal('No data API address is set.');
  });
});

describe('list mode, calendar export and events', () => {
  async function list(now: number, period = 'all') {
    const el = await fixture<BdwCouncilAgenda>(
      html`<bdw-council-agenda
        lang="en"
        period=${period}
        .meetings=${seedMeetings('en')}
        .now=${now}
      ></bdw-council-agenda>`,
    );
    await el.updateComplete;
    return el;
  }

  it('shows upcoming meetings soonest first and past ones latest first', async () => {
    const el = await list(seoul('12:00', '2025-12-01'));
    const section = (key: string) => $$(el, `.list__section--${key} [part="item-title"]`).map(text);
    expect(section('upcoming')).to.deep.equal([
      'Busan Public-Private Data Council, regular meeting, first half of 2026 (date to be confirmed)',
    ]);
    expect(section('past')[1]).to.equal(
      'Inaugural Meeting of the Busan Public-Private Data Sharing & Utilization Council',
    );
    expect(text($(el, '.list__section--upcoming [part="status"]'))).to.equal('Tentative');
    const upcomingOnly = await list(seoul('12:00', '2025-12-01'), 'upcoming');
    expect($(upcomingOnly, '.list__section--past')).to.equal(null);
  });

  it('shows a listed agenda on request, fires bdw-agenda-toggle, and stays accessible', async () => {
    const el = await list(seoul('14:07'));
    const toggle = $$(el, '[part="toggle"]')[0]! as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => toggle.click());
    const event = (await oneEvent(el, 'bdw-agenda-toggle')) as AgendaToggleEvent;
    expect(event.detail).to.deep.equal({ meetingId: '2025-05-23-inaugural', expanded: true });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(panel.hidden).to.equal(false);
    expect(text(panel.querySelector('[aria-current="time"]'))).to.contain('14:05–14:10');
    expect(text($(el, '[part="live-badge"]'))).to.equal('In progress');
    await expect(el).to.be.accessible();
  });

  it('exports the series and one meeting as .ics on click, cancelable by the page', async () => {
    const el = await list(seoul('10:00'));
    const seen: CalendarDownloadEvent[] = [];
    el.addEventListener('bdw-calendar-download', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    await aTimeout(20);
    expect(seen).to.have.length(0); // never on load or on a tick
    // The calendar writer is fetched on the first click: the event follows it.
    $<HTMLButtonElement>(el, '[part="add-series"]')!.click();
    await waitUntil(() => seen.length === 1, 'no bdw-calendar-download');
    expect(seen[0]!.detail.scope).to.equal('series');
    expect(seen[0]!.detail.meetingIds).to.have.length(3);
    expect(seen[0]!.detail.ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(seen[0]!.detail.ics.match(/BEGIN:VEVENT/g)).to.have.length(3);
    $<HTMLButtonElement>(el, '[part="add-to-calendar"]')!.click();
    await waitUntil(() => seen.length === 2, 'no second bdw-calendar-download');
    expect(seen[1]!.detail.scope).to.equal('meeting');
    expect(seen[1]!.detail.filename).to.match(/\.ics$/);
  });

  it('downloads the file when the page does not take over', async () => {
    const el = await agenda(inaugural('ko'), seoul('10:00'));
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:stub');
    try {
      $<HTMLButtonElement>(el, '[part="add-to-calendar"]')!.click();
      await waitUntil(() => blobs.length > 0, 'no download');
      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      expect(await blobs[0]!.text()).to.contain('UID:2025-05-23-inaugural@');
    } finally {
      URL.createObjectURL = original;
    }
  });
});

describe('JSON-LD and theming', () => {
  it('adds schema.org Event markup to the light DOM only when asked, and removes it again', async () => {
    const el = await agenda(inaugural('en'), seoul('10:00'), 'en');
    expect(el.querySelector('script')).to.equal(null);
    el.jsonld = true;
    await el.updateComplete;
    // The Event writer is fetched when first asked for.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data['@type']).to.equal('Event');
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location.maximumAttendeeCapacity).to.equal(80);
    el.jsonld = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('is accessible in dark mode while a meeting runs', async () => {
    const el = await fixture<BdwCouncilAgenda>(
      html`<bdw-council-agenda
        theme="dark"
        .meeting=${inaugural('ko')}
        now="2025-05-23T14:07:00+09:00"
      ></bdw-council-agenda>`,
    );
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });

  it('lets keyboard users reach every action', async () => {
    const el = await fixture<BdwCouncilAgenda>(
      html`<bdw-council-agenda .meetings=${seedMeetings('ko')} now="2025-05-23T10:00:00+09:00"></bdw-council-agenda>`,
    );
    const buttons = $$(el, 'button');
    expect(buttons.length).to.be.greaterThan(3);
    for (const button of buttons) {
      button.focus();
      expect(root(el).activeElement).to.equal(button);
    }
  });
});
