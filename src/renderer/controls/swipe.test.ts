import { describe, expect, it } from 'vitest';
import { commandForSwipe, SWIPE_MIN_PX } from './swipe';

describe('swipes', () => {
  it('goes forward on a swipe to the left and back on a swipe to the right', () => {
    expect(commandForSwipe(-SWIPE_MIN_PX - 1, 5)).toEqual({ type: 'next' });
    expect(commandForSwipe(SWIPE_MIN_PX + 40, -10)).toEqual({ type: 'previous' });
  });

  it('ignores taps, short moves and mostly vertical drags', () => {
    expect(commandForSwipe(0, 0)).toBeNull();
    expect(commandForSwipe(-SWIPE_MIN_PX + 1, 0)).toBeNull();
    expect(commandForSwipe(-100, 90)).toBeNull();
  });
});
