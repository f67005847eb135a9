import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SqlAnswer, SqlJob } from './protocol.js';

export interface SqlPoolOptions {
  /** Worker processes, each running one query at a time (default 2). */
  size?: number;
  /** A query running longer is stopped (its process killed and replaced) and answered "Query took too long". */
  timeLimitMs: number;
  /** Queries waiting for a worker at most (default 16); one more is answered at once, as busy. */
  queueMax?: number;
}

export type SqlOutcome = SqlAnswer | { id: number; ok: false; kind: 'timeout' | 'crash' | 'busy'; message: string };

interface Pending {
  job: SqlJob;
  resolve: (answer: SqlOutcome) => void;
}

interface Slot {
  child: ChildProcess;
  ready: Promise<void>;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

const START_TIMEOUT_MS = 20_000;
const MAX_FAILED_STARTS = 3;

/** The worker's entry: the compiled `.js` next to this file, or the `.ts` source run by tsx (in tests). */
function workerCommand(): { path: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = createRequire(here).resolve('tsx');
    return { path: fileURLToPath(new URL('./worker.ts', here)), execArgv: ['--import', pathToFileURL(tsx).href] };
  }
  return { path: fileURLToPath(new URL('./worker.js', here)), execArgv: [] };
}

/**
 * Runs `datastore_search_sql` queries in worker processes, off the API's event loop, with a time limit: a query
 * past it is stopped by killing its process (SIGKILL; SQLite cannot be interrupted from better-sqlite3), so a runaway
 * query costs one worker for at most the limit and never blocks other requests. Queries wait in order for a free
 * worker. The processes are unref'd: they never keep the API process alive.
 */
export class SqlPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers in a row that exited before they were ready: past `MAX_FAILED_STARTS` none is started again. */
  private failedStarts = 0;
  private readonly size: number;

  constructor(
    private readonly dbPath: string,
    private readonly options: SqlPoolOptions,
  ) {
    this.size = options.size ?? 2;
  }

  run(sql: string, rowsMax: number): Promise<SqlOutcome> {
    return new Promise((resolve) => {
      if (this.queue.length >= (this.options.queueMax ?? 16)) {
        resolve({ id: 0, ok: false, kind: 'busy', message: 'Too many queries are waiting: try again shortly' });
        return;
      }
      this.queue.push({ job: { id: this.nextId++, sql, rowsMax }, resolve });
      this.dispatch();
    });
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots.splice(0)) slot.child.kill('SIGKILL');
  }

  private spawn(): Slot {
    const { path, execArgv } = workerCommand();
    const child = fork(path, [this.dbPath], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.unref();
    // Below the API's own priority: on a small machine a long query slows other requests as little as possible.
    if (child.pid) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // not permitted here: the time limit still bounds it
      }
    }
    const channel = (child as unknown as { channel?: { unref(): void } }).channel;
    channel?.unref();
    const slot: Slot = { child, busy: null, timer: null, ready: Promise.resolve() };
    let started = false;
    // A worker that never says it is ready is ended like one that exits.
    const startTimer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
    startTimer.unref();
    slot.ready = new Promise<void>((resolve) => {
      const onReady = (message: unknown) => {
        if ((message as { ready?: boolean }).ready) {
          child.off('message', onReady);
          clearTimeout(startTimer);
          started = true;
          this.failedStarts = 0;
          resolve();
        }
      };
      child.on('message', onReady);
    });
    child.on('message', (message: SqlAnswer) => {
      if (!('id' in message) || slot.busy?.job.id !== message.id) return;
      this.finish(slot, message);
    });
    child.on('exit', () => {
      clearTimeout(startTimer);
      if (!started) this.failedStarts++;
      this.remove(slot);
      if (slot.busy)
        this.finish(slot, { id: slot.busy.job.id, ok: false, kind: 'crash', message: 'The query stopped' });
      // A replacement starts at once, so the next query does not wait for a process to start.
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }

  private finish(slot: Slot, outcome: SqlOutcome): void {
    const pending = slot.busy;
    if (!pending) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    pending.resolve(outcome);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed) return;
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      // Not a loop of forks: every waiting query is answered, and the log has the workers' own error output.
      for (const { job, resolve } of this.queue.splice(0)) {
        resolve({ id: job.id, ok: false, kind: 'crash', message: 'The SQL workers cannot start' });
      }
      return;
    }
    // Every worker is started with the first query, and replaced as soon as it is gone.
    while (this.slots.length < this.size) this.spawn();
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.busy);
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      void slot.ready.then(() => {
        if (slot.busy !== pending) return;
        slot.timer = setTimeout(() => {
          // Past the limit: the process is killed (SQLite stops mid-statement) and a fresh one takes its place.
          this.remove(slot);
          this.finish(slot, { id: pending.job.id, ok: false, kind: 'timeout', message: 'Query took too long' });
          slot.child.kill('SIGKILL');
        }, this.options.timeLimitMs);
        slot.child.send(pending.job);
      });
    }
  }
}
