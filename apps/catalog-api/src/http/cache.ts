/**
 * A small least-recently-used cache of response texts, for the catalogue's repeated searches (the home page's
 * counts, popular queries). Entries are tagged with the catalogue's version (SQLite's `PRAGMA data_version`,
 * which changes when another connection commits to the file, i.e. when the catalogue is reseeded in place):
 * an entry of another version is a miss, so a reseed is never answered from before it.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { version: number; text: string }>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get(key: string, version: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) {
      if (entry) this.entries.delete(key);
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.text;
  }

  set(key: string, version: number, text: string): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { version, text });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
