/**
 * Answers of a datastore's SQL queries, kept for a while: a linked view asks the same question again and again (a
 * filter's counts under the other filters, unchanged while only its own field changes; the table's total on every
 * page; a value toggled off and on again). A datastore changes far less often than a person clicks, so an answer is
 * reused for {@link ANSWER_TTL_MS}; the oldest go first past {@link ANSWER_CACHE_SIZE}.
 */

/** How long an answer is reused. */
export const ANSWER_TTL_MS = 5 * 60_000;
/** How many answers one engine keeps. */
export const ANSWER_CACHE_SIZE = 200;

export class AnswerCache<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly size = ANSWER_CACHE_SIZE,
    private readonly ttlMs = ANSWER_TTL_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.at > this.ttlMs) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
