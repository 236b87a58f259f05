import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowCounter } from './rate-limit';

describe('the token bucket', () => {
  it('lets a burst of its capacity through, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    const first = Array.from({ length: 1000 }, () => bucket.take()).filter(Boolean).length;
    expect(first).toBe(10);
    now += 1000;
    expect(Array.from({ length: 100 }, () => bucket.take()).filter(Boolean).length).toBe(5);
    now += 60_000;
    expect(Array.from({ length: 100 }, () => bucket.take()).filter(Boolean).length).toBe(10);
  });
});

describe('the window counter', () => {
  it('allows a key its limit within the window, others their own, and forgets after the window', () => {
    let now = 0;
    const counter = new WindowCounter(3, 60_000, () => now);
    expect([1, 2, 3, 4].map(() => counter.allow('a'))).toEqual([true, true, true, false]);
    expect(counter.allow('b')).toBe(true);
    now += 60_000;
    expect(counter.allow('a')).toBe(true);
  });

  it('remembers a bounded number of keys', () => {
    const counter = new WindowCounter(1, 60_000, () => 0, 2);
    counter.allow('a');
    counter.allow('b');
    counter.allow('c');
    // "a" was forgotten to keep the memory bounded: it may try again.
    expect(counter.allow('a')).toBe(true);
    expect(counter.allow('c')).toBe(false);
  });
});
