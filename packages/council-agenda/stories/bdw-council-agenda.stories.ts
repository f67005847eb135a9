import type { Meeting } from '@bdw/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { councilMeetings, emptyCouncil, loadingCouncil, serverErrorCouncil } from '../../../tests/msw/council.js';
import '../src/bdw-council-agenda.js';
import { cancelled, inaugural, longAgenda, online } from './meetings.js';

type Lang = 'ko' | 'en';

interface Args {
  now: string;
  mode: string;
  period: string;
  jsonld: boolean;
  headingLevel: number;
  /** With the API: show this meeting (`bdw_meeting_show`). */
  meetingId: string;
  /** Which demo meeting to pass as the `meeting` property; empty to load from the API. */
  data: '' | 'inaugural' | 'cancelled' | 'online' | 'long';
}

const DATA: Record<Exclude<Args['data'], ''>, (lang: Lang) => Meeting> = {
  inaugural,
  cancelled,
  online,
  long: longAgenda,
};

/**
 * `<bdw-council-agenda>` with the council's inaugural meeting (Busan, 23 May 2025) as the city
 * published it. The live status follows the `now` control (Seoul time), so the same meeting
 * is shown before, during and after; list, loading, empty and error stories read the
 * catalogue API's `bdw_meeting_*` actions from MSW, built from the API's own seed data.
 */
const meta: Meta<Args> = {
  title: 'Widgets/bdw-council-agenda',
  component: 'bdw-council-agenda',
  args: {
    now: '2025-05-23T13:30:00+09:00',
    mode: 'auto',
    period: 'all',
    jsonld: false,
    headingLevel: 2,
    meetingId: '',
    data: 'inaugural',
  },
  argTypes: {
    now: { control: 'text', description: 'Fixed "now" for the live status (ISO 8601)' },
    mode: { control: 'inline-radio', options: ['auto', 'meeting', 'list'] },
    period: { control: 'inline-radio', options: ['all', 'upcoming', 'past'] },
    data: { control: 'select', options: ['', 'inaugural', 'cancelled', 'online', 'long'] },
  },
  render: (args, { globals }) => {
    const lang: Lang = globals['lang'] === 'en' ? 'en' : 'ko';
    const meeting = args.data ? DATA[args.data](lang) : undefined;
    return html`<bdw-council-agenda
      theme=${globals['theme'] ?? 'light'}
      api=${meeting ? '' : 'https://data.example.kr'}
      meeting-id=${args.meetingId}
      now=${args.now}
      mode=${args.mode}
      period=${args.period}
      heading-level=${args.headingLevel}
      ?jsonld=${args.jsonld}
      .meeting=${meeting}
    ></bdw-council-agenda>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** 13:30 in Busan: the meeting starts in 30 minutes. */
export const BeforeTheMeeting: Story = {};

/** 14:07: the opening remarks are running, 40 % through; the next item is shown. */
export const DuringTheMeeting: Story = { args: { now: '2025-05-23T14:07:00+09:00' } };

/** 16:01: the meeting has ended. */
export const AfterTheMeeting: Story = { args: { now: '2025-05-23T16:01:00+09:00' } };

/** A cancelled meeting: a banner in words, a badge and a struck-through date, never colour alone. */
export const Cancelled: Story = { args: { data: 'cancelled', now: '2025-05-23T14:07:00+09:00' } };

/** An online meeting with a link to its stream (example data). */
export const Online: Story = { args: { data: 'online', now: '2025-05-23T14:20:00+09:00' } };

/** Thirteen agenda items, a hybrid meeting, one document (example data). */
export const LongAgenda: Story = { args: { data: 'long', now: '2025-11-20T15:05:00+09:00' } };

export const English: Story = { globals: { lang: 'en' }, args: { now: '2025-05-23T14:07:00+09:00' } };

/** A phone-sized screen: facts stack, the agenda table stays a table. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { now: '2025-05-23T14:07:00+09:00' },
  render: (args, context) => html`<div style="max-width: 360px">${meta.render!(args, context)}</div>`,
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { now: '2025-05-23T14:07:00+09:00' } };

/** With schema.org Event JSON-LD in the light DOM (inspect the element to see it). */
export const WithJsonLd: Story = { args: { jsonld: true } };

/** The council page: upcoming and past meetings from `bdw_meeting_list` (MSW, seed data). */
export const ListMode: Story = {
  args: { data: '', now: '2025-12-01T10:00:00+09:00' },
  beforeEach({ msw }) {
    msw.use(...councilMeetings);
  },
};

/** One meeting from `bdw_meeting_show` (MSW, seed data). */
export const FromTheApi: Story = {
  args: { data: '', meetingId: '2025-05-23-inaugural', now: '2025-05-23T14:07:00+09:00' },
  beforeEach({ msw }) {
    msw.use(...councilMeetings);
  },
};

export const Loading: Story = {
  args: { data: '' },
  beforeEach({ msw }) {
    msw.use(...loadingCouncil);
  },
};

export const Empty: Story = {
  args: { data: '' },
  beforeEach({ msw }) {
    msw.use(...emptyCouncil);
  },
};

/** The API fails with a 502 page: the error says so and offers a retry. */
export const ServerError: Story = {
  args: { data: '' },
  beforeEach({ msw }) {
    msw.use(...serverErrorCouncil);
  },
};
