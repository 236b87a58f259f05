import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCROLL_REST_MS, watchScroll } from './scroll-watch';

/** A window whose frames come only when the test says: frames can be made as slow as a busy machine's. */
function fakeWindow() {
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  let onScroll: (() => void) | null = null;
  const target = {
    scrollY: 0,
    addEventListener: (type: string, listener: () => void) => type === 'scroll' && (onScroll = listener),
    removeEventListener: () => (onScroll = null),
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      frames.set(nextFrame, callback);
      return nextFrame++;
    },
    cancelAnimationFrame: (id: number) => frames.delete(id),
  };
  return {
    window: target as unknown as Window,
    scrollTo(y: number) {
      target.scrollY = y;
      onScroll?.();
    },
    runFrame() {
      const pending = [...frames.values()];
      frames.clear();
      for (const callback of pending) callback(0);
    },
  };
}

describe('watchScroll', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the position once a frame and says rest after a quiet spell', () => {
    const page = fakeWindow();
    const seen: number[] = [];
    const moving: boolean[] = [];
    watchScroll(page.window, { onFrame: (y) => seen.push(y), onMoving: (value) => moving.push(value) });
    page.scrollTo(100);
    page.scrollTo(200);
    page.runFrame();
    expect(seen).toEqual([200]);
    expect(moving).toEqual([true]);
    vi.advanceTimersByTime(SCROLL_REST_MS);
    expect(moving).toEqual([true, false]);
    expect(seen).toEqual([200]);
  });

  it('delivers the last position before saying rest when the frame is later than the rest timer', () => {
    const page = fakeWindow();
    const events: string[] = [];
    watchScroll(page.window, { onFrame: (y) => events.push(`at ${y}`), onMoving: (value) => events.push(value ? 'moving' : 'rest') });
    page.scrollTo(100);
    page.runFrame();
    page.scrollTo(640);
    vi.advanceTimersByTime(SCROLL_REST_MS);
    expect(events).toEqual(['moving', 'at 100', 'at 640', 'rest']);
    page.runFrame();
    expect(events).toEqual(['moving', 'at 100', 'at 640', 'rest']);
  });
});
