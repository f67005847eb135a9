import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the clock reads from its host: a fixed time, a clock function, and the refresh period. */
export interface ClockHost extends ReactiveControllerHost {
  /** A fixed instant (tests, stories, print); when set, no timer runs. */
  now?: Date | number | string | null | undefined;
  /** A clock to read instead of `Date.now()` (tests, stories, a server-synchronised clock). */
  clock?: (() => Date | number) | null | undefined;
  /** Milliseconds between refreshes of the live status. */
  refreshInterval: number;
}

/** Reads `now`: a Date, epoch ms, or an ISO string. `null` when unreadable. */
export function readInstant(value: Date | number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The live status clock: re-renders the host every `refreshInterval` while it is connected
 * and not frozen by a fixed `now`, and stops the timer on disconnect.
 */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | null = null;
  private period = 0;
  private connected = false;

  constructor(private readonly host: ClockHost) {
    host.addController(this);
  }

  /** The current instant (epoch ms) as the host sees it. */
  read(): number {
    const fixed = readInstant(this.host.now);
    if (fixed !== null) return fixed;
    const clocked = this.host.clock ? readInstant(this.host.clock()) : null;
    return clocked ?? Date.now();
  }

  /** Whether the refresh timer is running. */
  get running(): boolean {
    return this.timer !== null;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Starts, restarts or stops the timer to match the host's `now` and `refreshInterval`. */
  private sync(): void {
    const period = Math.max(50, Number(this.host.refreshInterval) || 0);
    const wanted = this.connected && readInstant(this.host.now) === null && globalThis.setInterval !== undefined;
    if (!wanted) return this.stop();
    if (this.timer !== null && period === this.period) return;
    this.stop();
    this.period = period;
    this.timer = setInterval(() => this.host.requestUpdate(), period);
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
