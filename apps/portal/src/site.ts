import '@bdw/core/bdw-catalog.js';
import { EN } from './i18n.js';
import './styles.css';

/** Language and theme of the whole portal: `?lang=en` or the header switch, kept in localStorage. */
export type Lang = 'ko' | 'en';

const stored = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
};

export function currentLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const lang = fromUrl ?? stored('bdw-lang') ?? 'ko';
  return lang === 'en' ? 'en' : 'ko';
}

const korean = new Map<Element, string>();

/** Swaps `data-i18n` texts and labels; the widgets follow `<html lang>` by themselves. */
export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!korean.has(el)) korean.set(el, el.textContent ?? '');
    el.textContent = lang === 'en' ? (EN[el.dataset['i18n']!] ?? korean.get(el)!) : korean.get(el)!;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = `label:${el.dataset['i18nLabel']}`;
    el.dataset[key] ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', lang === 'en' ? (EN[el.dataset['i18nLabel']!] ?? '') : el.dataset[key]!);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    const key = 'koPlaceholder';
    el.dataset[key] ??= el.getAttribute('placeholder') ?? '';
    el.setAttribute('placeholder', lang === 'en' ? (EN[el.dataset['i18nPlaceholder']!] ?? '') : el.dataset[key]!);
  }
  // Long texts are written in both languages; show the one that matches.
  for (const el of document.querySelectorAll<HTMLElement>('[data-lang-section]')) {
    el.hidden = el.dataset['langSection'] !== lang;
  }
  const button = document.querySelector<HTMLButtonElement>('[data-action="lang"]');
  if (button) {
    button.textContent = lang === 'en' ? '한국어' : 'English';
    button.lang = lang === 'en' ? 'ko' : 'en';
  }
  document.dispatchEvent(new CustomEvent('portal-lang', { detail: lang }));
}

export function currentTheme(): 'light' | 'dark' {
  const saved = stored('bdw-theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Dark mode for the page and every widget on it (their `theme` attribute). */
export function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset['theme'] = theme;
  for (const el of document.querySelectorAll(
    '[data-themed], bdw-dataset-search, bdw-market-list, bdw-market-card, bdw-council-agenda, bdw-chart-viewer, bdw-data-map',
  )) {
    el.setAttribute('theme', theme);
  }
  document.querySelector('[data-action="theme"]')?.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function t(key: string, ko: string): string {
  return document.documentElement.lang === 'en' ? (EN[key] ?? ko) : ko;
}

/** The API every page talks to (`<bdw-catalog api>`; set by BDW_API at build time). */
export function apiBase(): string {
  return document.querySelector('bdw-catalog')?.getAttribute('api') ?? '/';
}

function start(): void {
  const page = document.body.dataset['page'];
  document.querySelector(`[data-nav="${page}"]`)?.setAttribute('aria-current', 'page');
  let lang = currentLang();
  applyLang(lang);
  let theme = currentTheme();
  applyTheme(theme);
  document.querySelector('[data-action="lang"]')?.addEventListener('click', () => {
    lang = lang === 'ko' ? 'en' : 'ko';
    store('bdw-lang', lang);
    applyLang(lang);
  });
  document.querySelector('[data-action="theme"]')?.addEventListener('click', () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    store('bdw-theme', theme);
    applyTheme(theme);
  });
}

start();
