import type { AgendaItem, Meeting } from '@bdw/core';
import seed from '../../../apps/catalog-api/data/meetings.json' with { type: 'json' };
import { localizeMeeting, type StoredMeeting } from '../../../apps/catalog-api/src/meetings.js';

/**
 * Story data: the council's seed meetings as the catalogue API serves them (built with the
 * API's own `localizeMeeting`), and variations of the inaugural meeting for the states the
 * seed does not have (cancelled, online, a long agenda). The variations are marked as demos.
 */
type Lang = 'ko' | 'en';
const stored = seed.meetings as unknown as StoredMeeting[];

export const seedMeetings = (lang: Lang): Meeting[] => stored.map((m) => localizeMeeting(m, lang));

export const inaugural = (lang: Lang): Meeting => seedMeetings(lang).find((m) => m.id === '2025-05-23-inaugural')!;

export const cancelled = (lang: Lang): Meeting => ({ ...inaugural(lang), id: 'demo-cancelled', status: 'cancelled' });

export const online = (lang: Lang): Meeting => ({
  ...inaugural(lang),
  id: 'demo-online',
  name:
    lang === 'ko'
      ? '부산 민관 데이터 공유·활용 협의체 실무 회의 (온라인, 예시)'
      : 'Busan Public-Private Data Council working meeting (online, example)',
  attendanceMode: 'online',
  streamUrl: 'https://example.org/live/bdw-council',
  location: null,
  expectedParticipants: 30,
});

const LONG_TOPICS: Record<Lang, [string, string | null][]> = {
  ko: [
    ['개회 및 참석자 소개', null],
    ['지난 회의 결과 및 후속 조치 보고', '부산시 빅데이터통계과'],
    ['빅데이터 마켓 거래 현황 및 활성화 방안', '부산시'],
    ['부산교통공사 승하차 데이터 개방 계획', '부산교통공사'],
    ['부산관광공사 관광객 이동 분석 사례 발표', '부산관광공사'],
    ['카드 매출 데이터 기반 상권 분석 공동 프로젝트 제안', '참여 카드사'],
    ['휴식', null],
    ['지역 데이터 기업 육성 및 판로 지원 방안', '부산테크노파크'],
    ['공공·민간 데이터 결합을 위한 가명정보 처리 절차 안내', '부산시'],
    ['분과별 토의: 마켓 활성화, 공동 프로젝트, 제도 개선', '참여 기관·기업 전체'],
    ['분과별 토의 결과 공유', '각 분과장'],
    ['종합 의견 수렴 및 향후 일정 안내', '부산시'],
    ['폐회', null],
  ],
  en: [
    ['Opening and participant introductions', null],
    ['Report on the previous meeting and follow-up actions', 'Big Data Statistics Division, Busan City'],
    ['Big-Data Market transactions and plans to activate the market', 'Busan City'],
    ['Busan Transportation Corporation: opening boarding and alighting data', 'Busan Transportation Corporation'],
    ['Busan Tourism Organization: case study on visitor movement analysis', 'Busan Tourism Organization'],
    ['Proposal: joint commercial-area analysis on card sales data', 'Participating card companies'],
    ['Break', null],
    ['Growing local data companies and supporting their sales', 'Busan Technopark'],
    ['Procedure for pseudonymised data when combining public and private data', 'Busan City'],
    [
      'Group discussions: market activation, joint projects, regulation',
      'All participating institutions and companies',
    ],
    ['Reports from the group discussions', 'Group chairs'],
    ['Summary of opinions and next steps', 'Busan City'],
    ['Closing', null],
  ],
};

/** A regular meeting with a thirteen-item agenda (an example, not a published agenda). */
export const longAgenda = (lang: Lang): Meeting => {
  const minutes = [10, 15, 20, 15, 15, 15, 10, 15, 15, 40, 20, 10, 0];
  let at = Date.parse('2025-11-20T13:00:00+09:00');
  const agenda: AgendaItem[] = LONG_TOPICS[lang].map(([title, presenter], i) => {
    const start = new Date(at).toISOString();
    const duration = minutes[i]!;
    at += duration * 60_000;
    return {
      order: i + 1,
      start,
      end: duration ? new Date(at).toISOString() : null,
      durationMinutes: duration || null,
      title,
      presenter,
      remarks: i === 9 ? (lang === 'ko' ? '3개 분과 동시 진행' : 'Three groups in parallel') : null,
      documents:
        i === 2
          ? [
              {
                title: lang === 'ko' ? '발표 자료 (예시)' : 'Slides (example)',
                url: 'https://example.org/council/market.pdf',
              },
            ]
          : [],
    };
  });
  return {
    ...inaugural(lang),
    id: 'demo-long-agenda',
    name:
      lang === 'ko'
        ? '부산 민관 데이터 공유·활용 협의체 정기회의 (안건 예시)'
        : 'Busan Public-Private Data Council regular meeting (example agenda)',
    start: '2025-11-20T13:00:00+09:00',
    end: '2025-11-20T17:00:00+09:00',
    attendanceMode: 'mixed',
    streamUrl: 'https://example.org/live/bdw-council',
    agenda,
  };
};
