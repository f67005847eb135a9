import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { BdwChartViewer } from '../../src/BdwChartViewer.js';
import '../../src/bdw-chart-viewer.js';

export const shadow = (el: BdwChartViewer) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: BdwChartViewer, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: BdwChartViewer, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

type Status = { kind: string; loaded?: { worker?: boolean } };
export const status = (el: BdwChartViewer) => (el as unknown as { data: { status: Status } }).data.status;

/** Waits until the data is loaded (or failed) and the element has rendered it. */
export async function settled(el: BdwChartViewer): Promise<void> {
  await waitUntil(() => ['done', 'error'].includes(status(el).kind), 'data did not load', { timeout: 15_000 });
  await el.updateComplete;
  await el.updateComplete;
}

export async function mount(template: ReturnType<typeof html>): Promise<BdwChartViewer> {
  const el = await fixture<BdwChartViewer>(template);
  await settled(el);
  return el;
}

/** Non-transparent pixels of the chart's canvas. */
export function drawnPixels(el: BdwChartViewer): number {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
  return count;
}

/** Pixels of a given colour (within a tolerance), to tell that series were drawn, not just the background. */
export function pixelsOf(el: BdwChartViewer, hex: string): number {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r!) < 12 && Math.abs(data[i + 1]! - g!) < 12 && Math.abs(data[i + 2]! - b!) < 12) count++;
  }
  return count;
}

/** The table view's body rows as text cells (all pages). */
export async function tableRows(el: BdwChartViewer): Promise<string[][]> {
  if (el.view !== 'table') {
    el.view = 'table';
    await el.updateComplete;
  }
  const rows: string[][] = [];
  for (;;) {
    rows.push(...$$(el, '[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const next = $$<HTMLButtonElement>(el, '.pager button').at(-1);
    if (!next || next.disabled) break;
    next.click();
    await el.updateComplete;
  }
  return rows;
}

/** A CSV fetched from the test server, split naively (the real files have no quoted fields). */
export async function fetchTable(url: string, delimiter = ','): Promise<{ header: string[]; rows: string[][] }> {
  const text = (await (await fetch(url)).text()).replace(/^\uFEFF/, '');
  const [header, ...rows] = text
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(delimiter));
  return { header: header!, rows };
}

export const digits = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

/** A dataset's values: numbers, or the y of `{ x, y }` points (years are drawn on a time-scaled axis). */
export const values = (data: readonly unknown[]) =>
  data.map((d) => (d !== null && typeof d === 'object' ? (d as { y: number | null }).y : d));

/** Read once: the runner's session, for server commands. */
const sessionId = new URL(location.href).searchParams.get('wtr-session-id');

/** Runs a test-runner server command (`send-keys`, `emulate-media`, `set-viewport`) from the page. */
export async function command<T = unknown>(name: string, payload: unknown): Promise<T> {
  const path = '/__web-dev-server__web-socket.js'; // the runner's own module, not resolved at build time
  const socket = (await import(path)) as {
    sendMessageWaitForResponse: (m: unknown) => Promise<{ executed: boolean; result: T }>;
  };
  const response = await socket.sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: name, payload });
  if (!response.executed) throw new Error(`command ${name} was not executed`);
  return response.result;
}

/** WCAG contrast ratio of two CSS colours as the browser computes them (`rgb(…)`). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A CSS colour (hex, name, custom property value) as the browser resolves it: `rgb(r, g, b)`. */
export function resolveColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}
