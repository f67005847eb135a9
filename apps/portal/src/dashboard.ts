import '@bdw/chart-viewer/bdw-chart-viewer.js';
import '@bdw/data-map/bdw-data-map.js';
import '@bdw/core/bdw-view.js';
import '@bdw/data-view/bdw-data-table.js';
import '@bdw/data-view/bdw-filter.js';
import { formatNumber } from '@bdw/core';
import { catalog } from './catalog.js';
import { censusPopulation, sumOf } from './kpis.js';
import { currentLang, t } from './site.js';

async function rows(resourceId: string, filters?: Record<string, string | number>) {
  const all: Record<string, unknown>[] = [];
  for await (const page of catalog().datastorePages({ resourceId, limit: 1000, ...(filters ? { filters } : {}) })) {
    all.push(...page.records);
  }
  return all;
}

async function kpis(): Promise<void> {
  const lang = currentLang();
  const list = document.getElementById('kpis')!;
  const [population, vote, accidents] = await Promise.all([
    rows('busan-population-by-age-sex-census-1', { 연도: 2021 }),
    rows('busan-presidential-vote-2022-by-district-1'),
    rows('busan-fatal-traffic-accidents-2020-1'),
  ]);
  const electors = sumOf(vote, 'POPU_ALL');
  const tiles: [string, string, string][] = [
    [
      'kpiPopulation',
      '2021년 인구 (인구총조사)',
      `${formatNumber(censusPopulation(population, 2021), lang)}${lang === 'ko' ? '명' : ''}`,
    ],
    ['kpiElectors', '2022년 선거인수', `${formatNumber(electors, lang)}${lang === 'ko' ? '명' : ''}`],
    [
      'kpiTurnout',
      '2022년 투표율',
      `${formatNumber((sumOf(vote, 'VOTER') / electors) * 100, lang, { maximumFractionDigits: 1 })}%`,
    ],
    ['kpiAccidents', '2020년 사망 교통사고 (100건 표본)', formatNumber(accidents.length, lang)],
  ];
  list.replaceChildren(
    ...tiles.map(([key, ko, value]) => {
      const li = document.createElement('li');
      li.className = 'kpi';
      const strong = document.createElement('strong');
      strong.textContent = value;
      const label = document.createElement('span');
      label.className = 'muted';
      label.textContent = t(key, ko);
      li.append(strong, label);
      return li;
    }),
  );
}

const refresh = () =>
  void kpis().catch(() => (document.getElementById('kpis')!.textContent = t('loadError', '불러오지 못했습니다.')));
refresh();
