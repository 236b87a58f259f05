/**
 * Moves a show window to a place (bounds, and full screen or not). A full-screen window cannot
 * be moved: it must leave full screen first, and on macOS leaving is an animation, after which
 * Electron emits 'leave-full-screen'; bounds set before then are ignored (win.setFullScreen,
 * docs/electron-runtime.md). So a move out of full screen waits for that event (or, where a
 * platform never sends it, a short timeout) before it sets the bounds and, if asked, enters full
 * screen again on the new display. Moves asked for meanwhile replace each other: the last wins.
 */
import type { Rectangle } from 'electron';

export interface Place {
  bounds: Rectangle;
  fullScreen: boolean;
}

/** What the mover needs of a BrowserWindow (which has all of it). */
export interface MovableWindow {
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  setBounds(bounds: Rectangle): void;
  getBounds(): Rectangle;
  once(event: 'leave-full-screen', listener: () => void): unknown;
  removeListener(event: 'leave-full-screen', listener: () => void): unknown;
}

/** Longer than macOS's full-screen animation (about 0.7 s), short enough not to strand a move. */
export const LEAVE_FULL_SCREEN_TIMEOUT_MS = 2000;

export class WindowMover {
  #target: Place | null = null;
  #leaving = false;

  constructor(
    private readonly window: MovableWindow,
    private readonly timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = { setTimeout, clearTimeout },
  ) {}

  moveTo(place: Place): void {
    this.#target = place;
    if (this.#leaving || this.window.isDestroyed()) return; // the move under way ends at the latest place
    if (!this.window.isFullScreen() || (place.fullScreen && sameDisplayArea(this.window.getBounds(), place.bounds))) {
      this.#finish();
      return;
    }
    this.#leaving = true;
    const left = () => {
      this.timers.clearTimeout(timeout);
      this.window.removeListener('leave-full-screen', left);
      this.#leaving = false;
      this.#finish();
    };
    const timeout = this.timers.setTimeout(left, LEAVE_FULL_SCREEN_TIMEOUT_MS);
    this.window.once('leave-full-screen', left);
    this.window.setFullScreen(false);
  }

  #finish(): void {
    const place = this.#target;
    if (!place || this.window.isDestroyed()) return;
    if (!this.window.isFullScreen()) this.window.setBounds(place.bounds);
    if (place.fullScreen && !this.window.isFullScreen()) this.window.setFullScreen(true);
  }
}

/** A full-screen window covers its display: it is where it should be when the target is that display. */
function sameDisplayArea(current: Rectangle, target: Rectangle): boolean {
  return current.x === target.x && current.y === target.y && current.width === target.width && current.height === target.height;
}
