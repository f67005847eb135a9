import type { Page } from 'playwright-core';

/** Every page of the portal, with what shows that it has loaded (a selector inside a widget's shadow root). */
export const PORTAL_PAGES = [
  { path: '/', name: 'home', host: 'bdw-market-list', inner: 'bdw-market-card' },
  { path: '/search.html?ds.q=주차', name: 'search', host: 'bdw-dataset-search', inner: '.result' },
  {
    path: '/dataset.html?name=busan-presidential-vote-2022-by-district',
    name: 'dataset',
    host: 'bdw-chart-viewer',
    inner: 'canvas',
  },
  {
    path: '/dataset.html?name=busan-fatal-traffic-accidents-2020',
    name: 'dataset-accidents',
    host: 'bdw-chart-viewer',
    inner: 'canvas',
  },
  { path: '/map.html', name: 'map', host: 'bdw-data-map', inner: '.leaflet-container' },
  { path: '/dashboard.html', name: 'dashboard', host: 'bdw-chart-viewer', inner: 'canvas' },
  { path: '/market.html', name: 'market', host: 'bdw-market-list', inner: 'bdw-market-card' },
  { path: '/council.html', name: 'council', host: 'bdw-council-agenda', inner: 'table' },
  { path: '/about.html', name: 'about', host: '', inner: '' },
] as const;

export type PortalPage = (typeof PORTAL_PAGES)[number];

/** `path` in `lang`: `?lang=en` (or `&lang=en`) for English, as a shared link would have it. */
export function withLangParam(path: string, lang: 'ko' | 'en'): string {
  return lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}lang=en` : path;
}

/** Waits until a widget's shadow root shows `selector`. */
export const inShadow = (page: Page, host: string, selector: string) =>
  page.waitForFunction(
    `[...document.querySelectorAll(${JSON.stringify(host)})].some((el) => el.shadowRoot?.querySelector(${JSON.stringify(selector)}))`,
    undefined,
    { timeout: 15_000 },
  );

/** The page with its widgets drawn and its requests done. */
export async function settle(page: Page, entry: PortalPage): Promise<void> {
  if (entry.host) await inShadow(page, entry.host, entry.inner);
  await page.waitForLoadState('networkidle');
}
