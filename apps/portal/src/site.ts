import '@bdw/core/bdw-catalog.js';
import { EN } from './i18n.js';
import {
  currentContrast,
  currentLang,
  currentTextSize,
  currentTheme,
  store,
  TEXT_SIZES,
  withLang,
  type Lang,
  type TextSize,
  type Theme,
} from './prefs.js';
import { setUpMenu } from './menu.js';
import { stackTables } from './tables.js';
import { provideEnglishCatalog } from './catalog.js';
import '@bdw/core/themes/krds.css';
import highContrastSheet from '@bdw/core/themes/krds-high-contrast.css?url';
import './fonts.css';
import './styles.css';

export { currentLang, currentTheme, type Lang } from './prefs.js';

const korean = new Map<Element, string>();
let koreanTitle = '';

/** The page title in the reader's language (`title:<page>` in i18n.ts; the dataset page sets its own). */
export function setTitle(ko: string, en?: string): void {
  koreanTitle = ko;
  document.title = document.documentElement.lang === 'en' ? (en ?? ko) : ko;
}

/** Swaps `data-i18n` texts, labels and placeholders; the widgets follow `<html lang>` by themselves. */
export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!korean.has(el)) korean.set(el, el.textContent?.trim() ?? '');
    el.textContent = lang === 'en' ? (EN[el.dataset['i18n']!] ?? korean.get(el)!) : korean.get(el)!;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.dataset['koLabel'] ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', lang === 'en' ? (EN[el.dataset['i18nLabel']!] ?? '') : el.dataset['koLabel']);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    el.dataset['koPlaceholder'] ??= el.getAttribute('placeholder') ?? '';
    el.setAttribute(
      'placeholder',
      lang === 'en' ? (EN[el.dataset['i18nPlaceholder']!] ?? '') : el.dataset['koPlaceholder'],
    );
  }
  // Long texts are written in both languages; show the one that matches.
  for (const el of document.querySelectorAll<HTMLElement>('[data-lang-section]')) {
    el.hidden = el.dataset['langSection'] !== lang;
  }
  const page = document.body.dataset['page'];
  if (!koreanTitle) koreanTitle = document.title;
  document.title = lang === 'en' ? (EN[`title:${page}`] ?? koreanTitle) : koreanTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-attrs]')) translateAttributes(el, lang);
  keepLangInLinks(lang);
}

