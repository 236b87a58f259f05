import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, slope, summariseFrames } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank, so a percentile is a value that was measured', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([16.7, 33.3, 16.6], 0.95)).toBe(33.3);
  });

  it('is NaN with nothing measured', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('summariseFrames', () => {
  it('counts frames and reads their percentiles and worst', () => {
    expect(summariseFrames([16.7, 16.7, 16.6, 50])).toEqual({ frames: 4, p50Ms: 16.7, p95Ms: 50, p99Ms: 50, maxMs: 50 });
  });
});

describe('slope', () => {
  it('is the growth per step of a steady trend, whatever the noise around it', () => {
    expect(slope([0, 1, 2, 3].map((x) => ({ x, y: 10 + 2 * x })))).toBeCloseTo(2);
    expect(slope([{ x: 0, y: 5 }, { x: 1, y: 6 }, { x: 2, y: 4 }, { x: 3, y: 5 }])).toBeCloseTo(-0.2);
  });

  it('is 0 with too few points to say', () => {
    expect(slope([{ x: 1, y: 9 }])).toBe(0);
  });
});

describe('ratio', () => {
  it('is ours over the yardstick, and NaN without a positive yardstick', () => {
    expect(ratio(50, 100)).toBe(0.5);
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 10)).toBeNaN();
  });
});
