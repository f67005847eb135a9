import { fixture, waitUntil, type html } from '@open-wc/testing';
import { BdwDataMap } from '../../src/BdwDataMap.js';
import '../../src/bdw-data-map.js';

export { BdwDataMap };

export const $ = <T extends Element = HTMLElement>(el: BdwDataMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: BdwDataMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Waits until the layers are loaded and drawn (or an error/empty state shows). */
export async function settled(el: BdwDataMap): Promise<void> {
  await waitUntil(
    () => {
      const status = (el as unknown as { status: { kind: string } }).status.kind;
      if (status === 'error' || status === 'idle') return true;
      if (status !== 'done' || el.leafletMap === null) return false;
      // Drawn: the map view holds a drawn layer for the loaded ones (or there is nothing to draw).
      const internals = el as unknown as { drawnLayers: unknown[]; view: { drawn: Map<string, unknown> } | null };
      return internals.drawnLayers.length === 0 || (internals.view?.drawn.size ?? 0) > 0;
    },
    'the map did not settle',
    { timeout: 10_000 },
  );
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}

export async function mount(template: ReturnType<typeof html>): Promise<BdwDataMap> {
  const el = await fixture<BdwDataMap>(template);
  await settled(el);
  return el;
}

export async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** A tiny TSV/CSV reader for the tests' own computation (independent of the element's parser). */
export function rows(textContent: string): Record<string, string>[] {
  const lines = textContent
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const sep = lines[0]!.includes('\t') ? '\t' : ',';
  const header = lines[0]!.split(sep);
  return lines.slice(1).map((line) => Object.fromEntries(line.split(sep).map((v, i) => [header[i]!, v])));
}

/** Read once: the runner's session, for server commands. */
const sessionId = new URL(location.href).searchParams.get('wtr-session-id');

/** Runs a test-runner server command (`send-keys`, `emulate-media`, `set-viewport`) from the page. */
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

/** A real key press (Playwright): `press('Tab')`, `press('Shift+Tab')`, `press('Enter')`. */
export const press = (key: string) => command('send-keys', { press: key });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `rgb(…)` or `color(srgb …)` (what color-mix() computes to) as 0–255 channels. */
export function rgb(color: string): number[] {
  const channels = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  return color.startsWith('color(srgb') ? channels.map((c) => c * 255) : channels;
}

/** WCAG contrast ratio of two computed colours (`rgb(…)` or `color(srgb …)`). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = rgb(color).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
