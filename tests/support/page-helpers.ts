/**
 * The in-page half of the harness (bundled into the harness page's `/app.js` next to the widgets, so that it runs
 * under the page's CSP and Trusted Types like any embedder's code): mounts widgets from plain specs, waits until
 * each settles in a state, pokes them where data reaches more DOM (popups, tables, expanded agendas), scans every
 * shadow root for markup that could run script, and records errors and CSP violations.
 */
import { allowLeafletMarkup } from '../../packages/data-map/src/trusted-types.js';

// The page opts in to Leaflet under Trusted Types as an embedder would (`/page?csp=strict-tt-map`).
if (new URLSearchParams(location.search).get('csp') === 'strict-tt-map') allowLeafletMarkup();

export interface MountSpec {
  tag: string;
  attrs?: Record<string, string>;
  props?: Record<string, unknown>;
  /** Click where data reaches more DOM once the widget is ready (map list + popup, agenda toggles). */
  interact?: boolean;
}

export type WidgetState = 'ready' | 'error' | 'empty' | 'loading' | 'none';

export interface Settled {
  tag: string;
  state: WidgetState;
  timedOut: boolean;
  message: string;
}

/** What each widget shows when it has data on screen. */
const READY: Record<string, string> = {
  'bdw-dataset-search': '[part~="result"]',
  'bdw-chart-viewer': '[part~="canvas"], [part~="table"]',
  'bdw-data-map': '.leaflet-container',
  'bdw-market-card': '[part~="title"]',
  'bdw-market-list': '[part~="card"], bdw-market-card',
  'bdw-council-agenda': '[part~="meeting"], [part~="list"]',
  'bdw-data-table': '[part~="table"]',
  'bdw-filter': '[part~="values"], [part~="range"]',
};

export function stateOf(el: Element): WidgetState {
  const root = el.shadowRoot;
  if (!root) return 'none';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  if (el.localName === 'bdw-chart-viewer' && root.querySelector('[part~="progress"]')) return 'loading';
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (el.localName === 'bdw-data-map' && root.querySelector('.overlay')) return 'loading';
  if (root.querySelector(READY[el.localName] ?? ':not(*)')) return 'ready';
  return 'none';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const errors: string[] = [];
const violations: string[] = [];
window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  errors.push(`unhandledrejection: ${String((event.reason as Error)?.stack ?? event.reason)}`),
);
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(
    `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
  ),
);

function root(): HTMLElement {
  return document.getElementById('root')!;
}

export function create(spec: MountSpec): HTMLElement {
  const el = document.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attrs ?? {})) el.setAttribute(name, value);
  Object.assign(el, spec.props ?? {});
  return el;
}

/** Waits until the widget's state has not changed for `stableMs` (longer for 'none'). */
export async function settle(el: HTMLElement, timeout = 10_000, stableMs = 90): Promise<Settled> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const start = performance.now();
  let last = stateOf(el);
  let since = performance.now();
  for (;;) {
    await sleep(15);
    const now = stateOf(el);
    if (now !== last) {
      last = now;
      since = performance.now();
    }
    const steady = performance.now() - since;
    const done = (last !== 'loading' && last !== 'none' && steady >= stableMs) || (last === 'none' && steady >= 600);
    if (done || performance.now() - start > timeout) {
      const message =
        el.shadowRoot?.querySelector('[part~="error"], [part~="empty"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
        '';
      return { tag: el.localName, state: last, timedOut: !done, message: message.slice(0, 200) };
    }
  }
}

/** Opens what only a person's click would show. */
export async function interact(el: HTMLElement): Promise<void> {
  const shadow = el.shadowRoot;
  if (!shadow) return;
  if (el.localName === 'bdw-data-map') {
    shadow.querySelector<HTMLButtonElement>('[part~="list-toggle"]')?.click();
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    // The first feature's name in the table opens its popup on the map.
    shadow.querySelector<HTMLButtonElement>('[part~="table"] tbody button')?.click();
  }
  if (el.localName === 'bdw-council-agenda') {
    for (const toggle of shadow.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')) toggle.click();
  }
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Mounts the widgets side by side and waits for each to settle. They stay until `clear()`. */
export async function mount(specs: MountSpec[], timeout = 10_000): Promise<Settled[]> {
  const els = specs.map(create);
  root().append(...els);
  const settled = await Promise.all(els.map((el) => settle(el, timeout)));
  await Promise.all(els.map((el, i) => (specs[i]!.interact && settled[i]!.state === 'ready' ? interact(el) : null)));
  return settled;
}

export function clear(): void {
  root().replaceChildren();
}

function* walk(node: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of node.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'];
const FORBIDDEN_TAGS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'applet', 'portal']);
const DANGEROUS_URL = /^(javascript|vbscript|livescript|data:text\/html|data:image\/svg)/;

/**
 * Markup under the widgets that could run script: event-handler attributes, script elements (other than the
 * widgets' JSON-LD, which must still parse as JSON), frames and objects, and script URLs.
 */
export function scan(): string[] {
  const found: string[] = [];
  for (const el of walk(root())) {
    const tag = el.localName;
    if (tag === 'script') {
      const type = el.getAttribute('type');
      if (type !== 'application/ld+json' || el.getRootNode() instanceof ShadowRoot) {
        found.push(`<script type=${type}> in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'light DOM'}`);
      } else {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          found.push(`JSON-LD that does not parse: ${(el.textContent ?? '').slice(0, 80)}`);
        }
      }
    }
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.includes(name)) {
        // eslint-disable-next-line no-control-regex
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (DANGEROUS_URL.test(value)) found.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
      }
      if (name === 'style' && /expression\(|javascript:|url\(/i.test(attr.value)) {
        found.push(`<${tag} style="${attr.value.slice(0, 60)}">`);
      }
    }
  }
  return found;
}

/** Yields to the event loop without setTimeout's 4 ms clamp, so that network and rendering tasks can run. */
function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Connects and disconnects a new element `n` times, each time waiting until it has drawn its data (or failed). */
export async function cycles(spec: MountSpec, n: number): Promise<{ states: Record<string, number> }> {
  const states: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const el = create(spec);
    root().append(el);
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const start = performance.now();
    let state = stateOf(el);
    while (state !== 'ready' && state !== 'error' && state !== 'empty' && performance.now() - start < 5_000) {
      await yieldTask();
      state = stateOf(el);
    }
    states[state] = (states[state] ?? 0) + 1;
    el.remove();
  }
  return { states };
}

const api = {
  mount,
  clear,
  scan,
  cycles,
  stateOf,
  flag: () => (window as unknown as { __xss?: unknown }).__xss ?? null,
  errors,
  violations,
};

export type PageApi = typeof api;

(window as unknown as { bdw: PageApi }).bdw = api;
