import { describe, expect, it } from 'vitest';
import { WHEEL_QUIET_MS, WHEEL_STEP_PX, wheelGesture } from './wheel';

describe('wheel gestures', () => {
  it('one flick of a trackpad, with its momentum, is one step', () => {
    const gesture = wheelGesture();
    const commands = [];
    for (let index = 0; index < 60; index++) commands.push(gesture.feed(12, index * 16));
    expect(commands.filter(Boolean)).toEqual([{ type: 'next' }]);
  });

  it('a second gesture after a quiet spell is another step; upward goes back', () => {
    const gesture = wheelGesture();
    expect(gesture.feed(WHEEL_STEP_PX, 0)).toEqual({ type: 'next' });
    expect(gesture.feed(-WHEEL_STEP_PX, WHEEL_QUIET_MS + 1)).toEqual({ type: 'previous' });
  });

  it('a small nudge is not a step', () => {
    const gesture = wheelGesture();
    expect(gesture.feed(WHEEL_STEP_PX / 2, 0)).toBeNull();
    expect(gesture.feed(WHEEL_STEP_PX / 2 - 1, WHEEL_QUIET_MS + 10)).toBeNull();
  });
});
