import { formatNumber } from '@bdw/core';
import '@bdw/council-agenda/bdw-council-agenda.js';
import '@bdw/market-card/bdw-market-list.js';
import { catalog, datasetItem } from './catalog.js';
import { currentLang, t } from './site.js';

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

const refresh = () => {
  void fillList('popular', 'views');
  void fillList('newest', 'newest');
  void fillStats().catch(() => {});
};
refresh();
