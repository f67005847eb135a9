import { formatBytes, formatDate, formatNumber, safeUrl, type Dataset, type Resource } from '@bdw/core';
import { lastSearch } from './last-search.js';
import { catalog } from './catalog.js';
import { renderMarkdown } from './markdown.js';
import { currentLang, setTitle, t } from './site.js';
import { previewFor } from './previews.js';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function metaList(dataset: Dataset, lang: 'ko' | 'en'): HTMLDListElement {
  const dl = el('dl', undefined, 'meta');
  const rows: [string, string, string | null][] = [
    ['provider', lang === 'en' ? 'Provider' : '제공 기관', dataset.organization?.title ?? null],
    ['category', lang === 'en' ? 'Category' : '분류', dataset.groups.map((g) => g.title).join(', ') || null],
    [
      'modified',
      lang === 'en' ? 'Updated' : '수정일',
      dataset.metadataModified && formatDate(dataset.metadataModified, lang),
    ],
    [
      'created',
      lang === 'en' ? 'Registered' : '등록일',
      dataset.metadataCreated && formatDate(dataset.metadataCreated, lang),
    ],
    ['views', lang === 'en' ? 'Views' : '조회수', dataset.views === null ? null : formatNumber(dataset.views, lang)],
    ['license', lang === 'en' ? 'Licence' : '라이선스', dataset.license?.title ?? null],
    ['tags', lang === 'en' ? 'Tags' : '태그', dataset.tags.map((tag) => tag.displayName).join(', ') || null],
  ];
  for (const [, label, value] of rows) if (value) dl.append(el('dt', label), el('dd', value));
  return dl;
}

function resourceItem(resource: Resource, lang: 'ko' | 'en'): HTMLLIElement {
  const li = el('li');
  li.append(el('span', resource.format || '—', 'badge'));
  // Core's URL policy: parsed as the browser parses it, http(s) only.
  const href = safeUrl(resource.url);
  if (href) {
    const link = el('a', resource.name || resource.url);
    link.href = href;
    link.rel = 'noopener';
    li.append(link);
  } else li.append(el('span', resource.name));
  if (resource.size) li.append(el('span', ` · ${formatBytes(resource.size, lang)}`, 'muted'));
  return li;
}

function jsonLd(dataset: Dataset): void {
  const license = safeUrl(dataset.license?.url);
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description: dataset.notes.slice(0, 5000) || dataset.title,
    identifier: dataset.id,
    url: location.href,
    ...(dataset.metadataModified ? { dateModified: dataset.metadataModified } : {}),
    ...(dataset.organization ? { creator: { '@type': 'Organization', name: dataset.organization.title } } : {}),
    ...(license ? { license } : {}),
    keywords: dataset.tags.map((tag) => tag.name),
    distribution: dataset.resources
      .map((r) => ({ r, url: safeUrl(r.url) }))
      .filter((d) => d.url !== null)
      .map(({ r, url }) => ({ '@type': 'DataDownload', encodingFormat: r.format, contentUrl: url })),
  }).replace(/</g, '\\u003c');
  document.head.append(script);
}

/** Home › Find data › this dataset, and a link back to the very search the reader came from (if any). */
function breadcrumb(title: string): HTMLElement {
  const nav = el('nav', undefined, 'breadcrumb');
  nav.setAttribute('aria-label', t('breadcrumb', '현재 위치'));
  const list = el('ol');
  const crumb = (text: string, href?: string) => {
    const li = el('li');
    if (href) {
      const link = el('a', text);
      link.href = href;
      li.append(link);
    } else {
      li.append(el('span', text));
      li.lastElementChild!.setAttribute('aria-current', 'page');
    }
    return li;
  };
  const en = currentLang() === 'en' ? '?lang=en' : '';
  list.append(
    crumb(t('crumbHome', '홈'), `/${en}`),
    crumb(t('navSearch', '데이터 찾기'), `/search.html${en}`),
    crumb(title),
  );
  nav.append(list);
  const back = lastSearch();
  if (back) {
    const link = el('a', `← ${t('backToResults', '검색 결과로 돌아가기')}`, 'back-link');
    link.href = back;
    nav.append(link);
  }
  return nav;
}

async function show(): Promise<void> {
  const article = document.getElementById('dataset')!;
  const name = new URLSearchParams(location.search).get('name') ?? '';
  const lang = currentLang();
  let dataset: Dataset;
  try {
    dataset = await catalog().packageShow(name);
  } catch {
    article.replaceChildren(el('h1', t('datasetNotFound', '데이터셋을 찾을 수 없습니다.')));
    article.removeAttribute('aria-busy');
    return;
  }
  setTitle(`${dataset.title} — 빅데이터웨이브`, `${dataset.title} — Big-Data Wave`);
  const notes = el('div', undefined, 'prose');
  renderMarkdown(notes, dataset.notes);
  const resources = el('ul', undefined, 'resources');
  resources.append(...dataset.resources.map((r) => resourceItem(r, lang)));
  const header = el('header');
  header.append(breadcrumb(dataset.title), el('h1', dataset.title));
  if (dataset.organization) header.append(el('p', dataset.organization.title, 'lead'));
  const about = el('section', undefined, 'panel');
  about.append(el('h2', t('datasetAbout', '데이터셋 정보')), metaList(dataset, lang), notes);
  const sourceUrl = safeUrl(dataset.url);
  if (sourceUrl) {
    const source = el('a', t('datasetSource', '원본 페이지'));
    source.href = sourceUrl;
    source.rel = 'noopener';
    about.append(el('p'), source);
  }
  const files = el('section', undefined, 'panel');
  files.append(el('h2', t('datasetResources', '자료')), resources);
  article.replaceChildren(header, about, files, ...previewFor(dataset, lang));
  article.removeAttribute('aria-busy');
  jsonLd(dataset);
}

void show();
