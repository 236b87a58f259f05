/**
 * Follows the page's scroll position at most once a frame and says when scrolling has come
 * to rest. It reads scrollY and nothing else: no layout is read while scrolling.
 */
export const SCROLL_REST_MS = 150;

export interface ScrollWatch {
  dispose(): void;
}

export function watchScroll(
  target: Window,
  handlers: { onFrame: (scrollY: number) => void; onMoving: (moving: boolean) => void },
): ScrollWatch {
  let frame = 0;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let moving = false;
  const deliver = () => {
    frame = 0;
    handlers.onFrame(target.scrollY);
  };
  const settle = () => {
    // The last position is delivered before rest is said: when frames come slowly (a busy or
    // software-rendered machine), the rest timer can fire before the frame that reads it.
    if (frame) {
      target.cancelAnimationFrame(frame);
      deliver();
    }
    moving = false;
    handlers.onMoving(false);
  };
  const onScroll = () => {
    if (!moving) {
      moving = true;
      handlers.onMoving(true);
    }
    clearTimeout(restTimer);
    restTimer = setTimeout(settle, SCROLL_REST_MS);
    if (frame) return;
    frame = target.requestAnimationFrame(deliver);
  };
  target.addEventListener('scroll', onScroll, { passive: true });
  return {
    dispose() {
      target.removeEventListener('scroll', onScroll);
      target.cancelAnimationFrame(frame);
      clearTimeout(restTimer);
    },
  };
}
