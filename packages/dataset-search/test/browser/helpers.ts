import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { BdwDatasetSearch } from '../../src/BdwDatasetSearch.js';
import '../../src/bdw-dataset-search.js';

export const shadow = (el: BdwDatasetSearch) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: BdwDatasetSearch, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: BdwDatasetSearch, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** Waits until the widget has finished its current search (not loading, results or a state shown). */
export async function settled(el: BdwDatasetSearch): Promise<void> {
  await waitUntil(
    () => {
      const status = (el as unknown as { search: { status: { kind: string } } }).search.status.kind;
      return status === 'done' || status === 'error';
    },
    'search did not finish',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

export function titles(el: BdwDatasetSearch): string[] {
  return $$(el, '.result__title').map((h) => h.textContent!.trim());
}

export function count(el: BdwDatasetSearch): number {
  return Number($(el, '.count').textContent!.replace(/[^\d]/g, ''));
}

export async function searchFor(el: BdwDatasetSearch, q: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[role="combobox"]');
  input.value = q;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await el.updateComplete;
  await settled(el);
}

/** The facet checkbox whose label starts with `label`, within the facet titled `facet`. */
export function facetBox(el: BdwDatasetSearch, facet: string, label: string): HTMLInputElement {
  const group = $$(el, 'fieldset.facet').find((f) => f.querySelector('legend')!.textContent!.trim() === facet);
  if (!group) throw new Error(`no facet ${facet}`);
  const item = [...group.querySelectorAll('label')].find((l) =>
    l.querySelector('.facet__label')!.textContent!.trim().startsWith(label),
  );
  if (!item) throw new Error(`no ${label} in ${facet}`);
  return item.querySelector('input')!;
}

export function facetCount(el: BdwDatasetSearch, facet: string, label: string): number {
  const box = facetBox(el, facet, label);
  return Number(box.closest('label')!.querySelector('.facet__count')!.textContent!.replace(/[^\d]/g, ''));
}

export async function mount(template: ReturnType<typeof html>): Promise<BdwDatasetSearch> {
  const el = await fixture<BdwDatasetSearch>(template);
  await settled(el);
  return el;
}

/** Runs a test-runner server command (`send-keys`, `set-viewport`, `ime`) from the page, as @web/test-runner-commands does. */
/** Read once: tests that rewrite the page URL (URL state) drop the runner's parameter. */
const sessionId = new URL(location.href).searchParams.get('wtr-session-id');

export async function command<T = unknown>(name: string, payload: unknown): Promise<T> {
  // The test runner's own module (not resolved at build time: a variable, not a literal).
  const path = '/__web-dev-server__web-socket.js';
  const socket = (await import(path)) as {
    sendMessageWaitForResponse: (m: unknown) => Promise<{ executed: boolean; result: T }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: name, payload });
  if (!response.executed) throw new Error(`command ${name} was not executed`);
  return response.result;
}

/** Real key presses (Playwright): `press('Tab')`, `type('해운대')`. */
export const press = (key: string) => command('send-keys', { press: key });
export const typeKeys = (text: string) => command('send-keys', { type: text });

/** The element focused inside the widget's shadow root. */
export const focused = (el: BdwDatasetSearch) => shadow(el).activeElement as HTMLElement | null;

/** The `package_search` count for a query, fetched straight from the API (not through the widget). */
export async function apiCount(params: Record<string, string>): Promise<number> {
  const response = await fetch(`/api/3/action/package_search?${new URLSearchParams({ rows: '0', ...params })}`);
  return ((await response.json()) as { result: { count: number } }).result.count;
}