/** `data-i18n-attrs="label=mapLabel unit=unitPeople"`: attributes of widgets (labels, units) in English. */
function translateAttributes(el: HTMLElement, lang: Lang): void {
  for (const pair of el.dataset['i18nAttrs']!.split(/\s+/).filter(Boolean)) {
    const [attribute, key] = pair.split('=') as [string, string];
    // A dataset key is camel case: `value-label` keeps its Korean text in `data-kovalue-label` as `koValueLabel`.
    const ko = `ko${attribute.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;
    el.dataset[ko] ??= el.getAttribute(attribute) ?? '';
    el.setAttribute(attribute, lang === 'en' ? (EN[key] ?? el.dataset[ko]) : el.dataset[ko]);
  }
}

/** Every link to one of the portal's pages carries `?lang=en` in English, so the language survives a new tab too. */
function keepLangInLinks(lang: Lang): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.dataset['lang']) {
      const target = withLang(location.href, link.dataset['lang'] as Lang);
      if (target) link.setAttribute('href', target);
      if (link.dataset['lang'] === lang) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
      continue;
    }
    const target = withLang(link.getAttribute('href')!, lang);
    if (target) link.setAttribute('href', target);
  }
}

/** Dark mode and KRDS high contrast for the page and every widget on it (their `theme` attribute). */
export function applyTheme(theme: Theme, highContrast: boolean): void {
  const root = document.documentElement;
  highContrastLink().media = highContrast ? 'all' : 'not all';
  root.dataset['theme'] = theme;
  root.dataset['contrast'] = highContrast ? 'high' : 'normal';
  // High contrast is light on black: widgets take their dark scheme, which the high-contrast theme recolours.
  const widgetTheme = highContrast ? 'dark' : theme;
  for (const el of document.querySelectorAll(
    '[data-themed], bdw-dataset-search, bdw-market-list, bdw-market-card, bdw-council-agenda, bdw-chart-viewer, bdw-data-map, bdw-view, bdw-data-table, bdw-filter',
  )) {
    el.setAttribute('theme', widgetTheme);
  }
  document.querySelector('[data-action="theme"]')?.setAttribute('aria-pressed', String(theme === 'dark'));
  document.querySelector('[data-action="contrast"]')?.setAttribute('aria-pressed', String(highContrast));
}

/** KRDS high contrast as its own style sheet, switched on and off by its media. */
function highContrastLink(): HTMLLinkElement {
  let link = document.querySelector<HTMLLinkElement>('link[data-contrast-sheet]');
  if (!link) {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: highContrastSheet });
    link.dataset['contrastSheet'] = '';
    document.head.append(link);
  }
  return link;
}

/** The theme a new widget should get. */
export function widgetTheme(): Theme {
  return currentContrast() ? 'dark' : currentTheme();
}

export function applyTextSize(size: TextSize): void {
  document.documentElement.dataset['textSize'] = size;
  const select = document.querySelector<HTMLSelectElement>('[data-action="text-size"]');
  if (select) select.value = size;
}

export function t(key: string, ko: string): string {
  return document.documentElement.lang === 'en' ? (EN[key] ?? ko) : ko;
}

/** In English, links the page could not rewrite (inside widgets, added later) still keep `lang` when followed. */
function keepLangOnNavigation(): void {
  document.addEventListener(
    'click',
    (event) => {
      if (document.documentElement.lang !== 'en' || event.defaultPrevented) return;
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      const href = link?.getAttribute('href');
      if (!link || !href || link.dataset['lang'] || link.target === '_blank' || link.hasAttribute('download')) return;
      const target = withLang(link.href, 'en');
      if (target) link.href = target;
    },
    true,
  );
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target as HTMLFormElement;
      if (document.documentElement.lang !== 'en' || form.method.toLowerCase() !== 'get') return;
      if (form.querySelector('input[name="lang"]')) return;
      form.append(Object.assign(document.createElement('input'), { type: 'hidden', name: 'lang', value: 'en' }));
    },
    true,
  );
}

function start(): void {
  const page = document.body.dataset['page'];
  document.documentElement.dataset['js'] = '';
  document.querySelector(`[data-nav="${page}"]`)?.setAttribute('aria-current', 'page');
  const lang = currentLang();
  applyLang(lang);
  provideEnglishCatalog();
  let theme = currentTheme();
  let highContrast = currentContrast();
  applyTheme(theme, highContrast);
  applyTextSize(currentTextSize());
  setUpMenu();
  stackTables();
  keepLangOnNavigation();
  // Switching language loads the page again in that language (its address has `?lang=`): every widget and
  // every list is then fetched and written in the new language.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
    link.addEventListener('click', () => {
      const target = link.dataset['lang'] === 'en' ? 'en' : 'ko';
      store('bdw-lang', target);
      // The address as it is now (a search keeps its query and filters), in the other language.
      link.href = withLang(location.href, target) ?? link.href;
    });
  }
  document.querySelector('[data-action="theme"]')?.addEventListener('click', () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    store('bdw-theme', theme);
    applyTheme(theme, highContrast);
  });
  document.querySelector('[data-action="contrast"]')?.addEventListener('click', () => {
    highContrast = !highContrast;
    store('bdw-contrast', highContrast ? 'high' : 'normal');
    applyTheme(theme, highContrast);
  });
  document.querySelector<HTMLSelectElement>('[data-action="text-size"]')?.addEventListener('change', (event) => {
    const size = (event.target as HTMLSelectElement).value as TextSize;
    if (!TEXT_SIZES.includes(size)) return;
    store('bdw-text-size', size);
    applyTextSize(size);
  });
}

start();
