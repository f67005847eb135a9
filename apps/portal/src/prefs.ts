/**
 * The reader's choices (language, colours, text size): read from the URL first (`?lang=en`, so a shared link opens
 * in its language), then from localStorage, where every choice is kept for the next page.
 */
export type Lang = 'ko' | 'en';
export type Theme = 'light' | 'dark';
export type TextSize = 'sm' | 'md' | 'lg' | 'xl';

export const TEXT_SIZES: readonly TextSize[] = ['sm', 'md', 'lg', 'xl'];

export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** `?lang=` wins over storage; a language that came from the URL is kept for the next pages too. */
export function currentLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'ko') {
    if (stored('bdw-lang') !== fromUrl) store('bdw-lang', fromUrl);
    return fromUrl;
  }
  return stored('bdw-lang') === 'en' ? 'en' : 'ko';
}

export function currentTheme(): Theme {
  const saved = stored('bdw-theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** KRDS high-contrast mode: on when chosen, or when the system asks for more contrast and nothing was chosen. */
export function currentContrast(): boolean {
  const saved = stored('bdw-contrast');
  if (saved === 'high' || saved === 'normal') return saved === 'high';
  return matchMedia('(prefers-contrast: more)').matches;
}

export function currentTextSize(): TextSize {
  const saved = stored('bdw-text-size') as TextSize | null;
  return saved && TEXT_SIZES.includes(saved) ? saved : 'md';
}

/**
 * The same address in another language: `lang` set for English, removed for Korean (the default), every other
 * parameter and the fragment kept. Only for this site's own pages.
 */
export function withLang(href: string, lang: Lang, base = location.href): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin || !/(^\/$|\.html$|\/$)/.test(url.pathname)) return null;
  if (url.pathname.startsWith('/docs/') || url.pathname.startsWith('/storybook/')) return null;
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return `${url.pathname}${url.search}${url.hash}`;
}
