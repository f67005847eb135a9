import { isAbortError, type SearchBackend } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { suggestTitles } from './suggest-titles.js';
import { normalizeText } from './text/normalize.js';

/**
 * Title suggestions while typing, for the search combobox: debounced, aborting the
 * previous request, and dropping answers to anything but the latest text. Text an IME
 * is still composing is suggested for too (`주ㅊ`, `부산ㅈ`, initials such as `ㅂㅅㅈㅊ`).
 */
export class SuggestController implements ReactiveController {
  titles: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | null = null;
  private latest = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 150,
  ) {
    host.addController(this);
  }

  /** Asks for suggestions for `text`; `composing` while an IME still composes its last syllable. */
  request(backend: SearchBackend | undefined, text: string, composing = false): void {
    this.latest = normalizeText(text).trim();
    clearTimeout(this.timer);
    this.inFlight?.abort();
    if (!backend || [...this.latest].length < 2) {
      this.clear();
      return;
    }
    const q = this.latest;
    this.timer = setTimeout(async () => {
      const controller = new AbortController();
      this.inFlight = controller;
      try {
        const titles = await suggestTitles(backend, q, composing, controller.signal);
        if (q !== this.latest) return;
        this.titles = titles;
        this.host.requestUpdate();
      } catch (error) {
        // Suggestions are a convenience: a failure only hides them.
        if (!isAbortError(error) && q === this.latest) this.clear();
      }
    }, this.delayMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    if (this.titles.length) {
      this.titles = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.inFlight?.abort();
  }
}
