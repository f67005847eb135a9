import type { Page } from 'playwright-core';

/** What has focus, looking through open shadow roots down to the focused element itself. */
export interface Focused {
  tag: string;
  role: string;
  /** Accessible-ish name: aria-label, the label's text, or the element's own text. */
  name: string;
  part: string;
  type: string;
  /** Tag of the widget it is in (the outermost shadow host), or ''. */
  host: string;
  inPopup: boolean;
  key: string;
}

const FOCUSED = `(() => {
  let el = document.activeElement, host = '';
  while (el && el.shadowRoot && el.shadowRoot.activeElement) { if (!host) host = el.localName; el = el.shadowRoot.activeElement; }
  if (!el) return null;
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
  return {
    tag: el.localName,
    role: el.getAttribute('role') || '',
    name: (el.getAttribute('aria-label') || label || el.textContent || '').replace(/\\s+/g, ' ').trim(),
    part: el.getAttribute('part') || '',
    type: el.getAttribute('type') || '',
    host,
    inPopup: !!el.closest('.leaflet-popup'),
    key: el.dataset ? el.dataset.key || '' : '',
  };
})()`;

export const focused = (page: Page) => page.evaluate(FOCUSED) as Promise<Focused | null>;

/** Presses Tab until the focused element matches (at most `max` presses); fails with the path it took. */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, max = 80): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && matches(now)) return now;
    path.push(
      now
        ? `${now.host ? `${now.host}>` : ''}${now.tag}${now.part ? `[${now.part}]` : ''} "${now.name.slice(0, 30)}"`
        : '(body)',
    );
  }
  throw new Error(`no match after ${max} Tab presses:\n${path.join('\n')}`);
}
