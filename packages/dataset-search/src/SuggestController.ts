import { isAbortError, type SearchBackend } from '@bdw/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Title suggestions while typing, for the search combobox: debounced, aborting the
 * previous request, and dropping answers to anything but the latest text.
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

  request(backend: SearchBackend | undefined, text: string): void {
    this.latest = text.trim();
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
        const result = await backend.packageSearch(
          { q, pageSize: 6, sort: 'relevance' },
          { signal: controller.signal },
        );
        if (q !== this.latest) return;
        this.titles = [...new Set(result.items.map((d) => d.title))].slice(0, 6);
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
