import { describe, expect, it } from 'vitest';
import { abOrder } from './ab-order.ts';

describe('abOrder', () => {
  it('measures every build once a round, reversing the order every other round', () => {
    expect(abOrder(['A', 'B'], 4)).toEqual([
      [0, 'A'],
      [0, 'B'],
      [1, 'B'],
      [1, 'A'],
      [2, 'A'],
      [2, 'B'],
      [3, 'B'],
      [3, 'A'],
    ]);
  });

  it('reverses three builds as a whole', () => {
    expect(abOrder(['A', 'B', 'C'], 2).map(([, build]) => build).join('')).toBe('ABCCBA');
  });
});
