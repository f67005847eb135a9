import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/data/engine/answer-cache.js';

describe('AnswerCache', () => {
  it('gives an answer back until it is older than its time to live', () => {
    let now = 0;
    const cache = new AnswerCache<string>(10, 1000, () => now);
    cache.set('SELECT 1', 'one');
    now = 1000;
    expect(cache.get('SELECT 1')).toBe('one');
    now = 1001;
    expect(cache.get('SELECT 1')).toBeUndefined();
    // Gone, not merely hidden: asked again at the same time, still nothing.
    expect(cache.get('SELECT 1')).toBeUndefined();
  });

  it('drops the least recently used answer past its size', () => {
    const cache = new AnswerCache<number>(2, 60_000, () => 0);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });
});
