import { moveFocus, nearestSpot, readingOrder, type Spot } from './roving.js';

/**
 * One Tab stop for every feature of a map (SVG paths and markers marked with `data-key`): the current feature has
 * `tabindex="0"`, the others `-1`; arrow keys, Home and End move between them in reading order, Enter and Space do
 * what a click does. Elements are found afresh each time, as Leaflet redraws markers on every move.
 */
export class FeatureFocus {
  private current: string | null = null;
  private readonly actions = new Map<string, () => void>();
  /** Where focus should land after the next redraw (a cluster split by the keyboard). */
  private pending: { x: number; y: number } | null = null;

  constructor(private readonly container: HTMLElement) {
    container.addEventListener('keydown', this.onKeyDown);
    container.addEventListener('focusin', this.onFocusIn);
  }

  /** Registers what choosing the feature `key` does. */
  set(key: string, action: () => void): void {
    this.actions.set(key, action);
  }

  /** Forgets the actions of keys starting with `prefix` (markers about to be redrawn). */
  forget(prefix: string): void {
    for (const key of this.actions.keys()) if (key.startsWith(prefix)) this.actions.delete(key);
  }

  private elements(): HTMLElement[] {
    return [...this.container.querySelectorAll<HTMLElement>('[data-key]')].filter((el) =>
      this.actions.has(el.dataset['key']!),
    );
  }

  private spots(elements: readonly HTMLElement[]): Spot[] {
    const origin = this.container.getBoundingClientRect();
    return elements.map((el) => {
      const box = el.getBoundingClientRect();
      return { key: el.dataset['key']!, x: box.x + box.width / 2 - origin.x, y: box.y + box.height / 2 - origin.y };
    });
  }

  private find(key: string | null): HTMLElement | null {
    if (key === null) return null;
    return this.elements().find((el) => el.dataset['key'] === key) ?? null;
  }

  /** After a redraw: one Tab stop (the current feature, else the first in reading order), and pending focus. */
  refresh(): void {
    const elements = this.elements();
    const spots = this.spots(elements);
    if (this.pending) {
      const near = nearestSpot(spots, this.pending.x, this.pending.y);
      this.pending = null;
      if (near) {
        this.current = near.key;
        this.apply(elements);
        this.find(near.key)?.focus();
        return;
      }
    }
    if (!elements.some((el) => el.dataset['key'] === this.current)) this.current = readingOrder(spots)[0] ?? null;
    this.apply(elements);
  }

  private apply(elements: readonly HTMLElement[]): void {
    for (const el of elements) el.setAttribute('tabindex', el.dataset['key'] === this.current ? '0' : '-1');
  }

  /** Focus goes back to the feature `key` (after its popup closed), or the nearest to `(x, y)` once redrawn. */
  restore(key: string, at: { x: number; y: number } | null): void {
    const el = this.find(key);
    if (el) {
      this.current = key;
      this.apply(this.elements());
      el.focus();
    } else if (at) {
      this.pending = at;
      this.refresh();
    }
  }

  /** Focus lands, after the next redraw, on the feature nearest to `(x, y)` in container pixels. */
  focusNear(at: { x: number; y: number }): void {
    this.pending = at;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const el = (event.target as Element).closest?.<HTMLElement>('[data-key]');
    const key = el?.dataset['key'];
    if (!key || !this.actions.has(key) || key === this.current) return;
    this.current = key;
    this.apply(this.elements());
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const el = (event.target as Element).closest?.<HTMLElement>('[data-key]');
    const key = el?.dataset['key'];
    if (!el || !key || !this.actions.has(key)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      this.actions.get(key)!();
      return;
    }
    const next = moveFocus(readingOrder(this.spots(this.elements())), key, event.key);
    if (next === null) return;
    // The arrows move between features here; they do not pan the map.
    event.preventDefault();
    event.stopPropagation();
    this.current = next;
    this.apply(this.elements());
    this.find(next)?.focus();
  };

  /**
   * Runs `redraw` (which replaces feature elements) keeping keyboard focus: on the same feature when it is drawn
   * again, else on the one nearest to where the focused one was.
   */
  keep(redraw: () => void): void {
    const root = this.container.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement as HTMLElement | null;
    const key = active && this.container.contains(active) ? active.dataset['key'] : undefined;
    const at = key ? this.spots([active!])[0]! : null;
    redraw();
    if (key && at && !active!.isConnected) {
      const el = this.find(key);
      if (el) {
        this.current = key;
        this.refresh();
        el.focus();
        return;
      }
      this.pending = at;
    }
    this.refresh();
  }

  /** Removes the listeners. */
  disconnect(): void {
    this.container.removeEventListener('keydown', this.onKeyDown);
    this.container.removeEventListener('focusin', this.onFocusIn);
    this.actions.clear();
  }
}
