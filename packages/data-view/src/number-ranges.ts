import type { DataEngine, Range } from '@bdw/core/data';
import { isNumeric } from './format.js';

/**
 * How long the first grid waits for the ranges (asked with the first page) before it is drawn at the first rows'
 * widths: a file of a million rows takes ~0.6 s in the worker for eight number columns, and widening the grid after
 * it is drawn lays out every row again (a 60–90 ms frame).
 */
export const RANGE_WAIT_MS = 1500;

/**
 * The minimum and maximum of every number column over all rows, asked of the engine once per engine (a datastore
 * resource: one `min`/`max` query per column; a file: a pass in the data worker). The table sizes its number columns
 * with them (`widenToRanges`), so `377,123` in row 377,123 is not cut to `377,1…` by widths taken from rows 1–50.
 */
export class NumberRanges {
  /** Per field, its range, or `null` (not a number column, not known, or the question failed). */
  ranges: (Range | null)[] = [];
  /** Whether the ranges are in, or were waited for long enough. */
  settled = false;
  private engine: DataEngine | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly changed: () => void) {}

  /** Asks for the ranges of the engine's number columns (once per engine until `reset`), beside its first page. */
  ask(engine: DataEngine): void {
    if (this.engine === engine) return;
    this.engine = engine;
    this.timer = setTimeout(() => this.settle(engine), RANGE_WAIT_MS);
    void engine
      .fields()
      .then((fields) =>
        Promise.all(fields.map((field) => (isNumeric(field.type) ? engine.range(field.id).catch(() => null) : null))),
      )
      .then(
        (ranges) => {
          if (this.engine !== engine) return;
          this.ranges = ranges;
          this.settle(engine);
        },
        () => this.settle(engine),
      );
  }

  /** Forgets the ranges (another engine: other rows). */
  reset(): void {
    clearTimeout(this.timer);
    this.engine = null;
    this.ranges = [];
    this.settled = false;
  }

  private settle(engine: DataEngine): void {
    if (this.engine !== engine) return;
    clearTimeout(this.timer);
    const first = !this.settled;
    this.settled = true;
    // After the wait ran out, only a real answer changes anything.
    if (first || this.ranges.length) this.changed();
  }
}
