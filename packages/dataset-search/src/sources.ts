import { StaticSource } from '@bdw/core';

const sources = new Map<string, StaticSource>();

/** One static catalogue per URL, so that widgets reading the same file load it once. */
export function staticSourceFor(url: string): StaticSource {
  let source = sources.get(url);
  if (!source) {
    source = new StaticSource(url);
    sources.set(url, source);
  }
  return source;
}
