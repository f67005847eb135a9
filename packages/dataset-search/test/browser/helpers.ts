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
