import { formatNumber } from '@bdw/core';
import { splitMeetings } from '@bdw/council-agenda';
import '@bdw/council-agenda/bdw-council-agenda.js';
import '@bdw/market-card/bdw-market-list.js';
import { catalog, datasetItem } from './catalog.js';
import { currentLang, t, widgetTheme } from './site.js';

async function fillList(id: string, sort: 'views' | 'newest'): Promise<void> {
  const list = document.getElementById(id)!;
  try {
    const result = await catalog().packageSearch({ sort, pageSize: 6 });
    list.replaceChildren(...result.items.map((d) => datasetItem(d, currentLang())));
  } catch {
    list.replaceChildren(
      Object.assign(document.createElement('li'), { textContent: t('loadError', '불러오지 못했습니다.') }),
    );
  }
}

async function fillStats(): Promise<void> {
  const lang = currentLang();
  const [search, orgs, groups] = await Promise.all([
    catalog().packageSearch({ pageSize: 0 }),
    catalog().action('organization_list', { limit: '1000' }),
    catalog().groupList(),
  ]);
  document.getElementById('stat-datasets')!.textContent = formatNumber(search.count, lang);
  document.getElementById('stat-orgs')!.textContent = formatNumber((orgs as unknown[]).length, lang);
  document.getElementById('stat-groups')!.textContent = formatNumber(groups.length, lang);
  const categories = document.getElementById('categories')!;
  categories.replaceChildren(
    ...groups
      .sort((a, b) => (b.packageCount ?? 0) - (a.packageCount ?? 0))
      .map((group) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/search.html?ds.groups=${encodeURIComponent(group.name)}`;
        const name = document.createElement('span');
        name.textContent = lang === 'en' && group.description ? group.description : group.title;
        const count = document.createElement('span');
        count.className = 'muted count';
        count.textContent = formatNumber(group.packageCount ?? 0, lang);
        link.append(name, count);
        li.append(link);
        return li;
      }),
  );
}

/**
 * The council card shows the next meeting; when none is announced, the latest meeting that took place (not one
 * that stayed tentative), said so above it, and without "add to calendar" (styles.css, `data-past`).
 */
async function fillCouncil(): Promise<void> {
  const { upcoming, past } = splitMeetings(await catalog().meetingList(), Date.now());
  const meeting = upcoming[0] ?? past.find((m) => m.status !== 'tentative' && m.status !== 'cancelled') ?? past[0];
  if (!meeting) return;
  const card = document.createElement('bdw-council-agenda');
  card.setAttribute('mode', 'meeting');
  card.setAttribute('heading-level', '3');
  card.setAttribute('meeting-id', meeting.id);
  card.setAttribute('theme', widgetTheme());
  if (!upcoming[0]) {
    card.dataset['past'] = '';
    document.getElementById('council-none')!.hidden = false;
  }
  document.getElementById('council-card')!.replaceChildren(card);
}

const refresh = () => {
  void fillList('popular', 'views');
  void fillList('newest', 'newest');
  void fillStats().catch(() => {});
  void fillCouncil().catch(() => {
    document.getElementById('council-card')!.textContent = t('loadError', '불러오지 못했습니다.');
  });
};
refresh();
