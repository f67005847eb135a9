import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, type Lang } from './messages.js';

/** Maps a BCP 47 tag to a supported language: `en-GB` → `en`; unknown → Korean. */
export function normalizeLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}

/**
 * The language of an element: its own or nearest ancestor's `lang`, looking
 * through shadow roots to their hosts, then the document's; Korean by default.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

/**
 * Keeps `lang` of a host element current: resolves on connect and re-resolves when
 * the `lang` attribute changes on the host, any ancestor, or the document element.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = DEFAULT_LANG;
  private observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.observer = new MutationObserver(() => this.update());
    // Observing the document subtree for `lang` only is cheap: the attribute rarely changes.
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private update(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
